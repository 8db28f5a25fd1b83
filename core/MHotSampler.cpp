#include "core/MHotSampler.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

#include "core/NoiseKernels.h"
#include "core/NumberParsing.h"
#include "core/TemperedSoftmax.h"

namespace gumbel {


namespace {
// Below this p the exact sampler's ratio E_i / (p_i E_M) is computed in log space: above it the ratio stays
// below 37 * 1e250 * 1e16 (E <= 37, 1 / E_M <= 1e16), finite.
constexpr double kTinyP = 1e-250;

// The clock value E below which, on average, `target` of the categories ring first: solves
// sum_i (1 - exp(-p_i E)) = target (at least target, since the sum is at most E) on a log scale to
// about 0.1%; +inf when target reaches the support.
double clockThreshold(const Eigen::VectorXd& p, int support, double target) {
    if (target >= support) return std::numeric_limits<double>::infinity();
    const auto expected = [&](double logE) {
        const double e = std::exp(logE);
        double sum = 0.0;
        for (Eigen::Index i = 0; i < p.size(); ++i) sum -= std::expm1(-p[i] * e);
        return sum;
    };
    double lo = std::log(target);  // expected(lo) <= target
    double hi = lo + 1.0;
    while (expected(hi) < target && hi < 745.0) hi = lo + 2.0 * (hi - lo);
    for (int step = 0; step < 16; ++step) {
        const double mid = 0.5 * (lo + hi);
        (expected(mid) < target ? lo : hi) = mid;
    }
    return std::exp(hi);
}
}  // namespace

Result<MHotMethod> parseMHotMethod(const std::string& text) {
    if (text == "exact") return MHotMethod::Exact;
    if (text == "rejection") return MHotMethod::Rejection;
    return Error{"--method: unknown method " + quoteForMessage(text) + " (known: exact, rejection)"};
}

const char* methodName(MHotMethod method) { return method == MHotMethod::Exact ? "exact" : "rejection"; }

Result<MHotSampler> MHotSampler::create(const Distribution& distribution, double tau, const MHotSettings& settings,
                                        std::uint64_t seed) {
    if (Status s = validateTemperature(tau); !s) return Error{s.error()};
    if (Status s = distribution.checkSubsetSize(settings.m); !s) return Error{s.error()};
    if (settings.maxDraws < settings.m) {
        return Error{"the cap on draws (" + std::to_string(settings.maxDraws) + ") is smaller than m"};
    }
    return MHotSampler(distribution, tau, settings, seed);
}

MHotSampler::MHotSampler(const Distribution& distribution, double tau, const MHotSettings& settings,
                         std::uint64_t seed)
    : distribution_(distribution),
      tau_(tau),
      settings_(settings),
      noise_(seed),
      inverseP_(static_cast<std::size_t>(distribution.size())),
      clockThreshold_(clockThreshold(distribution.probabilities(), distribution.supportSize(),
                                     settings.m + 2.0 * std::sqrt(static_cast<double>(settings.m)) + 1.0)) {
    const Eigen::VectorXd& p = distribution.probabilities();
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        inverseP_[static_cast<std::size_t>(i)] = p[i] > 0.0 ? 1.0 / p[i] : std::numeric_limits<double>::infinity();
        boundedInverseP_.push_back(p[i] >= kTinyP ? 1.0 / p[i] : 1.0 / kTinyP);
        if (std::isinf(distribution.logProbabilities()[i])) zeroP_.push_back(static_cast<int>(i));
        else if (p[i] < kTinyP) tinyP_.push_back(static_cast<int>(i));  // p may even round to 0 (log p is kept)
    }
    totalP_ = kernels::sumOf(p.data(), static_cast<std::size_t>(p.size()));
    prefixP_.assign(static_cast<std::size_t>(p.size()) + 1, 0.0);
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        prefixP_[static_cast<std::size_t>(i) + 1] = prefixP_[static_cast<std::size_t>(i)] + p[i];
    }
}

