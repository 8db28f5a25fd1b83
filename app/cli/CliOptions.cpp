#include "app/cli/CliOptions.h"

#include <map>
#include <set>
#include <thread>

#include "core/Limits.h"
#include "core/NumberParsing.h"
#include "core/TemperedSoftmax.h"
#include "core/WeightsFile.h"

namespace gumbel::cli {

namespace {

const std::map<std::string, Command> kCommands = {
    {"onehot", Command::OneHot}, {"matrix", Command::Matrix}, {"mhot", Command::MHot}, {"theory", Command::Theory},
    {"gradient", Command::Gradient}};

// Options each command accepts, beyond the common ones.
const std::set<std::string> kCommon = {"--probs", "--probs-file", "--logits", "--dist", "--k", "--tau", "--seed", "--threads", "--format"};
const std::map<Command, std::set<std::string>> kSpecific = {
    {Command::OneHot, {"--n", "--hard"}},
    {Command::Matrix, {"--d", "--hard"}},
    {Command::MHot, {"--m", "--n", "--method", "--emit", "--hard"}},
    {Command::Theory, {"--m", "--target", "--weights"}},
    {Command::Gradient, {"--n", "--target", "--weights", "--estimator", "--conditional", "--draws", "--gap", "--tau-b",
                         "--summary"}},
};
const std::set<std::string> kFlags = {"--hard", "--summary"};

Result<Distribution> buildDistribution(const std::map<std::string, std::string>& given, std::uint64_t seed) {
    const int sources = static_cast<int>(given.count("--probs") + given.count("--probs-file") + given.count("--logits") +
                                         given.count("--dist"));
    if (sources != 1) {
        return Error{sources == 0 ? "no distribution: give exactly one of --probs, --probs-file, --logits or --dist NAME --k K"
                                  : "give only one of --probs, --probs-file, --logits and --dist"};
    }
    if (given.count("--k") != 0 && given.count("--dist") == 0) {
        return Error{"--k goes with --dist; with --probs, --probs-file or --logits, k is the number of values"};
    }
    if (auto it = given.find("--probs-file"); it != given.end()) {
        Result<std::vector<double>> values = readWeightsFile(it->second);
        if (!values) return Error{"--probs-file " + values.error()};
        return Distribution::fromWeights(values.value());
    }
    if (auto it = given.find("--probs"); it != given.end()) {
        Result<std::vector<double>> values = parseDoubleList(it->second, "--probs");
        if (!values) return Error{values.error()};
        return Distribution::fromWeights(values.value());
    }
    if (auto it = given.find("--logits"); it != given.end()) {
        Result<std::vector<double>> values = parseDoubleList(it->second, "--logits");
        if (!values) return Error{values.error()};
        return Distribution::fromLogits(values.value());
    }
    const auto k = given.find("--k");
    if (k == given.end()) return Error{"--dist needs --k K, the number of categories"};
    Result<long long> categories = parseInteger(k->second, "--k", 1, limits::kMaxCategories);
    if (!categories) return Error{categories.error()};
    return Distribution::named(given.at("--dist"), categories.value(), seed);
}

// --target and --weights (w = 1 when absent) for k categories.
Result<Objective> buildObjective(const std::map<std::string, std::string>& given, long long k) {
    Result<std::vector<double>> target = parseDoubleList(given.at("--target"), "--target");
    if (!target) return Error{target.error()};
    if (static_cast<long long>(target->size()) != k) {
        return Error{"--target has " + std::to_string(target->size()) + " values but there are k = " +
                     std::to_string(k) + " categories"};
    }
    Eigen::VectorXd weights = Eigen::VectorXd::Ones(k);
    if (auto it = given.find("--weights"); it != given.end()) {
        Result<std::vector<double>> values = parseDoubleList(it->second, "--weights");
        if (!values) return Error{values.error()};
        if (static_cast<long long>(values->size()) != k) {
            return Error{"--weights has " + std::to_string(values->size()) + " values but there are k = " +
                         std::to_string(k) + " categories"};
        }
        weights = Eigen::Map<const Eigen::VectorXd>(values->data(), k);
    }
    Result<Objective> objective = Objective::create(Eigen::Map<const Eigen::VectorXd>(target->data(), k), weights);
    if (!objective) return Error{"--" + objective.error()};  // "target value 2 ..." / "weights value 2 ..."
    return objective;
}

// "reinforce|reinforce-mean|...": every estimator's name.
std::string estimatorChoices() {
    std::string choices;
    for (Estimator e : allEstimators()) choices += (choices.empty() ? "" : "|") + std::string(estimatorName(e));
    return choices;
}

// gradient's own options: --estimator, --conditional, and tau within the lab's range.
Status parseGradientOptions(const std::map<std::string, std::string>& given, CliOptions& options) {
    const auto estimator = given.find("--estimator");
    if (estimator == given.end()) {
        return Error{"'gradient' needs --estimator " + estimatorChoices()};
    }
    Result<Estimator> parsed = parseEstimator(estimator->second);
    if (!parsed) return Error{"--estimator: " + parsed.error()};
    options.estimator = parsed.value();
    if (auto it = given.find("--conditional"); it != given.end()) {
        if (options.estimator != Estimator::GumbelRao) return Error{"--conditional goes with --estimator gumbel-rao"};
        Result<long long> k = parseInteger(it->second, "--conditional", 1, kMaxConditionalSamples);
        if (!k) return Error{k.error()};
        options.conditional = static_cast<int>(k.value());
    }
    if (auto it = given.find("--draws"); it != given.end()) {
        if (options.estimator != Estimator::Rloo) return Error{"--draws goes with --estimator rloo"};
        Result<long long> b = parseInteger(it->second, "--draws", kMinLeaveOneOutDraws, kMaxLeaveOneOutDraws);
        if (!b) return Error{b.error() + " (the leave-one-out baseline needs two draws)"};
        options.draws = static_cast<int>(b.value());
    }
    if (auto it = given.find("--gap"); it != given.end()) {
        if (options.estimator != Estimator::GappedStraightThrough) return Error{"--gap goes with --estimator gapped-st"};
        Result<double> gap = parseDouble(it->second, "--gap");
        if (!gap) return Error{gap.error()};
        if (!(gap.value() > 0.0 && gap.value() <= kMaxGap)) {
            return Error{"--gap " + formatDouble(gap.value()) + " is out of range (allowed: above 0, up to 100)"};
        }
        options.gap = gap.value();
    }
    if (auto it = given.find("--tau-b"); it != given.end()) {
        if (options.estimator != Estimator::DecoupledStraightThrough) {
            return Error{"--tau-b goes with --estimator decoupled-st"};
        }
        Result<double> tauB = parseDouble(it->second, "--tau-b");
        if (!tauB) return Error{tauB.error()};
        if (!(tauB.value() >= kMinGradientTau && tauB.value() <= kMaxGradientTau)) {
            return Error{"--tau-b " + formatDouble(tauB.value()) + " is out of range (allowed: " +
                         formatRange(kMinGradientTau, kMaxGradientTau) + ")"};
        }
        options.backwardTau = tauB.value();
    }
    if (options.tau < kMinGradientTau || options.tau > kMaxGradientTau) {
        return Error{"--tau " + formatDouble(options.tau) + " is out of range for gradients (allowed: " + formatRange(kMinGradientTau, kMaxGradientTau) + ")"};
    }
    return {};
}

Status checkOutputSize(long long rows, long long columns) {
    const long double values = static_cast<long double>(rows) * static_cast<long double>(columns);
    if (values > static_cast<long double>(limits::kMaxStreamedValues)) {
        return Error{"the output would have " + std::to_string(static_cast<long long>(values)) +
                     " values, more than the limit of " + std::to_string(limits::kMaxStreamedValues)};
    }
    return {};
}

}  // namespace

std::string usage() {
    return "usage: gumbel-cli onehot|matrix|mhot|theory|gradient (--probs W,.. | --probs-file FILE | --logits L,.. | "
           "--dist NAME --k K) [--tau T] [--seed N] [--threads N] [--format csv|f64] [--n N] [--d D] [--m M] [--hard] "
           "[--method exact|rejection] [--emit s|order] [--target T,.. [--weights W,..]] "
           "[--estimator " + estimatorChoices() + "] [--conditional K] [--draws B] [--gap KAPPA] [--tau-b T] [--summary]";
}

Result<CliOptions> parseCliArguments(const std::vector<std::string>& args) {
    if (args.empty()) return Error{"no command given; " + usage()};
    const auto command = kCommands.find(args[0]);
    if (command == kCommands.end()) {
        return Error{"unknown command " + quoteForMessage(args[0]) + " (known: onehot, matrix, mhot, theory, gradient)"};
    }
    CliOptions options;
    options.command = command->second;
    const std::set<std::string>& specific = kSpecific.at(options.command);

    std::map<std::string, std::string> given;
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string name = args[i];
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos && name.rfind("--", 0) == 0) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (kCommon.count(name) == 0 && specific.count(name) == 0) {
            const bool known = name.rfind("--", 0) == 0;
            return Error{(known ? "option " : "unexpected argument ") + quoteForMessage(name) +
                         (known ? " is not valid for '" + args[0] + "'" : "")};
        }
        if (given.count(name) != 0) return Error{"option " + quoteForMessage(name) + " is given twice"};
        if (kFlags.count(name) != 0) {
            if (value) return Error{"option " + quoteForMessage(name) + " takes no value"};
            given[name] = "";
            continue;
        }
        if (!value) {
            if (i + 1 >= args.size()) return Error{"option " + quoteForMessage(name) + " needs a value"};
            value = args[++i];
        }
        given[name] = *value;
    }

    if (auto it = given.find("--seed"); it != given.end()) {
        // Seeds are 64-bit in the engine; the command line takes 0 .. 2^63-1.
        Result<long long> seed = parseInteger(it->second, "--seed", 0, INT64_MAX);
        if (!seed) return Error{seed.error()};
        options.seed = static_cast<std::uint64_t>(seed.value());
    }
    Result<Distribution> distribution = buildDistribution(given, options.seed);
    if (!distribution) return Error{distribution.error()};
    options.distribution = distribution.value();
    const long long k = options.distribution->size();

    if (auto it = given.find("--tau"); it != given.end()) {
        Result<double> tau = parseDouble(it->second, "--tau");
        if (!tau) return Error{tau.error()};
        if (Status s = validateTemperature(tau.value()); !s) return Error{"--tau: " + s.error()};
        options.tau = tau.value();
    }
    if (auto it = given.find("--threads"); it != given.end()) {
        Result<long long> threads = parseInteger(it->second, "--threads", 1, limits::kMaxThreads);
        if (!threads) return Error{threads.error()};
        options.threads = static_cast<int>(threads.value());
    }
    if (options.threads == 0) options.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (auto it = given.find("--format"); it != given.end()) {
        if (it->second == "csv") options.format = Format::Csv;
        else if (it->second == "f64") options.format = Format::F64;
        else return Error{"--format: unknown format " + quoteForMessage(it->second) + " (known: csv, f64)"};
    }
    options.hard = given.count("--hard") != 0;
    options.summary = given.count("--summary") != 0;
    if (auto it = given.find("--method"); it != given.end()) {
        Result<MHotMethod> method = parseMHotMethod(it->second);
        if (!method) return Error{method.error()};
        options.method = method.value();
    }
    if (auto it = given.find("--emit"); it != given.end()) {
        if (it->second == "s") options.emit = Emit::S;
        else if (it->second == "order") options.emit = Emit::Order;
        else return Error{"--emit: unknown value " + quoteForMessage(it->second) + " (known: s, order)"};
    }
    if (given.count("--weights") != 0 && given.count("--target") == 0) return Error{"--weights goes with --target"};
    if (options.command == Command::Gradient && given.count("--target") == 0) {
        return Error{"'gradient' needs --target T1,..,Tk, the target of f(x) = sum_i w_i (x_i - t_i)^2"};
    }
    if (given.count("--target") != 0) {
        Result<Objective> objective = buildObjective(given, k);
        if (!objective) return Error{objective.error()};
        options.objective = objective.value();
    }
    if (options.command == Command::Gradient) {
        if (Status s = parseGradientOptions(given, options); !s) return Error{s.error()};
    }
    // Sample n of onehot and gradient is noise column n (32-bit).
    const bool columnIndexed = options.command == Command::OneHot || options.command == Command::Gradient;
    const long long maxRows = columnIndexed ? 4294967295LL : limits::kMaxStreamedValues;
    if (specific.count("--n") != 0) {
        if (given.count("--n") == 0) return Error{"'" + args[0] + "' needs --n N, the number of samples"};
        Result<long long> n = parseInteger(given["--n"], "--n", 1, maxRows);
        if (!n) return Error{n.error()};
        options.n = n.value();
    }
    if (specific.count("--m") != 0) {
        if (given.count("--m") == 0 && options.command == Command::MHot) return Error{"'mhot' needs --m M, the number of ones"};
        if (given.count("--m") != 0) {
            Result<long long> m = parseInteger(given["--m"], "--m", 1, options.distribution->supportSize());
            if (!m) return Error{m.error() + " (m cannot exceed the number of categories with p > 0)"};
            options.m = static_cast<int>(m.value());
        }
    }
    if (options.command == Command::Matrix) {
        if (given.count("--d") == 0) return Error{"'matrix' needs --d D, the number of columns"};
        Result<long long> d = parseInteger(given["--d"], "--d", 1, limits::kMaxColumns);
        if (!d) return Error{d.error()};
        options.d = d.value();
        if (d.value() * k > limits::kMaxMatrixValues) {
            return Error{"k x d = " + std::to_string(d.value() * k) + " values would not fit in memory (limit " +
                         std::to_string(limits::kMaxMatrixValues) + ")"};
        }
    }
    if (options.command == Command::OneHot || options.command == Command::Gradient) {
        if (Status s = checkOutputSize(options.n, k); !s) return Error{s.error()};
    }
    if (options.command == Command::MHot) {
        if (Status s = checkOutputSize(options.n, options.emit == Emit::S ? k : options.m); !s) return Error{s.error()};
    }
    return options;
}

}  // namespace gumbel::cli
