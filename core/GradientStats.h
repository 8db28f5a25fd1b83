#pragma once
// Streaming statistics of gradient estimates, and the runner that draws them
// on all cores.
//
// Determinism: moments are floating-point sums, whose rounding depends on the
// order of additions. The runner cuts the sample range into chunks at fixed
// absolute sample indices (multiples of chunkSize(), which depends on k only),
// accumulates each chunk in sample order, and appends the chunks to the totals
// strictly in chunk order. So the same seed gives the same numbers, bit for
// bit, on any thread count; and running [0, N) in pieces cut at multiples of
// chunkSize() gives the same numbers as one run. Histograms are integer
// counts (order-free).
#include <Eigen/Core>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/GradientEstimators.h"
#include "core/Result.h"

namespace gumbel {

// Count, mean and sum of squared deviations of k-vectors, per component:
// Welford's update per sample, Chan et al.'s formula to append another run.
class GradientMoments {
public:
    GradientMoments() = default;
    explicit GradientMoments(int k);

    void add(const double* g);                   // one k-vector
    void append(const GradientMoments& next);    // the samples of `next` after this one's
    void clear();

    int size() const { return static_cast<int>(mean_.size()); }
    long long count() const { return count_; }
    const Eigen::VectorXd& mean() const { return mean_; }
    const Eigen::VectorXd& squaredDeviations() const { return m2_; }

private:
    long long count_ = 0;
    Eigen::VectorXd mean_;
    Eigen::VectorXd m2_;
};

// Equal-width bins on [low, high) for every component, plus an underflow and
// an overflow count.
struct HistogramRange {
    double low = -1.0;
    double high = 1.0;
    int bins = 50;
};

// One estimator's statistics against the exact gradient.
class GradientStats {
public:
    GradientStats() = default;
    GradientStats(const Eigen::Ref<const Eigen::VectorXd>& exact, const HistogramRange& range);

    void add(const double* g);                          // moments and histograms
    void appendMoments(const GradientMoments& next);    // moments only, in sample order
    // Moments of the runner's chunk number `chunk` (absolute), in sample order: appended to the totals and to
    // batch chunk % kBatches, which the standard error of the bias^2 estimate is taken from.
    void appendChunk(const GradientMoments& next, std::uint64_t chunk);
    void addToHistograms(const double* g);              // histograms only
    void mergeHistograms(const GradientStats& other);

    int size() const { return static_cast<int>(exact_.size()); }
    long long count() const { return moments_.count(); }
    const Eigen::VectorXd& exact() const { return exact_; }
    const GradientMoments& moments() const { return moments_; }

    const Eigen::VectorXd& mean() const { return moments_.mean(); }
    Eigen::VectorXd variance() const;          // per component, unbiased (n - 1); zeros below 2 samples
    Eigen::VectorXd standardErrors() const;    // sqrt(variance / n)
    double varianceTrace() const;              // trace of the covariance = sum of the variances
    double biasSquared() const;                // ||mean - exact||^2: its expectation is bias^2 + trace / n
    double meanSquaredError() const;           // mean of ||g - exact||^2 = bias^2 + sum m2 / n

    // The unbiased estimate of the squared bias ||E g - g*||^2 (docs/gradients.md section 4):
    //   ||mean - exact||^2 - trace(sample covariance) / n.
    // It is negative about half the time when the bias is zero. 0 below 2 samples.
    double biasSquaredEstimate() const;
    // Its standard error, from the delta method to second order with the covariance taken from the means of the
    // kBatches batches of chunks (chunk c in batch c % kBatches; appendChunk). Infinity while fewer than 3 batches
    // hold samples (statistics filled by add or appendMoments have none).
    double biasSquaredStandardError() const;
    static constexpr int kBatches = 20;

    const HistogramRange& histogramRange() const { return range_; }
    // bins + 2 counts for `component`: [0] below low, [1..bins] the bins, [bins + 1] at or above high.
    const long long* histogram(int component) const;

private:
    Eigen::VectorXd exact_;
    GradientMoments moments_;
    std::vector<GradientMoments> batches_;  // kBatches, filled by appendChunk
    HistogramRange range_;
    std::vector<long long> histograms_;  // k rows of bins + 2
};

using GradientStatsSet = std::array<GradientStats, kEstimatorCount>;

struct GradientJob {
    GradientSettings settings;
    EstimatorSet estimators = EstimatorSet::all();
    HistogramRange histogram;
};

class GradientSampler {
public:
    // theta: logits (finite or -inf); the objective's size must match.
    [[nodiscard]] static Result<GradientSampler> create(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                        const Objective& objective, const GradientJob& job);

    // Empty statistics for every estimator (those not in the job stay empty).
    GradientStatsSet emptyStats() const;

    // Adds samples [first, first + count) of every estimator in the job to `stats`,
    // on `threads` threads (0 = all cores). first + count <= 2^32, count <= 1e8.
    // Checks `cancel` between chunks; calls progress(samplesDone) from the calling
    // thread about every 20 ms. On error or cancel, `stats` is left unchanged.
    [[nodiscard]] Status run(std::uint64_t first, std::uint64_t count, int threads, GradientStatsSet& stats,
                             const std::atomic<bool>* cancel = nullptr,
                             const std::function<void(std::uint64_t)>& progress = {}) const;

    const GradientEstimators& estimators() const { return estimators_; }
    const GradientJob& job() const { return job_; }
    std::uint64_t chunkSize() const { return chunk_; }

private:
    GradientSampler(GradientEstimators estimators, const GradientJob& job);

    GradientEstimators estimators_;
    GradientJob job_;
    std::uint64_t chunk_;
};

}  // namespace gumbel
