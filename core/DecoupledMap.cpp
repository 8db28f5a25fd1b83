#include "core/DecoupledMap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <thread>

#include "core/GradientStats.h"
#include "core/ParallelFor.h"

namespace gumbel {

namespace {
constexpr long long kMaxSamples = 10000000;
constexpr Eigen::Index kBlock = 512;

// One cell: `samples` estimates of decoupled straight-through at (tauF, tauB), samples 0 .. samples - 1.
Result<DecoupledCell> cell(const Eigen::Ref<const Eigen::VectorXd>& theta, const Objective& objective,
                           GradientSettings settings, double tauF, double tauB, long long samples) {
    settings.tau = tauF;
    settings.backwardTau = tauB;
    Result<GradientEstimators> estimators = GradientEstimators::create(theta, objective, settings);
    if (!estimators) return Error{estimators.error()};
    const Eigen::Index k = estimators->size();
    GradientMoments moments(static_cast<int>(k));
    GradientScratch scratch;
    Eigen::MatrixXd block(k, kBlock);
    for (long long first = 0; first < samples; first += kBlock) {
        const Eigen::Index count = static_cast<Eigen::Index>(std::min<long long>(kBlock, samples - first));
        const Status status = estimators->estimateBlock(static_cast<std::uint64_t>(first),
                                                        Estimator::DecoupledStraightThrough, scratch,
                                                        block.leftCols(count));
        if (!status) return Error{status.error()};
        for (Eigen::Index s = 0; s < count; ++s) moments.add(block.col(s).data());
    }
    const double n = static_cast<double>(moments.count());
    const double trace = moments.squaredDeviations().sum() / (n - 1.0);
    DecoupledCell out;
    out.variance = trace;
    out.biasSquaredEstimate = (moments.mean() - estimators->exact().gradient).squaredNorm() - trace / n;
    return out;
}
}  // namespace

double DecoupledCell::meanSquaredError(int batch) const {
    return std::max(0.0, biasSquaredEstimate) + variance / static_cast<double>(std::max(1, batch));
}

std::vector<double> logSpaced(double lo, double hi, int count) {
    std::vector<double> out;
    const double a = std::log10(lo), b = std::log10(hi);
    for (int i = 0; i < count; ++i) out.push_back(std::pow(10.0, a + (b - a) * i / std::max(1, count - 1)));
    return out;
}

Result<std::vector<DecoupledCell>> decoupledMap(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                const Objective& objective, const GradientSettings& settings,
                                                const DecoupledMapRequest& request, const std::atomic<bool>* cancel,
                                                const std::function<void(int, const std::vector<DecoupledCell>&)>& rowDone) {
    const auto n = static_cast<int>(request.taus.size());
    if (n < 1) return Error{"the map needs at least one temperature"};
    for (double tau : request.taus) {
        if (!(tau >= kMinGradientTau) || !(tau <= kMaxGradientTau)) {
            return Error{"every temperature of the map must be in 1e-4 .. 1e3"};
        }
    }
    if (request.samples < 2 || request.samples > kMaxSamples) return Error{"samples per cell must be 2 .. 1e7"};
    // The settings are checked once (tau_f = tau_b = the first temperature) so that a bad one is named here.
    {
        GradientSettings check = settings;
        check.tau = check.backwardTau = request.taus.front();
        const Result<GradientEstimators> first = GradientEstimators::create(theta, objective, check);
        if (!first) return Error{first.error()};
    }
    int threads = request.threads;
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<DecoupledCell> cells(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    for (int row = 0; row < n; ++row) {
        if (cancel != nullptr && cancel->load()) return Error{"cancelled"};
        std::vector<std::string> errors(static_cast<std::size_t>(n));
        parallelFor(n, threads, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t c = begin; c < end; ++c) {
                const Result<DecoupledCell> one = cell(theta, objective, settings, request.taus[static_cast<std::size_t>(c)],
                                                       request.taus[static_cast<std::size_t>(row)], request.samples);
                if (one) {
                    cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(n) + static_cast<std::size_t>(c)] = *one;
                } else {
                    errors[static_cast<std::size_t>(c)] = one.error();
                }
            }
        });
        for (const std::string& e : errors) {
            if (!e.empty()) return Error{e};
        }
        if (rowDone) rowDone(row, cells);
    }
    return cells;
}

}  // namespace gumbel
