#include "core/GradientStats.h"

#include "core/ChunkedRun.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <mutex>
#include <string>
#include <thread>

#include "core/Limits.h"
#include "core/NumberParsing.h"

namespace gumbel {

// ---- GradientMoments ----

GradientMoments::GradientMoments(int k) : mean_(Eigen::VectorXd::Zero(k)), m2_(Eigen::VectorXd::Zero(k)) {}

void GradientMoments::add(const double* g) {
    ++count_;
    const double invCount = 1.0 / static_cast<double>(count_);
    double* mean = mean_.data();
    double* m2 = m2_.data();
    for (Eigen::Index j = 0; j < mean_.size(); ++j) {
        const double delta = g[j] - mean[j];
        mean[j] += delta * invCount;
        m2[j] += delta * (g[j] - mean[j]);
    }
}

void GradientMoments::append(const GradientMoments& next) {
    if (next.count_ == 0) return;
    if (count_ == 0) {
        *this = next;
        return;
    }
    const double a = static_cast<double>(count_);
    const double b = static_cast<double>(next.count_);
    const double n = a + b;
    for (Eigen::Index j = 0; j < mean_.size(); ++j) {
        const double delta = next.mean_[j] - mean_[j];
        mean_[j] += delta * (b / n);
        m2_[j] += next.m2_[j] + delta * delta * (a * b / n);
    }
    count_ += next.count_;
}

void GradientMoments::clear() {
    count_ = 0;
    mean_.setZero();
    m2_.setZero();
}

// ---- GradientStats ----

GradientStats::GradientStats(const Eigen::Ref<const Eigen::VectorXd>& exact, const HistogramRange& range)
    : exact_(exact),
      moments_(static_cast<int>(exact.size())),
      range_(range),
      histograms_(static_cast<std::size_t>(exact.size()) * static_cast<std::size_t>(range.bins + 2), 0) {}

void GradientStats::add(const double* g) {
    moments_.add(g);
    addToHistograms(g);
}

void GradientStats::appendMoments(const GradientMoments& next) { moments_.append(next); }

void GradientStats::appendChunk(const GradientMoments& next, std::uint64_t chunk) {
    moments_.append(next);
    if (batches_.empty()) batches_.assign(kBatches, GradientMoments(size()));
    batches_[static_cast<std::size_t>(chunk % kBatches)].append(next);
}

void GradientStats::addToHistograms(const double* g) {
    const std::size_t row = static_cast<std::size_t>(range_.bins) + 2;
    const double scale = range_.bins / (range_.high - range_.low);
    for (Eigen::Index j = 0; j < exact_.size(); ++j) {
        const double x = (g[j] - range_.low) * scale;
        std::size_t at = 0;  // below low (and NaN, which never occurs)
        if (x >= range_.bins) at = row - 1;
        else if (x >= 0.0) at = 1 + static_cast<std::size_t>(x);
        ++histograms_[static_cast<std::size_t>(j) * row + at];
    }
}

void GradientStats::mergeHistograms(const GradientStats& other) {
    for (std::size_t i = 0; i < histograms_.size(); ++i) histograms_[i] += other.histograms_[i];
}

Eigen::VectorXd GradientStats::variance() const {
    if (count() < 2) return Eigen::VectorXd::Zero(size());
    return moments_.squaredDeviations() / static_cast<double>(count() - 1);
}

Eigen::VectorXd GradientStats::standardErrors() const {
    if (count() < 2) return Eigen::VectorXd::Zero(size());
    return (variance() / static_cast<double>(count())).cwiseSqrt();
}

double GradientStats::varianceTrace() const { return variance().sum(); }

double GradientStats::biasSquared() const {
    if (count() == 0) return 0.0;
    return (mean() - exact_).squaredNorm();
}

double GradientStats::meanSquaredError() const {
    if (count() == 0) return 0.0;
    return biasSquared() + moments_.squaredDeviations().sum() / static_cast<double>(count());
}

namespace {
// ||mean - exact||^2 - sum_i (m2_i / (n - 1)) / n for n samples with the given mean and squared deviations.
double unbiasedBiasSquared(const Eigen::VectorXd& mean, const Eigen::VectorXd& m2, double n,
                           const Eigen::VectorXd& exact) {
    if (n < 2.0) return 0.0;
    return (mean - exact).squaredNorm() - m2.sum() / ((n - 1.0) * n);
}
}  // namespace

double GradientStats::biasSquaredEstimate() const {
    return unbiasedBiasSquared(mean(), moments_.squaredDeviations(), static_cast<double>(count()), exact_);
}

double GradientStats::biasSquaredStandardError() const {
    // The estimate is a quadratic form in the mean, so its variance has two terms (delta method to second order,
    // exact for Gaussian means):
    //   Var = 4 b' S b / n + 2 tr(S^2) / n^2,      b the bias, S the covariance of one estimate.
    // The first vanishes for an unbiased estimator, whose band must still have the width of its noise: the second.
    // S comes from the batch means (batch a: n_a samples, mean m_a; D_a = m_a - mean):
    //   S_hat = sum_a n_a D_a D_a' / (B - 1),  tr(S^2) from tr(S_hat^2) and tr(S_hat)^2 without their bias
    //   (B - 1 degrees of freedom, Wishart moments), and never below sum_i var_i^2 (its diagonal part, from every
    //   sample); b' S b from sum_a n_a (D_a . b_hat)^2 / (B - 1), less its expected excess tr(S^2) / n.
    const double n = static_cast<double>(count());
    std::vector<const GradientMoments*> used;
    for (const GradientMoments& batch : batches_) {
        if (batch.count() > 0) used.push_back(&batch);
    }
    if (used.size() < 3 || n < 2.0) return std::numeric_limits<double>::infinity();
    const double dof = static_cast<double>(used.size()) - 1.0;
    const Eigen::VectorXd bias = mean() - exact_;
    std::vector<Eigen::VectorXd> deviations;
    std::vector<double> weights;
    double traceS = 0.0, biasForm = 0.0;
    for (const GradientMoments* batch : used) {
        deviations.push_back(batch->mean() - mean());
        weights.push_back(static_cast<double>(batch->count()));
        traceS += weights.back() * deviations.back().squaredNorm() / dof;
        const double along = deviations.back().dot(bias);
        biasForm += weights.back() * along * along / dof;
    }
    double traceS2 = 0.0;
    for (std::size_t a = 0; a < deviations.size(); ++a) {
        for (std::size_t b = 0; b < deviations.size(); ++b) {
            const double dot = deviations[a].dot(deviations[b]);
            traceS2 += weights[a] * weights[b] * dot * dot / (dof * dof);
        }
    }
    const double unbiased = dof > 1.0 ? dof * dof / ((dof - 1.0) * (dof + 2.0)) * (traceS2 - traceS * traceS / dof) : 0.0;
    const double diagonal = variance().cwiseAbs2().sum();
    const double squareTrace = std::max(unbiased, diagonal);
    const double linear = std::max(0.0, biasForm - squareTrace / n);
    return std::sqrt(4.0 * linear / n + 2.0 * squareTrace / (n * n));
}

const long long* GradientStats::histogram(int component) const {
    return histograms_.data() + static_cast<std::size_t>(component) * (static_cast<std::size_t>(range_.bins) + 2);
}

// ---- GradientSampler ----

namespace {

Status checkHistogram(const HistogramRange& range, long long k) {
    if (range.bins < 1 || range.bins > limits::kMaxBins) {
        return Error{"bins = " + std::to_string(range.bins) + " is out of range (allowed: 1 to " +
                     std::to_string(limits::kMaxBins) + ")"};
    }
    if (static_cast<long long>(range.bins) * k > limits::kMaxHistogramCells) {
        return Error{"k x bins = " + std::to_string(static_cast<long long>(range.bins) * k) +
                     " histogram cells is too many (limit " + std::to_string(limits::kMaxHistogramCells) + ")"};
    }
    if (!std::isfinite(range.low) || !std::isfinite(range.high) || !(range.low < range.high) ||
        !std::isfinite(range.high - range.low)) {
        return Error{"histogram range [" + formatDouble(range.low) + ", " + formatDouble(range.high) +
                     ") must be finite with low < high"};
    }
    return {};
}

// Per-thread state that lives for the whole run.
struct Worker {
    GradientScratch scratch;
    std::array<Eigen::MatrixXd, kEstimatorCount> block;
    GradientStatsSet histograms;
};

}  // namespace

Result<GradientSampler> GradientSampler::create(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                const Objective& objective, const GradientJob& job) {
    if (job.estimators.empty()) return Error{"no estimator chosen"};
    if (Status s = checkHistogram(job.histogram, theta.size()); !s) return Error{s.error()};
    Result<GradientEstimators> estimators = GradientEstimators::create(theta, objective, job.settings);
    if (!estimators) return Error{estimators.error()};
    return GradientSampler(std::move(estimators).value(), job);
}

GradientSampler::GradientSampler(GradientEstimators estimators, const GradientJob& job)
    : estimators_(std::move(estimators)),
      job_(job),
      // About 8k cells per chunk: small enough to cancel promptly, large enough for the SIMD noise.
      chunk_(static_cast<std::uint64_t>(std::clamp<long long>(8192 / estimators_.size(), 1, 256))) {}

GradientStatsSet GradientSampler::emptyStats() const {
    GradientStatsSet stats;
    for (Estimator e : allEstimators()) {
        if (job_.estimators.contains(e)) {
            stats[static_cast<std::size_t>(e)] = GradientStats(estimators_.exact().gradient, job_.histogram);
        }
    }
    return stats;
}

Status GradientSampler::run(std::uint64_t first, std::uint64_t count, int threads, GradientStatsSet& stats,
                            const std::atomic<bool>* cancel,
                            const std::function<void(std::uint64_t)>& progress) const {
    if (count > static_cast<std::uint64_t>(limits::kMaxSamples) || first > (std::uint64_t{1} << 32) ||
        first + count > (std::uint64_t{1} << 32)) {
        return Error{"samples " + std::to_string(first) + " + " + std::to_string(count) +
                     " are out of range (at most 1e8 per run, indices below 2^32)"};
    }
    for (Estimator e : allEstimators()) {
        if (job_.estimators.contains(e) && stats[static_cast<std::size_t>(e)].size() != estimators_.size()) {
            return Error{"the statistics were not made by this sampler (use emptyStats())"};
        }
    }
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, limits::kMaxThreads);

