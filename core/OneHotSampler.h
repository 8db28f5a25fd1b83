#pragma once
// Relaxed one-hot samples C = softmax((log p + eps) / tau), many columns at a
// time, with eps read from a NoiseField so each column is reproducible alone.
#include <Eigen/Core>
#include <cstdint>

#include "core/Distribution.h"
#include "core/NoiseField.h"
#include "core/Result.h"

namespace gumbel {

enum class OneHotKind { Relaxed, Hard };

class OneHotSampler {
public:
    // tau is checked: Result carries the reason when it is not finite and > 0.
    // `noise` other than Gumbel is for teaching why it must be Gumbel (see NoiseKind).
    static Result<OneHotSampler> create(const Distribution& distribution, double tau, std::uint64_t seed,
                                        NoiseKind noise = NoiseKind::Gumbel);

    // Columns [firstColumn, firstColumn + count) of (stream, sample) into c (k x count).
    // eps, when given, receives the noise of the same cells.
    void sample(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, Eigen::Index count,
                Eigen::MatrixXd& c, OneHotKind kind = OneHotKind::Relaxed, Eigen::MatrixXd* eps = nullptr) const;

    // The same into caller-owned storage: c (and eps, when not null) hold k x count values, column-major,
    // contiguous; no allocation. Lets several threads fill disjoint column ranges of one matrix.
    void sampleInto(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, Eigen::Index count, double* c,
                    OneHotKind kind = OneHotKind::Relaxed, double* eps = nullptr) const;
    // C from noise already drawn (k x count, column-major): what sampleInto gives for the same noise, without
    // drawing it again. A change of tau or p reshapes the same sample at the cost of the softmax alone.
    void reshapeInto(const double* eps, Eigen::Index count, double* c, OneHotKind kind = OneHotKind::Relaxed) const;

    const Distribution& distribution() const { return distribution_; }
    double tau() const { return tau_; }
    const NoiseField& noise() const { return noise_; }
    NoiseKind noiseKind() const { return noiseKind_; }

private:
    OneHotSampler(const Distribution& distribution, double tau, std::uint64_t seed, NoiseKind noise);

    Distribution distribution_;
    double tau_;
    NoiseField noise_;
    NoiseKind noiseKind_;
};

// G: d relaxed (or hard) one-hot columns, with the noise of every cell.
struct GumbelMatrix {
    Eigen::MatrixXd eps;  // k x d
    Eigen::MatrixXd c;    // k x d
};

Result<GumbelMatrix> sampleGumbelMatrix(const Distribution& distribution, double tau, long long d, std::uint64_t seed,
                                        OneHotKind kind = OneHotKind::Relaxed, NoiseKind noise = NoiseKind::Gumbel);

}  // namespace gumbel
