#include "app/cli/CliRunner.h"

#include <algorithm>
#include <mutex>

#include "app/cli/RowWriter.h"
#include "core/GradientEstimators.h"
#include "core/GradientStats.h"
#include "core/MHotSampler.h"
#include "core/NumberParsing.h"
#include "core/OneHotSampler.h"
#include "core/ParallelFor.h"
#include "core/Theory.h"

namespace gumbel::cli {

namespace {

OneHotKind kindOf(const CliOptions& options) { return options.hard ? OneHotKind::Hard : OneHotKind::Relaxed; }

// Columns [first, first + count) of `stream` into c, split across threads.
void sampleColumnsParallel(const OneHotSampler& sampler, Stream stream, std::uint32_t first, Eigen::Index count,
                           int threads, OneHotKind kind, Eigen::MatrixXd& c) {
    c.resize(sampler.distribution().size(), count);
    parallelFor(count, threads, [&](std::int64_t begin, std::int64_t end) {
        Eigen::MatrixXd part;
        sampler.sample(stream, 0, first + static_cast<std::uint32_t>(begin), end - begin, part, kind);
        c.middleCols(begin, end - begin) = part;
    });
}

Status runOneHot(const CliOptions& options, RowWriter& writer) {
    Result<OneHotSampler> sampler = OneHotSampler::create(*options.distribution, options.tau, options.seed);
    if (!sampler) return Error{sampler.error()};
    const long long k = options.distribution->size();
    const long long block = std::max(1LL, (1LL << 20) / k);
    Eigen::MatrixXd c;
    for (long long first = 0; first < options.n; first += block) {
        const long long count = std::min(block, options.n - first);
        sampleColumnsParallel(sampler.value(), Stream::OneHot, static_cast<std::uint32_t>(first), count,
                              options.threads, kindOf(options), c);
        for (Eigen::Index j = 0; j < c.cols(); ++j) writer.row(c.col(j).data(), k);
    }
    return {};
}

Status runMatrix(const CliOptions& options, RowWriter& writer) {
    Result<OneHotSampler> sampler = OneHotSampler::create(*options.distribution, options.tau, options.seed);
    if (!sampler) return Error{sampler.error()};
    Eigen::MatrixXd g;
    sampleColumnsParallel(sampler.value(), Stream::Matrix, 0, options.d, options.threads, kindOf(options), g);
    for (Eigen::Index i = 0; i < g.rows(); ++i) writer.row(g.data() + i, g.cols(), g.rows());
    return {};
}

Status runMHot(const CliOptions& options, RowWriter& writer) {
    MHotSettings settings;
    settings.m = options.m;
    settings.method = options.method;
    settings.kind = kindOf(options);
    Result<MHotSampler> sampler = MHotSampler::create(*options.distribution, options.tau, settings, options.seed);
    if (!sampler) return Error{sampler.error()};
    const long long k = options.distribution->size();
    const long long rowSize = options.emit == Emit::S ? k : options.m;
    const long long block = std::max(1LL, (1LL << 18) / std::max(rowSize, k * options.m));
    std::vector<double> sValues;
    std::vector<int> orders;
    for (long long first = 0; first < options.n; first += block) {
        const long long count = std::min(block, options.n - first);
        sValues.resize(static_cast<std::size_t>(count * k));
        orders.resize(static_cast<std::size_t>(count * options.m));
        std::mutex errorMutex;
        Status firstError;
        parallelFor(count, options.threads, [&](std::int64_t begin, std::int64_t end) {
            MHotSample sample;
            for (std::int64_t r = begin; r < end; ++r) {
                if (Status s = sampler->sample(static_cast<std::uint64_t>(first + r), sample); !s) {
                    std::lock_guard<std::mutex> lock(errorMutex);
                    if (firstError.ok()) firstError = s;
                    return;
                }
                std::copy(sample.s.data(), sample.s.data() + k, sValues.begin() + r * k);
                std::copy(sample.order.begin(), sample.order.end(), orders.begin() + r * options.m);
            }
        });
        if (!firstError.ok()) return firstError;
        for (long long r = 0; r < count; ++r) {
            if (options.emit == Emit::S) writer.row(sValues.data() + r * k, k);
            else writer.integerRow(orders.data() + r * options.m, options.m);
        }
    }
    return {};
}

// N rows of k values: the per-sample gradient estimates of one estimator w.r.t. theta.
Status runGradient(const CliOptions& options, RowWriter& writer) {
    GradientSettings settings;
    settings.tau = options.tau;
    settings.conditionalSamples = options.conditional;
    settings.leaveOneOutDraws = options.draws;
    settings.gap = options.gap;
    settings.backwardTau = options.backwardTau;
    settings.seed = options.seed;
    Result<GradientEstimators> estimators =
        GradientEstimators::create(options.distribution->logProbabilities(), *options.objective, settings);
    if (!estimators) return Error{estimators.error()};
    const long long k = options.distribution->size();
    const long long block = std::max(1LL, (1LL << 20) / k);
    Eigen::MatrixXd rows;
    for (long long first = 0; first < options.n; first += block) {
        const long long count = std::min(block, options.n - first);
        rows.resize(k, count);
        parallelFor(count, options.threads, [&](std::int64_t begin, std::int64_t end) {
            GradientScratch scratch;
            constexpr std::int64_t kPiece = 256;
            for (std::int64_t at = begin; at < end; at += kPiece) {
                const std::int64_t n = std::min(kPiece, end - at);
                // k rows with contiguous columns: cannot fail
                (void)estimators->estimateBlock(static_cast<std::uint64_t>(first + at), options.estimator, scratch,
                                                rows.middleCols(at, n));
            }
        });
        for (Eigen::Index j = 0; j < rows.cols(); ++j) writer.row(rows.col(j).data(), k);
    }
    return {};
}

std::string jsonArray(const Eigen::VectorXd& values) {
    std::string text = "[";
    for (Eigen::Index i = 0; i < values.size(); ++i) text += (i > 0 ? "," : "") + formatDouble(values[i]);
    return text + "]";
}

// gradient --summary: the estimator's statistics over the N samples against the exact gradient, as one JSON line
// (theory's format): mean, per-component variance and bias (mean - g*), the unbiased estimate of ||bias||^2 and its
// standard error, the trace of the covariance, and the MSE of one sample (mean ||g - g*||^2).
Status runGradientSummary(const CliOptions& options, std::FILE* out) {
    GradientJob job;
    job.settings.tau = options.tau;
    job.settings.conditionalSamples = options.conditional;
    job.settings.leaveOneOutDraws = options.draws;
    job.settings.gap = options.gap;
    job.settings.backwardTau = options.backwardTau;
    job.settings.seed = options.seed;
    job.estimators = EstimatorSet::only(options.estimator);
    job.histogram.bins = 1;
    Result<GradientSampler> sampler =
        GradientSampler::create(options.distribution->logProbabilities(), *options.objective, job);
    if (!sampler) return Error{sampler.error()};
    GradientStatsSet all = sampler->emptyStats();
    if (Status s = sampler->run(0, static_cast<std::uint64_t>(options.n), options.threads, all); !s) return s;
    const GradientStats& stats = all[static_cast<std::size_t>(options.estimator)];
    const std::string name(estimatorName(options.estimator));
    std::string json = "{\"estimator\":\"" + name + "\",\"n\":" + std::to_string(options.n) +
                       ",\"tau\":" + formatDouble(options.tau) + ",\"mean\":" + jsonArray(stats.mean()) +
                       ",\"variance\":" + jsonArray(stats.variance()) +
                       ",\"bias\":" + jsonArray(stats.mean() - stats.exact()) +
                       ",\"bias_squared_estimate\":" + formatDouble(stats.biasSquaredEstimate()) +
                       ",\"bias_squared_standard_error\":" + formatDouble(stats.biasSquaredStandardError()) +
                       ",\"variance_trace\":" + formatDouble(stats.varianceTrace()) +
                       ",\"mse\":" + formatDouble(stats.meanSquaredError()) +
                       ",\"exact_gradient\":" + jsonArray(stats.exact()) + "}\n";
    if (std::fwrite(json.data(), 1, json.size(), out) != json.size() || std::fflush(out) != 0) {
        return Error{"could not write the output"};
    }
    return {};
}

Status runTheory(const CliOptions& options, std::FILE* out) {
    const Distribution& distribution = *options.distribution;
    Result<Eigen::VectorXd> inclusion = theory::inclusionProbabilities(distribution, options.m);
    if (!inclusion) return Error{inclusion.error()};
    Result<theory::ExpectedDraws> draws = theory::expectedRejectionDraws(distribution, options.m, options.seed);
    if (!draws) return Error{draws.error()};
    std::string json = "{\"k\":" + std::to_string(distribution.size()) + ",\"m\":" + std::to_string(options.m) +
                       ",\"probabilities\":" + jsonArray(distribution.probabilities()) +
                       ",\"inclusion\":" + jsonArray(inclusion.value()) +
                       ",\"expected_draws\":" + formatDouble(draws->value) +
                       ",\"expected_draws_standard_error\":" + formatDouble(draws->standardError) +
                       ",\"expected_draws_method\":\"" + (draws->exact ? "enumeration" : "monte_carlo") + "\"";
    if (options.objective) {
        Result<ExactGradient> exact = exactGradient(distribution.logProbabilities(), *options.objective);
        if (!exact) return Error{exact.error()};
        json += ",\"objective\":" + formatDouble(exact->objective) + ",\"exact_gradient\":" + jsonArray(exact->gradient);
    }
    json += "}\n";
    if (std::fwrite(json.data(), 1, json.size(), out) != json.size() || std::fflush(out) != 0) {
        return Error{"could not write the output"};
    }
    return {};
}

}  // namespace

Status runCli(const CliOptions& options, std::FILE* out) {
    if (options.command == Command::Theory) return runTheory(options, out);
    if (options.command == Command::Gradient && options.summary) return runGradientSummary(options, out);
    RowWriter writer(out, options.format);
    Status status;
    switch (options.command) {
        case Command::OneHot: status = runOneHot(options, writer); break;
        case Command::Matrix: status = runMatrix(options, writer); break;
        case Command::MHot: status = runMHot(options, writer); break;
        case Command::Gradient: status = runGradient(options, writer); break;
        case Command::Theory: break;
    }
    if (!writer.flush() && status.ok()) return Error{"could not write the output (disk full or closed pipe?)"};
    return status;
}

namespace {
// Exactly one line, whatever the message quotes.
void report(std::FILE* err, std::string message) {
    for (char& c : message) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    std::fprintf(err, "gumbel-cli: %s\n", message.c_str());
}
}  // namespace

int cliMain(const std::vector<std::string>& args, std::FILE* out, std::FILE* err) {
    Result<CliOptions> options = parseCliArguments(args);
    if (!options) {
        report(err, options.error());
        return 2;
    }
    if (Status s = runCli(options.value(), out); !s) {
        report(err, s.error());
        return 2;
    }
    return 0;
}

}  // namespace gumbel::cli
