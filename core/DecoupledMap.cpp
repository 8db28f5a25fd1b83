#include "core/DecoupledMap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <thread>

#include "core/GradientStats.h"
#include "core/JacobianProduct.h"
#include "core/NoiseField.h"
#include "core/WorkerPool.h"

namespace gumbel {

namespace {
constexpr long long kMaxSamples = 10000000;
constexpr long long kChunk = 1024;           // samples a chunk: fixed, so the sums do not depend on the threads
constexpr long long kChunkCells = 1 << 20;   // at most this many doubles of softmaxes a chunk holds (8 MB)

// softmax(x / tau) into c (max subtracted), as the engine's decoupled straight-through computes it.
void softmaxInto(const double* x, Eigen::Index k, double tau, double* c) {
    const double top = *std::max_element(x, x + k);
    double sum = 0.0;
    for (Eigen::Index j = 0; j < k; ++j) {
        c[j] = std::exp((x[j] - top) / tau);
        sum += c[j];
    }
    const double inverse = 1.0 / sum;
    for (Eigen::Index j = 0; j < k; ++j) c[j] *= inverse;
}

// What every chunk needs: log p, grad f(x) = 2 w x + base, and the noise.
struct Shared {
    Eigen::VectorXd logP, twiceWeights, base;
    NoiseField noise;
    const std::vector<double>* taus;
};

// Samples [first, first + count) at every cell: moments[r * n + c] gets the estimates at (tau_f = taus[c],
// tau_b = taus[r]) in sample order. A sample's eps and its softmax at each tau are computed once and shared by the
// cells of that tau's row and column: n softmaxes per sample instead of 2 n^2.
void chunk(const Shared& shared, long long first, long long count, std::vector<GradientMoments>& moments) {
    const auto k = static_cast<Eigen::Index>(shared.logP.size());
    const auto n = static_cast<Eigen::Index>(shared.taus->size());
    Eigen::MatrixXd x(k, count);
    shared.noise.gumbels(Stream::Gradient, 0, static_cast<std::uint32_t>(first), static_cast<std::size_t>(count),
                         static_cast<std::size_t>(k), x.data());
    x.colwise() += shared.logP;
    std::vector<Eigen::Index> winner(static_cast<std::size_t>(count));
    for (Eigen::Index s = 0; s < count; ++s) x.col(s).maxCoeff(&winner[static_cast<std::size_t>(s)]);
    // c[t]: k x count softmaxes at taus[t]; v[t]: grad f at them (the forward direction of tau_f = taus[t]).
    std::vector<Eigen::MatrixXd> c(static_cast<std::size_t>(n), Eigen::MatrixXd(k, count));
    std::vector<Eigen::MatrixXd> v(static_cast<std::size_t>(n), Eigen::MatrixXd(k, count));
    for (Eigen::Index t = 0; t < n; ++t) {
        const double tau = (*shared.taus)[static_cast<std::size_t>(t)];
        Eigen::MatrixXd& ct = c[static_cast<std::size_t>(t)];
        for (Eigen::Index s = 0; s < count; ++s) softmaxInto(x.col(s).data(), k, tau, ct.col(s).data());
        v[static_cast<std::size_t>(t)] =
            (ct.array().colwise() * shared.twiceWeights.array()).matrix().colwise() + shared.base;
    }
    Eigen::VectorXd out(k);
    for (Eigen::Index r = 0; r < n; ++r) {
        const double invTauB = 1.0 / (*shared.taus)[static_cast<std::size_t>(r)];
        const Eigen::MatrixXd& backward = c[static_cast<std::size_t>(r)];
        for (Eigen::Index col = 0; col < n; ++col) {
            GradientMoments& m = moments[static_cast<std::size_t>(r * n + col)];
            const Eigen::MatrixXd& forward = v[static_cast<std::size_t>(col)];
            for (Eigen::Index s = 0; s < count; ++s) {
                detail::jacobianProduct<false>(backward.col(s).data(), forward.col(s).data(), k,
                                               winner[static_cast<std::size_t>(s)], invTauB, out.data());
                m.add(out.data());
            }
        }
    }
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
                                                const std::function<void(long long, const std::vector<DecoupledCell>&)>& progress) {
    const auto n = static_cast<std::size_t>(request.taus.size());
    if (n < 1) return Error{"the map needs at least one temperature"};
    for (double tau : request.taus) {
        if (!(tau >= kMinGradientTau) || !(tau <= kMaxGradientTau)) {
            return Error{"every temperature of the map must be in 1e-4 .. 1e3"};
        }
    }
    if (request.samples < 2 || request.samples > kMaxSamples) return Error{"samples per cell must be 2 .. 1e7"};
    // The settings and the problem are checked by the engine (tau_f = tau_b = the first temperature), which also
    // gives log p and the exact gradient.
    GradientSettings check = settings;
    check.tau = check.backwardTau = request.taus.front();
    const Result<GradientEstimators> engine = GradientEstimators::create(theta, objective, check);
    if (!engine) return Error{engine.error()};
    const Eigen::VectorXd& exact = engine->exact().gradient;
    const auto k = static_cast<long long>(engine->size());
    const Shared shared{engine->distribution().finiteLogProbabilities(), 2.0 * objective.weights(),
                        (-2.0 * objective.weights().array() * objective.target().array()).matrix(),
                        NoiseField(settings.seed), &request.taus};

    int threads = request.threads;
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // Chunks of at most kChunk samples, fewer when k is large (2 n softmax matrices of k x chunk each).
    const long long chunkSize =
        std::max<long long>(8, std::min<long long>(kChunk, kChunkCells / std::max<long long>(1, 2 * static_cast<long long>(n) * k)));
    const long long chunks = (request.samples + chunkSize - 1) / chunkSize;
    std::vector<GradientMoments> totals(n * n, GradientMoments(static_cast<int>(k)));
    std::vector<DecoupledCell> cells(n * n);
    const auto summarise = [&] {
        for (std::size_t i = 0; i < totals.size(); ++i) {
            const GradientMoments& m = totals[i];
            const double count = static_cast<double>(m.count());
            const double trace = count > 1.0 ? m.squaredDeviations().sum() / (count - 1.0) : 0.0;
            cells[i].variance = trace;
            cells[i].biasSquaredEstimate = count > 1.0 ? (m.mean() - exact).squaredNorm() - trace / count : 0.0;
        }
    };
    // Waves of `threads` chunks; each wave's chunks are appended in chunk order.
    for (long long wave = 0; wave < chunks; wave += threads) {
        if (cancel != nullptr && cancel->load()) return Error{"cancelled"};
        const auto inWave = static_cast<int>(std::min<long long>(threads, chunks - wave));
        std::vector<std::vector<GradientMoments>> parts(static_cast<std::size_t>(inWave),
                                                        std::vector<GradientMoments>(n * n, GradientMoments(static_cast<int>(k))));
        WorkerPool::shared().run(inWave, inWave, [&](int i) {
            const long long first = (wave + i) * chunkSize;
            chunk(shared, first, std::min(chunkSize, request.samples - first), parts[static_cast<std::size_t>(i)]);
        });
        for (const auto& part : parts) {
            for (std::size_t i = 0; i < totals.size(); ++i) totals[i].append(part[i]);
        }
        if (progress) {
            summarise();
            progress(std::min(request.samples, (wave + inWave) * chunkSize), cells);
        }
    }
    summarise();
    return cells;
}

}  // namespace gumbel