Status MHotSampler::sample(std::uint64_t index, MHotSample& out, const std::atomic<bool>* cancel,
                           std::vector<DrawRecord>* trace) const {
    if (trace != nullptr) trace->clear();
    const Eigen::Index k = distribution_.size();
    out.v.resize(k, settings_.m);
    out.order.clear();
    out.order.reserve(static_cast<std::size_t>(settings_.m));
    out.draws = 0;
    Status status;
    if (settings_.method == MHotMethod::Exact) {
        sampleExact(index, out, trace);
    } else {
        status = runRejection(index, out.noise, out.taken, out.order, out.draws, &out.v, cancel, trace);
        // V holds the accepted columns' z = log p + eps (p = 0 at the finite floor, so its C is exactly 0).
        if (status && settings_.kind == OneHotKind::Relaxed) {
            kernels::softmaxColumns(out.v.data(), nullptr, static_cast<std::size_t>(k),
                                    static_cast<std::size_t>(out.v.cols()), tau_);
        }
    }
    if (!status) return status;
    if (settings_.kind == OneHotKind::Hard) {
        out.v.setZero();
        for (Eigen::Index j = 0; j < out.v.cols(); ++j) out.v(out.order[static_cast<std::size_t>(j)], j) = 1.0;
    }
    out.s = out.v.rowwise().maxCoeff();
    return status;
}

Status MHotSampler::runRejection(std::uint64_t index, Eigen::MatrixXd& noise, std::vector<char>& taken,
                                 std::vector<int>& order, long long& draws, Eigen::MatrixXd* v,
                                 const std::atomic<bool>* cancel, std::vector<DrawRecord>* trace) const {
    const Eigen::Index k = distribution_.size();
    taken.assign(static_cast<std::size_t>(k), 0);
    order.clear();
    // Draws come in batches (columns draw, draw+1, ...), each a pure function of its position.
    const Eigen::Index batch = std::max<Eigen::Index>(8, settings_.m);
    noise.resize(k, batch);
    long long draw = 0;
    while (static_cast<int>(order.size()) < settings_.m) {
        if (draw >= settings_.maxDraws) {
            return Error{"the rejection rule hit its cap of " + std::to_string(settings_.maxDraws) +
                         " draws for one m-hot sample (p is too peaked for m = " + std::to_string(settings_.m) +
                         "); the exact method has no such cost"};
        }
        if (cancel != nullptr && draw % 4096 >= 4096 - batch && cancel->load(std::memory_order_relaxed)) {
            return Error{"cancelled"};
        }
        const Eigen::Index count = std::min<Eigen::Index>(batch, settings_.maxDraws - draw);
        noise_.gumbels(Stream::MHot, index, static_cast<std::uint32_t>(draw), static_cast<std::size_t>(count),
                       static_cast<std::size_t>(k), noise.data());
        for (Eigen::Index c = 0; c < count && static_cast<int>(order.size()) < settings_.m; ++c) {
            auto column = noise.col(c);
            column += distribution_.finiteLogProbabilities();
            ++draw;
            Eigen::Index winner = 0;
            for (Eigen::Index i = 1; i < k; ++i) winner = column[i] > column[winner] ? i : winner;
            const bool repeat = taken[static_cast<std::size_t>(winner)] != 0;
            if (trace != nullptr) trace->push_back({draw - 1, static_cast<int>(winner), !repeat});
            if (repeat) continue;  // discard and draw again
            taken[static_cast<std::size_t>(winner)] = 1;
            if (v != nullptr) v->col(static_cast<Eigen::Index>(order.size())) = column;
            order.push_back(static_cast<int>(winner));
        }
    }
    draws = draw;
    return {};
}

namespace {
// The (value, index) pairs of the entries below `threshold` (all of them when `threshold` is null), in
// index order. Compares 64 entries at a time into a bit mask (no branch per entry), then visits the set
// bits. Returns how many; `out` has room for k.
std::size_t entriesBelow(const double* e, int k, const double* threshold, std::pair<double, int>* out) {
    if (threshold == nullptr) {
        for (int i = 0; i < k; ++i) out[i] = {e[i], i};
        return static_cast<std::size_t>(k);
    }
    std::size_t count = 0;
    for (int base = 0; base < k; base += 64) {
        const int n = std::min(64, k - base);
        std::uint64_t below = 0;
        for (int j = 0; j < n; ++j) below |= static_cast<std::uint64_t>(e[base + j] < *threshold) << j;
        for (; below != 0; below &= below - 1) {
            const int i = base + __builtin_ctzll(below);
            out[count++] = {e[i], i};
        }
    }
    return count;
}
}  // namespace

void smallestM(const double* e, int k, int m, double threshold, int* order, std::vector<std::pair<double, int>>& candidates) {
    candidates.resize(static_cast<std::size_t>(k));
    std::pair<double, int>* c = candidates.data();
    std::size_t count = entriesBelow(e, k, &threshold, c);
    const auto size = static_cast<std::size_t>(m);
    if (count < size) count = entriesBelow(e, k, nullptr, c);  // too few below the threshold: rank them all
    if (m <= 16) {
        // Selection of the m first: m passes of branch-free minimum search over the few candidates.
        for (std::size_t j = 0; j < size; ++j) {
            std::size_t best = j;
            double bestValue = c[j].first;
            for (std::size_t i = j + 1; i < count; ++i) {
                const bool earlier = c[i].first < bestValue;  // equal values: the first stays (probability 0)
                bestValue = earlier ? c[i].first : bestValue;
                best = earlier ? i : best;
            }
            std::swap(c[j], c[best]);
        }
    } else {
        std::nth_element(c, c + (m - 1), c + count);
        std::sort(c, c + m);
    }
    for (std::size_t j = 0; j < size; ++j) order[j] = c[j].second;
}

