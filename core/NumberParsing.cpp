#include "core/NumberParsing.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace gumbel {

namespace {

std::string quoted(std::string_view text) { return quoteForMessage(text); }

std::string_view trim(std::string_view text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

std::string quoteForMessage(std::string_view text, std::size_t limit) {
    std::string shown(text.substr(0, limit));
    for (char& c : shown) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
    }
    if (text.size() > limit) shown += "...";
    return "'" + shown + "'";
}

Result<double> parseDouble(std::string_view text, std::string_view what) {
    const std::string_view body = trim(text);
    if (body.empty()) return Error{std::string(what) + ": empty value, expected a number"};
    std::string_view digits = body;
    if (digits.front() == '+') digits.remove_prefix(1);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (end != digits.data() + digits.size() || (ec != std::errc() && ec != std::errc::result_out_of_range)) {
        return Error{std::string(what) + ": " + quoted(body) + " is not a number"};
    }
    if (ec == std::errc::result_out_of_range) {
        // Overflow -> +-inf, underflow -> 0; decide by the exponent's sign.
        const bool negative = digits.front() == '-';
        const auto e = digits.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < digits.size() && digits[e + 1] == '-';
        value = tiny ? (negative ? -0.0 : 0.0) : (negative ? -HUGE_VAL : HUGE_VAL);
    }
    if (std::isnan(value)) return Error{std::string(what) + ": " + quoted(body) + " is NaN, expected a number"};
    return value;
}

Result<long long> parseInteger(std::string_view text, std::string_view what, long long min, long long max) {
    const std::string_view body = trim(text);
    const std::string range = " (allowed: " + std::to_string(min) + " to " + std::to_string(max) + ")";
    if (body.empty()) return Error{std::string(what) + ": empty value, expected a whole number" + range};
    long long integer = 0;
    std::string_view digits = body;
    if (digits.front() == '+') digits.remove_prefix(1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), integer);
    if (ec == std::errc() && end == digits.data() + digits.size()) {
        if (integer < min || integer > max) return Error{std::string(what) + ": " + quoted(body) + " is out of range" + range};
        return integer;
    }
    const Result<double> real = parseDouble(body, what);
    if (!real) return Error{std::string(what) + ": " + quoted(body) + " is not a whole number" + range};
    const double v = real.value();
    if (!std::isfinite(v) || v < static_cast<double>(min) || v > static_cast<double>(max)) {
        return Error{std::string(what) + ": " + quoted(body) + " is out of range" + range};
    }
    if (std::floor(v) != v) return Error{std::string(what) + ": " + quoted(body) + " is not a whole number" + range};
    return static_cast<long long>(v);
}

Result<std::vector<double>> parseDoubleList(std::string_view text, std::string_view what) {
    if (trim(text).empty()) return Error{std::string(what) + ": no values given"};
    const bool commaSeparated = text.find(',') != std::string_view::npos;
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::vector<double> values;
    std::size_t position = 0;
    while (position <= text.size()) {
        std::size_t end = position;
        if (commaSeparated) {
            while (end < text.size() && text[end] != ',') ++end;
        } else {
            while (position < text.size() && isSpace(text[position])) ++position;
            if (position >= text.size()) break;
            end = position;
            while (end < text.size() && !isSpace(text[end])) ++end;
        }
        const std::string name = std::string(what) + " value " + std::to_string(values.size() + 1);
        const std::string_view item = trim(text.substr(position, end - position));
        if (item.empty()) return Error{name + " is empty"};
        const Result<double> v = parseDouble(item, name);
        if (!v) return Error{v.error()};
        values.push_back(v.value());
        position = end + 1;
    }
    return values;
}

std::string formatDouble(double value) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 17);
    if (ec != std::errc()) return "nan";
    return std::string(buffer, end);
}

std::string formatLimit(double value) {
    const auto written = [value](std::chars_format format) {
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, format);
        if (ec != std::errc()) return formatDouble(value);
        std::string text(buffer, end);
        const std::size_t e = text.find('e');
        if (e == std::string::npos) return text;
        // "1e-04" -> "1e-4", "1e+07" -> "1e7"
        std::string exponent = text.substr(e + 1);
        const bool negative = exponent[0] == '-';
        if (exponent[0] == '+' || negative) exponent.erase(0, 1);
        exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
        return text.substr(0, e) + "e" + (negative ? "-" : "") + exponent;
    };
    const std::string fixed = written(std::chars_format::fixed);
    const double magnitude = std::abs(value);
    if (magnitude == 0.0 || (magnitude >= 1e-3 && magnitude < 1e6)) return fixed;
    const std::string scientific = written(std::chars_format::scientific);
    return scientific.size() < fixed.size() ? scientific : fixed;
}

std::string formatRange(double lo, double hi) { return formatLimit(lo) + " to " + formatLimit(hi); }

}  // namespace gumbel
