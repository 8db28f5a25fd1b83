#include "ui/AppOptions.h"

#include <QMap>
#include <QSet>
#include <functional>

#include "core/NumberParsing.h"
#include "core/WeightsFile.h"

namespace gumbel::ui {

namespace {
const QSet<QString> kValued = {"--tau", "--k", "--d", "--m", "--seed", "--probs", "--probs-file", "--dist", "--method",
                               "--samples", "--view", "--screenshot", "--bins", "--session", "--export"};
const QSet<QString> kFlags = {"--hard", "--benchmark", "--help"};

Result<long long> integer(const QString& text, const char* what, long long lo, long long hi) {
    return parseInteger(text.toStdString(), what, lo, hi);
}
}  // namespace

QString appUsage() {
    return "usage: gumbel-explorer [--session FILE] [--tau T] [--k K] [--d D] [--m M] [--seed S] "
           "[--probs W1,W2,... | --probs-file FILE | --dist NAME[:PARAM]] [--method exact|rejection] [--hard] [--samples N] "
           "[--bins B] [--view NAME] [--screenshot FILE.png] [--export DIR] [--benchmark]";
}

Result<AppOptions> parseAppArguments(const QStringList& args, const QStringList& viewNames) {
    AppOptions options;
    QMap<QString, QString> given;
    for (int i = 0; i < args.size(); ++i) {
        QString name = args[i];
        QString value;
        bool hasValue = false;
        if (name.startsWith("--") && name.contains('=')) {
            value = name.section('=', 1);
            name = name.section('=', 0, 0);
            hasValue = true;
        }
        if (!kValued.contains(name) && !kFlags.contains(name)) {
            return Error{(name.startsWith("-") ? "unknown option '" : "unexpected argument '") + name.left(40).toStdString() +
                         "'; " + appUsage().toStdString()};
        }
        if (given.contains(name)) return Error{"option " + name.toStdString() + " is given twice"};
        if (kFlags.contains(name)) {
            if (hasValue) return Error{"option " + name.toStdString() + " takes no value"};
        } else if (!hasValue) {
            if (i + 1 >= args.size()) return Error{"option " + name.toStdString() + " needs a value"};
            value = args[++i];
        }
        given[name] = value;
    }
    options.help = given.contains("--help");
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
    ExplorerParameters& p = options.parameters;
    using L = ExplorerLimits;
    if (given.contains("--tau")) {
        const Result<double> tau = parseDouble(given["--tau"].toStdString(), "--tau");
        if (!tau) return Error{tau.error()};
        if (!(tau.value() >= L::kMinTau && tau.value() <= L::kMaxTau)) {
            return Error{"--tau: " + formatDouble(tau.value()) + " is out of range (1e-4 to 1000)"};
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
            return Error{"--probs: " + std::to_string(p.k) + " weights; k must be between 2 and 1000"};
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
        if (!viewNames.contains(given["--view"])) {
            return Error{"--view: unknown view '" + given["--view"].left(40).toStdString() + "' (known: " +
                         viewNames.join(", ").toStdString() + ")"};
        }
        options.view = given["--view"];
    }
    if (given.contains("--screenshot")) {
        options.screenshot = given["--screenshot"];
        if (!options.screenshot.endsWith(".png", Qt::CaseInsensitive)) {
            return Error{"--screenshot: '" + options.screenshot.left(60).toStdString() + "' must end in .png"};
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