namespace {
// The first eligible (available > 0) category whose cumulative available mass, summed in index order, exceeds
// target; the last eligible one when rounding leaves target at or above the total.
Eigen::Index winnerBySum(const double* available, Eigen::Index k, double target) {
    Eigen::Index winner = -1;
    double cumulative = 0.0;
    for (Eigen::Index i = 0; i < k; ++i) {
        if (available[i] == 0.0) continue;
        winner = i;
        cumulative += available[i];
        if (target < cumulative) break;
    }
    return winner;
}

// `value` when `condition` holds, else 0, without a branch (the condition depends on the random point).
double valueIf(bool condition, double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    bits &= std::uint64_t{0} - static_cast<std::uint64_t>(condition);
    std::memcpy(&value, &bits, sizeof bits);
    return value;
}
}  // namespace

Eigen::Index MHotSampler::winnerFromPrefix(double target, const std::vector<std::uint64_t>& taken,
                                           const double* available) const {
    // target is a point of the mass not taken. On the scale of all of p it lies past every taken category's
    // interval [prefix_c, prefix_c+1) that starts at or below it: step over those in index order (a
    // measure-preserving map onto the categories left), then find the interval that holds the point.
    double point = target;
    for (std::size_t word = 0; word < taken.size(); ++word) {
        for (std::uint64_t bits = taken[word]; bits != 0; bits &= bits - 1) {
            const std::size_t c = word * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
            const double start = prefixP_[c];
            point += valueIf(start <= point, prefixP_[c + 1] - start);
        }
    }
    const auto k = static_cast<Eigen::Index>(prefixP_.size()) - 1;
    const auto first =
        static_cast<Eigen::Index>(kernels::firstAbove(prefixP_.data() + 1, static_cast<std::size_t>(k), point));
    // Rounding can leave the point on a taken category's upper edge (then the next eligible one) or at the top
    // (then the last eligible one).
    for (Eigen::Index i = first; i < k; ++i) {
        if (available[i] != 0.0) return i;
    }
    for (Eigen::Index i = std::min(first, k - 1); i >= 0; --i) {
        if (available[i] != 0.0) return i;
    }
    return 0;  // unreachable: m is at most the support, so some category is eligible
}

Status MHotSampler::acceptedOrders(std::uint32_t first, std::size_t count, AcceptedBatch& out,
                                   const std::atomic<bool>* cancel) const {
    const int m = settings_.m;
    const auto k = static_cast<std::size_t>(distribution_.size());
    out.m = m;
    out.orders.resize(count * static_cast<std::size_t>(m));
    out.draws.resize(count);
    if (settings_.method == MHotMethod::Rejection) {
        std::vector<int> order;
        order.reserve(static_cast<std::size_t>(m));
        for (std::size_t n = 0; n < count; ++n) {
            long long draws = 0;
            if (Status s = runRejection(first + n, out.noise, out.taken, order, draws, nullptr, cancel, nullptr); !s) {
                return s;
            }
            std::copy(order.begin(), order.end(), out.orders.begin() + static_cast<std::ptrdiff_t>(n * static_cast<std::size_t>(m)));
            out.draws[n] = draws;
        }
        return {};
    }
    // One perturbed vector per sample, z = log p + eps with eps = -log(-log u): its largest entries are
    // the smallest clocks E = exp(-z) = -log(u) / p (p = 0: +inf, never first).
    out.noise.resize(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(count));
    noise_.uniforms(Stream::MHotOrder, 0, first, count, k, out.noise.data());
    kernels::exponentialFromUniform(out.noise.data(), out.noise.data(), k * count);
    for (std::size_t n = 0; n < count; ++n) {
        double* clocks = out.noise.data() + n * k;
        for (std::size_t i = 0; i < k; ++i) clocks[i] *= inverseP_[i];
        smallestM(clocks, static_cast<int>(k), m, clockThreshold_, out.orders.data() + n * static_cast<std::size_t>(m),
                  out.candidates);
        out.draws[n] = m;
    }
    return {};
}

