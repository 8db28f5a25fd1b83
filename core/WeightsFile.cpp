#include "core/WeightsFile.h"

#include <cmath>
#include <fstream>
#include <sys/stat.h>

#include "core/Distribution.h"
#include "core/NumberParsing.h"

namespace gumbel {

namespace {

bool isSeparator(char c) { return c == ',' || c == ' ' || c == '\t' || c == ';'; }

std::string at(std::string_view name, std::size_t line, std::size_t column) {
    return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

std::string shown(std::string_view token) { return quoteForMessage(token, 30); }

// A header is a first line with no digit-led token, e.g. "weight" or "p,category".
bool looksLikeHeader(std::string_view line) {
    bool anyToken = false;
    for (std::size_t i = 0; i < line.size();) {
        while (i < line.size() && isSeparator(line[i])) ++i;
        if (i >= line.size()) break;
        anyToken = true;
        const char c = line[i];
        if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+') return false;
        const std::string_view rest = line.substr(i, 3);
        if (rest == "inf" || rest == "nan" || rest == "NaN" || rest == "Inf") return false;
        while (i < line.size() && !isSeparator(line[i])) ++i;
    }
    return anyToken;
}

}  // namespace

Result<std::vector<double>> parseWeightsText(std::string_view text, std::string_view name) {
    if (text.size() > kMaxWeightsFileBytes) {
        return Error{std::string(name) + ": the file is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                     std::to_string(kMaxWeightsFileBytes)};
    }
    std::vector<double> weights;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    bool firstContentLine = true;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (lineNumber == 1 && line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);  // BOM
        const bool blank = line.find_first_not_of(" \t,;") == std::string_view::npos;
        if (!blank && !(line.size() > 0 && line[0] == '#')) {
            if (firstContentLine && looksLikeHeader(line)) {
                firstContentLine = false;
            } else {
                firstContentLine = false;
                std::size_t i = 0;
                while (i < line.size()) {
                    while (i < line.size() && isSeparator(line[i])) ++i;
                    if (i >= line.size()) break;
                    std::size_t j = i;
                    while (j < line.size() && !isSeparator(line[j])) ++j;
                    const std::string_view token = line.substr(i, j - i);
                    const std::string where = at(name, lineNumber, i + 1);
                    const Result<double> value = parseDouble(token, "weight");
                    if (!value) return Error{where + shown(token) + " is not a number"};
                    const double w = value.value();
                    if (const std::string problem = weightProblem(w); !problem.empty()) {
                        return Error{where + "weight " + shown(token) + " " + problem};
                    }
                    if (weights.size() >= kMaxWeights) {
                        return Error{where + "more than " + std::to_string(kMaxWeights) + " weights (the limit)"};
                    }
                    weights.push_back(w);
                    i = j;
                }
            }
        }
        if (end >= text.size()) break;
        start = end + 1;
    }
    if (weights.empty()) return Error{std::string(name) + ": no weights found (the file is empty or has only a header)"};
    bool anyPositive = false;
    for (double w : weights) anyPositive = anyPositive || w > 0.0;
    if (!anyPositive) return Error{std::string(name) + ": all " + std::to_string(weights.size()) + " weights are zero"};
    return weights;
}

Result<std::vector<double>> readWeightsFile(const std::string& path) {
    // Messages quote the path safely: a name with a newline must not break a one-line message.
    const std::string shownPath = quoteForMessage(path, 200);
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) return Error{shownPath + ": cannot open the file (it does not exist or is not readable)"};
    if (S_ISDIR(info.st_mode)) return Error{shownPath + ": is a folder, not a weights file"};
    if (!S_ISREG(info.st_mode)) return Error{shownPath + ": is not a regular file (a device or a pipe cannot be read as weights)"};
    if (static_cast<unsigned long long>(info.st_size) > kMaxWeightsFileBytes) {
        return Error{shownPath + ": the file is " + std::to_string(info.st_size) + " bytes, more than the limit of " +
                     std::to_string(kMaxWeightsFileBytes)};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{shownPath + ": cannot open the file"};
    std::string text(kMaxWeightsFileBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return parseWeightsText(text, shownPath);
}

}  // namespace gumbel