    const int k = estimators_.size();
    // Chunks at absolute multiples of chunk_; chunk c covers [c chunk_, (c + 1) chunk_) within the range.
    const std::uint64_t firstChunk = first / chunk_;
    const std::uint64_t endChunk = count == 0 ? firstChunk : (first + count + chunk_ - 1) / chunk_;
    const std::uint64_t chunks = endChunk - firstChunk;
    // A wave of chunks runs in parallel, then its moments are appended in order. The wave's
    // length does not change the result (the appends are one left fold over chunks).
    const std::uint64_t slotBytes = static_cast<std::uint64_t>(kEstimatorCount) * 2 * static_cast<std::uint64_t>(k) * 8 + 256;
    const std::uint64_t wave = std::max<std::uint64_t>(static_cast<std::uint64_t>(threads),
                                                       std::min<std::uint64_t>(256, (std::uint64_t{32} << 20) / slotBytes));
    const auto workers = static_cast<std::size_t>(std::max<std::uint64_t>(1, std::min<std::uint64_t>(threads, chunks)));

    std::vector<std::array<GradientMoments, kEstimatorCount>> slots(static_cast<std::size_t>(std::min(wave, std::max<std::uint64_t>(chunks, 1))));
    for (auto& slot : slots) {
        for (Estimator e : allEstimators()) {
            if (job_.estimators.contains(e)) slot[static_cast<std::size_t>(e)] = GradientMoments(k);
        }
    }
    std::vector<Worker> state(workers);
    for (Worker& w : state) w.histograms = emptyStats();
    GradientStatsSet totals = stats;  // committed only on success