void MHotSampler::sampleExact(std::uint64_t index, MHotSample& out, std::vector<DrawRecord>* trace) const {
    const Eigen::Index k = distribution_.size();
    const int m = settings_.m;
    // available[i] = p_i until category i is taken, then 0; takenBits (below) marks the taken ones themselves (a p_i
    // = 0 is 0 in available from the start), in index order for the winner search.
    std::vector<double>& available = out.available;
    const Eigen::VectorXd& p = distribution_.probabilities();
    available.assign(p.data(), p.data() + k);
    // Column j of the noise: cells 0..k-1 the uniforms of the others' clocks, cell k the uniform of the
    // maximum M = -log(-log u) ~ Gumbel(0), cell k+1 the uniform that picks the winner.
    Eigen::MatrixXd& noise = out.noise;
    noise.resize(k + 2, m);
    noise_.uniforms(Stream::MHot, index, 0, static_cast<std::size_t>(m), static_cast<std::size_t>(k + 2), noise.data());
    std::vector<std::uint64_t>& taken = out.takenBits;
    taken.assign(static_cast<std::size_t>((k + 63) / 64), 0);
    double takenMass = 0.0;
    for (int column = 0; column < m; ++column) {
        // The winner among the categories not yet taken, with probability p_i / P(not taken): u P(not taken)
        // placed on the cumulative mass of what is left. While P(taken) is at most half the total, P(not taken)
        // is total - P(taken) (no cancellation: relative error a few ulps) and the point is found on the prefix
        // sums of p; past that (a peaked p), both are summed directly over what is left.
        const bool fromPrefix = takenMass <= 0.5 * totalP_;
        const double remaining = fromPrefix ? totalP_ - takenMass
                                            : kernels::sumOf(available.data(), static_cast<std::size_t>(k));
        const double target = noise(k + 1, column) * remaining;
        const Eigen::Index winner = fromPrefix ? winnerFromPrefix(target, taken, available.data())
                                               : winnerBySum(available.data(), k, target);
        takenMass += available[static_cast<std::size_t>(winner)];
        available[static_cast<std::size_t>(winner)] = 0.0;
        taken[static_cast<std::size_t>(winner / 64)] |= std::uint64_t{1} << (winner % 64);
        out.order.push_back(static_cast<int>(winner));
        if (trace != nullptr) trace->push_back({column, static_cast<int>(winner), true});
    }
    out.draws = m;
    if (settings_.kind == OneHotKind::Hard) return;  // sample() writes the one-hots
    // The others are Gumbel(log p_i) truncated above at M. With clocks E = -log u (E_i for category i,
    // E_M for the maximum, M = -log E_M), z_i - M = -log(1 + y_i), y_i = E_i / (p_i E_M), so
    // C_i = (1 + y_i)^(-1/tau) / sum, C_z = 1 / sum: one logarithm, one log1p and one exp per cell.
    kernels::exponentialFromUniform(noise.data(), noise.data(), static_cast<std::size_t>((k + 2) * m));
    for (int column = 0; column < m; ++column) {
        const double* clocks = noise.col(column).data();
        kernels::clockRatios(clocks, boundedInverseP_.data(), 1.0 / clocks[k], out.v.col(column).data(),
                             static_cast<std::size_t>(k));
    }
    kernels::truncatedWeights(out.v.data(), static_cast<std::size_t>(k * m), 1.0 / tau_);
    const Eigen::VectorXd& logP = distribution_.finiteLogProbabilities();
    for (int column = 0; column < m; ++column) {
        double* c = out.v.col(column).data();
        for (int i : zeroP_) c[i] = 0.0;
        if (!tinyP_.empty()) {
            // y_i may not be finite here: log1p(y_i) = softplus(log y_i), log y_i from logarithms.
            std::vector<double> clocks(static_cast<std::size_t>(k) + 1);
            noise_.uniforms(Stream::MHot, index, static_cast<std::uint32_t>(column), 1, clocks.size(), clocks.data());
            const double logTop = std::log(-std::log(clocks[static_cast<std::size_t>(k)]));
            for (int i : tinyP_) {
                const double a = std::log(-std::log(clocks[static_cast<std::size_t>(i)])) - logP[i] - logTop;
                const double softplus = std::max(a, 0.0) + std::log1p(std::exp(-std::fabs(a)));
                c[i] = std::exp(std::max(-softplus / tau_, -800.0));
            }
        }
        c[out.order[static_cast<std::size_t>(column)]] = 1.0;
    }
    kernels::normaliseColumns(out.v.data(), static_cast<std::size_t>(k), static_cast<std::size_t>(m));  // sums >= 1
}

}  // namespace gumbel
