#include "ui/window/AppOptions.h"

#include <QCommandLineParser>
#include <QMap>
#include <functional>

#include "core/NumberParsing.h"
#include "core/WeightsFile.h"
#include "ui/text/Language.h"

namespace gumbel::ui {

namespace {
struct OptionSpec {
    const char* name;
    const char* valueName;  // empty for a flag
    QString description;
};

QString range(double lo, double hi) { return QString::fromStdString(formatRange(lo, hi)); }
QString limit(double value) { return QString::fromStdString(formatLimit(value)); }

// Every option, in the order --help lists them, its ranges read from the limits the program checks. Names and
// meanings are those of earlier versions.
const std::vector<OptionSpec>& optionSpecs() {
    using L = ExplorerLimits;
    using A = AnimationSettings;
    static const std::vector<OptionSpec> all = {
        {"session", "FILE", "start from a session file (it holds the whole state)"},
        {"tau", "T", "temperature, " + range(L::kMinTau, L::kMaxTau)},
        {"k", "K", "number of categories, " + range(L::kMinK, L::kMaxK) + " (with --dist)"},
        {"d", "D", "columns of G, " + range(L::kMinD, L::kMaxD)},
        {"m", "M", "ones in the m-hot vector, 1 to the categories with p > 0"},
        {"seed", "S", "seed of the noise, " + range(0, static_cast<double>(L::kMaxSeed))},
        {"probs", "W1,W2,...", "the k weights (p is their normalisation)"},
        {"probs-file", "FILE", "the weights from a text or CSV file"},
        {"dist", "NAME[:PARAM]", "uniform, zipf[:s], geometric[:r], dirichlet[:alpha], peaked[:q]"},
        {"method", "exact|rejection", "how the m-hot vector avoids repeated winners"},
        {"hard", "", "exact one-hots (the tau -> 0 limit)"},
        {"samples", "N", "samples behind the histograms, " +
                              range(static_cast<double>(L::kMinSamples), static_cast<double>(L::kMaxSamples))},
        {"bins", "B", "bins of the value histograms, " + range(L::kMinBins, L::kMaxBins)},
        {"view", "NAME", "the view in front"},
        {"lesson", "N", "open lesson N (it sets the state and the view)"},
        {"presentation", "", "presentation mode (F11): large fonts for a projector"},
        {"size", "WxH", "the window's size in pixels, e.g. 1920x1080"},
        {"screenshot", "FILE.png", "save the window once the histograms are complete, then exit"},
        {"export", "DIR", "write every figure (PNG, SVG) and data file (CSV), then exit"},
        {"export-animation", "FILE.gif", "write the annealing path of the view in front (noise fixed) as an animated GIF, then exit"},
        {"frames", "N", "frames of the animation, " + range(A::kMinFrames, A::kMaxFrames) + " (default " +
                             QString::number(A{}.frames) + ")"},
        {"from", "TAU", "the animation's first temperature (default " + limit(A{}.fromTau) + ")"},
        {"to", "TAU", "the animation's last temperature (default " + limit(A{}.toTau) + ")"},
        {"frame-ms", "MS", "how long each frame of the animation shows, " + range(A::kMinFrameMs, A::kMaxFrameMs) +
                               " ms (default " + QString::number(A{}.frameMs) + ")"},
        {"benchmark", "", "measure the window's speed and print the figures as JSON"},
        {"language", "CODE", "the window's language, e.g. de or en (default: the system's)"},
    };
    return all;
}

Result<long long> integer(const QString& text, const char* what, long long lo, long long hi) {
    return parseInteger(text.toStdString(), what, lo, hi);
}

QString dashed(const QString& name) { return (name.size() == 1 ? "-" : "--") + name; }

// QCommandLineParser's messages, in this program's one-line wording.
std::string reworded(const QCommandLineParser& parser) {
    const QString text = parser.errorText();
    if (!parser.unknownOptionNames().isEmpty()) {
        return "unknown option '" + dashed(parser.unknownOptionNames().first()).left(40).toStdString() + "'; " +
               appUsage().toStdString();
    }
    const QString option = text.section('\'', 1, 1).left(40);
    if (text.startsWith("Missing value")) return "option " + option.toStdString() + " needs a value";
    if (text.startsWith("Unexpected value")) return "option " + option.toStdString() + " takes no value";
    return text.left(200).toStdString();
}

// --export-animation and the options that shape it.
Status parseAnimation(const QMap<QString, QString>& given, AppOptions& options) {
    const bool animation = given.contains("--export-animation");
    for (const char* name : {"--frames", "--from", "--to", "--frame-ms"}) {
        if (given.contains(name) && !animation) return Error{std::string(name) + " goes with --export-animation"};
    }
    if (!animation) return {};
    options.animation = given["--export-animation"];
    if (!options.animation.endsWith(".gif", Qt::CaseInsensitive)) {
        return Error{"--export-animation: '" + options.animation.left(60).toStdString() + "' must end in .gif"};
    }
    AnimationSettings& a = options.animationSettings;
    if (given.contains("--frames")) {
        const Result<long long> frames = integer(given["--frames"], "--frames", AnimationSettings::kMinFrames, AnimationSettings::kMaxFrames);
        if (!frames) return Error{frames.error()};
        a.frames = static_cast<int>(frames.value());
    }
    if (given.contains("--frame-ms")) {
        const Result<long long> ms = integer(given["--frame-ms"], "--frame-ms", AnimationSettings::kMinFrameMs, AnimationSettings::kMaxFrameMs);
        if (!ms) return Error{ms.error()};
        a.frameMs = static_cast<int>(ms.value());
    }
    for (const auto& [name, target] : {std::pair{"--from", &a.fromTau}, std::pair{"--to", &a.toTau}}) {
        if (!given.contains(name)) continue;
        const Result<double> tau = parseDouble(given[name].toStdString(), name);
        if (!tau) return Error{tau.error()};
        if (!(tau.value() >= ExplorerLimits::kMinTau && tau.value() <= ExplorerLimits::kMaxTau)) {
            return Error{std::string(name) + ": " + formatDouble(tau.value()) + " is out of range (" +
                         formatDouble(ExplorerLimits::kMinTau) + " to " + formatDouble(ExplorerLimits::kMaxTau) + ")"};
        }
        *target = tau.value();
    }
    if (a.fromTau == a.toTau) return Error{"--from and --to are the same temperature: nothing would move"};
    return a.check();
}
}  // namespace

QString appUsage() {
    return "usage: gumbel-explorer [--session FILE] [--tau T] [--k K] [--d D] [--m M] [--seed S] "
           "[--probs W1,W2,... | --probs-file FILE | --dist NAME[:PARAM]] [--method exact|rejection] [--hard] [--samples N] "
           "[--bins B] [--view NAME] [--lesson N] [--presentation] [--size WxH] [--screenshot FILE.png] [--export DIR] "
           "[--export-animation FILE.gif [--frames N] [--from TAU] [--to TAU] [--frame-ms MS]] [--benchmark] [--language CODE] [--help] [--version]";
}

Result<AppOptions> parseAppArguments(const QStringList& args, int lessonCount) {
    AppOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription("Gumbel Explorer: see and teach the Gumbel-Softmax trick.");
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    for (const OptionSpec& spec : optionSpecs()) {
        parser.addOption(QCommandLineOption(spec.name, spec.description, spec.valueName));
    }
    if (!parser.parse(QStringList{"gumbel-explorer"} + args)) return Error{reworded(parser)};
    if (!parser.positionalArguments().isEmpty()) {
        return Error{"unexpected argument '" + parser.positionalArguments().first().left(40).toStdString() + "'; " +
                     appUsage().toStdString()};
    }
    QMap<QString, QString> given;
    for (const OptionSpec& spec : optionSpecs()) {
        const QString name = QString("--") + spec.name;
        if (*spec.valueName == '\0') {
            if (parser.isSet(spec.name)) given[name] = QString();
            continue;
        }
        const QStringList values = parser.values(spec.name);
        if (values.size() > 1) return Error{"option " + name.toStdString() + " is given twice"};
        if (!values.isEmpty()) given[name] = values.first();
    }
    if (parser.isSet(help) || parser.isSet("help-all")) {
        // Qt names the program after the running executable (or "<executable_name>" before the application object
        // exists): this is gumbel-explorer's help wherever it is parsed. There are no Qt options to list.
        options.help = true;
        QStringList lines = parser.helpText().split('\n');
        lines.removeIf([](const QString& line) { return line.contains("--help-all"); });
        if (!lines.isEmpty()) lines.first() = "Usage: gumbel-explorer [options]";
        options.helpText = lines.join('\n') + "\nThe single-letter options take two dashes as well: --k 12 --d 64 --m 3.\n";
        return options;
    }
    options.version = parser.isSet(version);
    if (given.contains("--session")) {
        for (const char* state : {"--tau", "--k", "--d", "--m", "--seed", "--probs", "--probs-file", "--dist", "--method",
                                  "--samples", "--bins", "--hard"}) {
            if (given.contains(state)) {
                return Error{std::string("--session cannot be combined with ") + state +
                             ": the session file holds the whole state"};
            }
        }
        options.session = given["--session"];
    }
    if (given.contains("--export")) {
        options.exportDir = given["--export"];
        if (options.exportDir.isEmpty()) return Error{"--export needs a folder"};
    }
    options.benchmark = given.contains("--benchmark");
    if (given.contains("--screenshot") + given.contains("--export") + given.contains("--export-animation") +
            given.contains("--benchmark") > 1) {
        return Error{"give only one of --screenshot, --export, --export-animation and --benchmark"};
    }
    if (Status s = parseAnimation(given, options); !s) return Error{s.error()};
    ExplorerParameters& p = options.parameters;
    using L = ExplorerLimits;
    if (given.contains("--tau")) {
        const Result<double> tau = parseDouble(given["--tau"].toStdString(), "--tau");
        if (!tau) return Error{tau.error()};
        if (!(tau.value() >= L::kMinTau && tau.value() <= L::kMaxTau)) {
            return Error{"--tau: " + formatDouble(tau.value()) + " is out of range (" + formatRange(L::kMinTau, L::kMaxTau) +
                         ")"};
        }
        p.tau = tau.value();
    }
    if (given.contains("--probs") + given.contains("--dist") + given.contains("--probs-file") > 1) {
        return Error{"give only one of --probs, --probs-file and --dist"};
    }
    if (given.contains("--probs-file")) {
        const Result<std::vector<double>> weights = readWeightsFile(given["--probs-file"].toStdString());
        if (!weights) return Error{"--probs-file " + weights.error()};
        given["--probs"] = "";  // handled below like --probs
        options.probsFromFile = weights.value();
    }
    if (given.contains("--probs")) {
        const Result<std::vector<double>> weights =
            options.probsFromFile ? Result<std::vector<double>>(*options.probsFromFile)
                                  : parseDoubleList(given["--probs"].toStdString(), "--probs");
        if (!weights) return Error{weights.error()};
        const Result<Distribution> check = Distribution::fromWeights(weights.value());
        if (!check) return Error{"--probs: " + check.error()};
        p.preset = Preset::Custom;
        p.customWeights = weights.value();
        p.k = static_cast<int>(weights->size());
        if (p.k < L::kMinK || p.k > L::kMaxK) {
            return Error{"--probs: " + std::to_string(p.k) + " weights; k must be between " + std::to_string(L::kMinK) +
                         " and " + std::to_string(L::kMaxK)};
        }
    }
    if (given.contains("--dist")) {
        const Result<std::pair<Preset, double>> preset = parsePreset(given["--dist"]);
        if (!preset) return Error{preset.error()};
        p.preset = preset->first;
        p.presetParameter = preset->second;
    }
    if (given.contains("--k")) {
        if (given.contains("--probs")) return Error{"--k goes with --dist; with --probs, k is the number of weights"};
        const Result<long long> k = integer(given["--k"], "--k", L::kMinK, L::kMaxK);
        if (!k) return Error{k.error()};
        p.k = static_cast<int>(k.value());
    }
    const struct {
        const char* name;
        long long lo, hi;
        std::function<void(long long)> set;
    } integers[] = {
        {"--d", L::kMinD, L::kMaxD, [&](long long v) { p.d = static_cast<int>(v); }},
        {"--m", 1, L::kMaxK, [&](long long v) { p.m = static_cast<int>(v); }},
        {"--seed", 0, ExplorerLimits::kMaxSeed, [&](long long v) { p.seed = static_cast<std::uint64_t>(v); }},
        {"--samples", L::kMinSamples, L::kMaxSamples, [&](long long v) { p.samples = v; }},
        {"--bins", L::kMinBins, L::kMaxBins, [&](long long v) { p.bins = static_cast<int>(v); }},
    };
    for (const auto& option : integers) {
        if (!given.contains(option.name)) continue;
        const Result<long long> v = integer(given[option.name], option.name, option.lo, option.hi);
        if (!v) return Error{v.error()};
        option.set(v.value());
    }
    if (given.contains("--method")) {
        const Result<MHotMethod> method = parseMHotMethod(given["--method"].left(40).toStdString());
        if (!method) return Error{method.error()};
        p.method = method.value();
    }
    p.hard = given.contains("--hard");
    if (given.contains("--view")) {
        options.view = viewNamed(given["--view"]);
        if (!options.view) return Error{"--view: " + unknownViewMessage(given["--view"])};
    }
    if (given.contains("--lesson")) {
        if (lessonCount < 1) return Error{"--lesson: there are no lessons"};
        const Result<long long> lesson = integer(given["--lesson"], "--lesson", 1, lessonCount);
        if (!lesson) return Error{lesson.error()};
        options.lesson = static_cast<int>(lesson.value());
    }
    options.presentation = given.contains("--presentation");
    if (given.contains("--size")) {
        const QStringList parts = given["--size"].toLower().split('x');
        if (parts.size() != 2) {
            return Error{"--size: '" + given["--size"].left(40).toStdString() + "' is not WIDTHxHEIGHT (e.g. 1920x1080)"};
        }
        const Result<long long> width = integer(parts[0].trimmed(), "--size width", 640, 7680);
        if (!width) return Error{width.error()};
        const Result<long long> height = integer(parts[1].trimmed(), "--size height", 480, 4320);
        if (!height) return Error{height.error()};
        options.size = QSize(static_cast<int>(width.value()), static_cast<int>(height.value()));
    }
    if (given.contains("--screenshot")) {
        options.screenshot = given["--screenshot"];
        if (!options.screenshot.endsWith(".png", Qt::CaseInsensitive)) {
            return Error{"--screenshot: '" + options.screenshot.left(60).toStdString() + "' must end in .png"};
        }
    }
    if (given.contains("--language")) {
        options.language = normalizedLanguage(given["--language"]);
        if (options.language.isEmpty()) {
            return Error{"--language: unknown language '" + given["--language"].left(40).toStdString() + "' (available: " +
                         availableLanguages().join(", ").toStdString() + ")"};
        }
    }
    // The default m (3) is lowered when p has fewer categories with p > 0.
    if (!given.contains("--m")) {
        const Result<Distribution> distribution = p.distribution();
        if (distribution) p.m = std::min(p.m, distribution->supportSize());
    }
    if (Status s = p.validate(); !s) return Error{s.error()};
    return options;
}

}  // namespace gumbel::ui
