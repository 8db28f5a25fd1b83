#pragma once
// Streaming accumulators for repeated sampling: memory depends on k, m and
// the bin count, never on N. Sums are kept in fixed point (integers), so the
// totals are identical whatever order samples and threads arrive in.
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/MHotSampler.h"

namespace gumbel {

class SamplingStats {
public:
    // Draw counts of the rejection rule are binned as rejected = 0 .. kDrawBins-2, and ">= kDrawBins-1".
    static constexpr int kDrawBins = 64;

    SamplingStats() = default;
    // trackEntropy: also accumulate the entropy of C (k logarithms per sample).
    SamplingStats(int k, int bins, bool trackEntropy = false);

    void addOneHot(const double* c);        // one relaxed one-hot column, k values
    void addMHot(const MHotSample& sample);  // accepted set, draws and S
    // One m-hot sample without its values: the accepted categories and the columns drawn (no S).
    void addAccepted(const int* order, int m, long long draws);
    void merge(const SamplingStats& other);

    int categories() const { return k_; }
    int bins() const { return bins_; }
    long long oneHotSamples() const { return oneHotSamples_; }
    long long mHotSamples() const { return mHotSamples_; }
    long long sSamples() const { return sSamples_; }  // m-hot samples whose S was accumulated (addMHot)

    // One-hot side.
    const std::vector<long long>& argmaxCounts() const { return argmaxCounts_; }
    Eigen::VectorXd meanC() const;
    double meanEntropy() const;  // mean of -sum C_i log C_i (0 unless tracked)
    bool tracksEntropy() const { return trackEntropy_; }
    long long nearOneHotCount() const { return nearOneHot_; }  // samples with max_i C_i > 0.99
    const long long* cHistogram(int category) const { return cHistogram_.data() + static_cast<std::size_t>(category) * bins_; }
    const std::vector<long long>& maxHistogram() const { return maxHistogram_; }
    double meanMax() const;  // mean of max_i C_i

    // m-hot side.
    const std::vector<long long>& inclusionCounts() const { return inclusionCounts_; }
    Eigen::VectorXd meanS() const;  // over sSamples()
    const std::vector<long long>& sHistogram() const { return sHistogram_; }  // all k values of every S kept
    long long totalDraws() const { return totalDraws_; }
    long long largestDraws() const { return largestDraws_; }
    const std::vector<long long>& rejectedHistogram() const { return rejectedHistogram_; }

private:
    int bin(double x) const;

    int k_ = 0;
    int bins_ = 0;
    bool trackEntropy_ = false;
    long long oneHotSamples_ = 0;
    long long mHotSamples_ = 0;
    long long sSamples_ = 0;
    std::vector<long long> argmaxCounts_;
    std::vector<__int128> sumC_;       // C * 2^50
    __int128 sumEntropy_ = 0;          // H * 2^44
    __int128 sumMax_ = 0;              // max_i C_i * 2^50
    long long nearOneHot_ = 0;
    std::vector<long long> cHistogram_;  // k rows of bins
    std::vector<long long> maxHistogram_;
    std::vector<long long> inclusionCounts_;
    std::vector<__int128> sumS_;
    std::vector<long long> sHistogram_;
    long long totalDraws_ = 0;
    long long largestDraws_ = 0;
    std::vector<long long> rejectedHistogram_;
};

}  // namespace gumbel
