#include "core/SamplingStats.h"

#include <algorithm>
#include <cmath>

namespace gumbel {

namespace {
constexpr double kValueScale = 0x1.0p50;
constexpr double kEntropyScale = 0x1.0p44;

// Non-negative value -> nearest integer multiple of 1 / scale.
long long toFixed(double value, double scale) { return static_cast<long long>(value * scale + 0.5); }

template <class T>
void addInto(std::vector<T>& into, const std::vector<T>& from) {
    for (std::size_t i = 0; i < into.size(); ++i) into[i] += from[i];
}

Eigen::VectorXd meanOf(const std::vector<__int128>& sums, long long count) {
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(sums.size()));
    if (count == 0) return mean;
    for (std::size_t i = 0; i < sums.size(); ++i) {
        mean[static_cast<Eigen::Index>(i)] = static_cast<double>(sums[i]) / kValueScale / static_cast<double>(count);
    }
    return mean;
}
}  // namespace

SamplingStats::SamplingStats(int k, int bins, bool trackEntropy)
    : k_(k),
      bins_(bins),
      trackEntropy_(trackEntropy),
      argmaxCounts_(static_cast<std::size_t>(k), 0),
      sumC_(static_cast<std::size_t>(k), 0),
      cHistogram_(static_cast<std::size_t>(k) * static_cast<std::size_t>(bins), 0),
      maxHistogram_(static_cast<std::size_t>(bins), 0),
      inclusionCounts_(static_cast<std::size_t>(k), 0),
      sumS_(static_cast<std::size_t>(k), 0),
      sHistogram_(static_cast<std::size_t>(bins), 0),
      rejectedHistogram_(kDrawBins, 0) {}

int SamplingStats::bin(double x) const {
    const int b = static_cast<int>(x * bins_);
    return std::clamp(b, 0, bins_ - 1);
}

void SamplingStats::addOneHot(const double* c) {
    int winner = 0;
    const double scale = bins_;
    const int top = bins_ - 1;
    __int128* sums = sumC_.data();
    long long* row = cHistogram_.data();  // category i's histogram starts at i * bins
    for (int i = 0; i < k_; ++i, row += bins_) {
        const double v = c[i];
        winner = v > c[winner] ? i : winner;
        sums[i] += toFixed(v, kValueScale);
        ++row[std::clamp(static_cast<int>(v * scale), 0, top)];  // bin(v), inlined
    }
    ++argmaxCounts_[static_cast<std::size_t>(winner)];
    ++maxHistogram_[static_cast<std::size_t>(bin(c[winner]))];
    sumMax_ += toFixed(c[winner], kValueScale);
    if (c[winner] > 0.99) ++nearOneHot_;
    if (trackEntropy_) {
        double entropy = 0.0;
        for (int i = 0; i < k_; ++i) {
            if (c[i] > 0.0) entropy -= c[i] * std::log(c[i]);
        }
        sumEntropy_ += toFixed(std::max(0.0, entropy), kEntropyScale);
    }
    ++oneHotSamples_;
}

void SamplingStats::addAccepted(const int* order, int m, long long draws) {
    for (int j = 0; j < m; ++j) ++inclusionCounts_[static_cast<std::size_t>(order[j])];
    totalDraws_ += draws;
    largestDraws_ = std::max(largestDraws_, draws);
    ++rejectedHistogram_[static_cast<std::size_t>(std::min<long long>(draws - m, kDrawBins - 1))];
    ++mHotSamples_;
}

void SamplingStats::addMHot(const MHotSample& sample) {
    addAccepted(sample.order.data(), static_cast<int>(sample.order.size()), sample.draws);
    for (int i = 0; i < k_; ++i) {
        const double v = sample.s[i];
        sumS_[static_cast<std::size_t>(i)] += toFixed(v, kValueScale);
        ++sHistogram_[static_cast<std::size_t>(bin(v))];
    }
    ++sSamples_;
}

void SamplingStats::merge(const SamplingStats& other) {
    oneHotSamples_ += other.oneHotSamples_;
    mHotSamples_ += other.mHotSamples_;
    sSamples_ += other.sSamples_;
    addInto(argmaxCounts_, other.argmaxCounts_);
    addInto(sumC_, other.sumC_);
    sumEntropy_ += other.sumEntropy_;
    sumMax_ += other.sumMax_;
    nearOneHot_ += other.nearOneHot_;
    addInto(cHistogram_, other.cHistogram_);
    addInto(maxHistogram_, other.maxHistogram_);
    addInto(inclusionCounts_, other.inclusionCounts_);
    addInto(sumS_, other.sumS_);
    addInto(sHistogram_, other.sHistogram_);
    totalDraws_ += other.totalDraws_;
    largestDraws_ = std::max(largestDraws_, other.largestDraws_);
    addInto(rejectedHistogram_, other.rejectedHistogram_);
}

Eigen::VectorXd SamplingStats::meanC() const { return meanOf(sumC_, oneHotSamples_); }
Eigen::VectorXd SamplingStats::meanS() const { return meanOf(sumS_, sSamples_); }

double SamplingStats::meanMax() const {
    if (oneHotSamples_ == 0) return 0.0;
    return static_cast<double>(sumMax_) / kValueScale / static_cast<double>(oneHotSamples_);
}

double SamplingStats::meanEntropy() const {
    if (oneHotSamples_ == 0) return 0.0;
    return static_cast<double>(sumEntropy_) / kEntropyScale / static_cast<double>(oneHotSamples_);
}

}  // namespace gumbel