    ChunkedRun chunked(cancel, progress);
    for (std::uint64_t waveStart = 0; waveStart < chunks; waveStart += wave) {
        const std::uint64_t waveChunks = std::min(wave, chunks - waveStart);
        const Status status = chunked.run(waveChunks, workers, [&](std::size_t worker, std::uint64_t slot) -> Result<std::uint64_t> {
            Worker& w = state[worker];
            const std::uint64_t c = firstChunk + waveStart + slot;
            const std::uint64_t begin = std::max(first, c * chunk_);
            const std::uint64_t end = std::min(first + count, (c + 1) * chunk_);
            const auto n = static_cast<Eigen::Index>(end - begin);
            estimators_.estimateBlock(begin, n, job_.estimators, w.scratch, w.block);
            for (Estimator e : allEstimators()) {
                if (!job_.estimators.contains(e)) continue;
                const auto ei = static_cast<std::size_t>(e);
                GradientMoments& moments = slots[static_cast<std::size_t>(slot)][ei];
                moments.clear();
                for (Eigen::Index s = 0; s < n; ++s) {
                    const double* g = w.block[ei].col(s).data();
                    moments.add(g);
                    w.histograms[ei].addToHistograms(g);
                }
            }
            return end - begin;
        });
        if (!status) return status;
        for (std::uint64_t slot = 0; slot < waveChunks; ++slot) {
            for (Estimator e : allEstimators()) {
                const auto ei = static_cast<std::size_t>(e);
                if (job_.estimators.contains(e)) totals[ei].appendChunk(slots[static_cast<std::size_t>(slot)][ei], firstChunk + waveStart + slot);
            }
        }
    }
    for (Estimator e : allEstimators()) {
        const auto ei = static_cast<std::size_t>(e);
        if (!job_.estimators.contains(e)) continue;
        for (const Worker& w : state) totals[ei].mergeHistograms(w.histograms[ei]);
    }
    stats = std::move(totals);
    chunked.reportDone();
    return {};
}

}  // namespace gumbel
