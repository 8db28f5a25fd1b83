#include "core/OneHotSampler.h"

#include <algorithm>
#include <string>

#include "core/Limits.h"
#include "core/NoiseKernels.h"
#include "core/TemperedSoftmax.h"

namespace gumbel {

Result<OneHotSampler> OneHotSampler::create(const Distribution& distribution, double tau, std::uint64_t seed,
                                            NoiseKind noise) {
    if (Status s = validateTemperature(tau); !s) return Error{s.error()};
    return OneHotSampler(distribution, tau, seed, noise);
}

OneHotSampler::OneHotSampler(const Distribution& distribution, double tau, std::uint64_t seed, NoiseKind noise)
    : distribution_(distribution),
      tau_(tau),
      noise_(seed),
      noiseKind_(noise) {}

void OneHotSampler::sample(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, Eigen::Index count,
                           Eigen::MatrixXd& c, OneHotKind kind, Eigen::MatrixXd* eps) const {
    const Eigen::Index k = distribution_.size();
    c.resize(k, count);
    if (eps != nullptr) eps->resize(k, count);
    sampleInto(stream, sample, firstColumn, count, c.data(), kind, eps != nullptr ? eps->data() : nullptr);
}

namespace {
// Tiles of about 32 KiB (whole SIMD column groups) stay in cache through all passes: noise, + log p, softmax.
Eigen::Index tileColumns(Eigen::Index k) { return std::max<Eigen::Index>(8, (4096 / k) / 8 * 8); }
}  // namespace

void OneHotSampler::sampleInto(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, Eigen::Index count,
                               double* c, OneHotKind kind, double* eps) const {
    const Eigen::Index k = distribution_.size();
    const Eigen::Index tile = tileColumns(k);
    for (Eigen::Index first = 0; first < count; first += tile) {
        const Eigen::Index n = std::min(tile, count - first);
        Eigen::Map<Eigen::MatrixXd> block(c + first * k, k, n);
        noise_.noise(noiseKind_, stream, sample, firstColumn + static_cast<std::uint32_t>(first),
                     static_cast<std::size_t>(n), static_cast<std::size_t>(k), block.data());
        if (eps != nullptr) Eigen::Map<Eigen::MatrixXd>(eps + first * k, k, n) = block;
        if (kind == OneHotKind::Hard) {
            block.colwise() += distribution_.logProbabilities();  // z = log p + eps
            hardOneHotColumns(block);
        } else {
            kernels::softmaxColumns(block.data(), distribution_.finiteLogProbabilities().data(), static_cast<std::size_t>(k),
                                    static_cast<std::size_t>(n), tau_);
        }
    }
}

void OneHotSampler::reshapeInto(const double* eps, Eigen::Index count, double* c, OneHotKind kind) const {
    const Eigen::Index k = distribution_.size();
    const Eigen::Index tile = tileColumns(k);
    for (Eigen::Index first = 0; first < count; first += tile) {
        const Eigen::Index n = std::min(tile, count - first);
        Eigen::Map<Eigen::MatrixXd> block(c + first * k, k, n);
        block = Eigen::Map<const Eigen::MatrixXd>(eps + first * k, k, n);
        if (kind == OneHotKind::Hard) {
            block.colwise() += distribution_.logProbabilities();
            hardOneHotColumns(block);
        } else {
            kernels::softmaxColumns(block.data(), distribution_.finiteLogProbabilities().data(), static_cast<std::size_t>(k),
                                    static_cast<std::size_t>(n), tau_);
        }
    }
}

Result<GumbelMatrix> sampleGumbelMatrix(const Distribution& distribution, double tau, long long d, std::uint64_t seed,
                                        OneHotKind kind, NoiseKind noise) {
    if (d < 1 || d > limits::kMaxColumns) {
        return Error{"d = " + std::to_string(d) + " is out of range (allowed: 1 to " +
                     std::to_string(limits::kMaxColumns) + ")"};
    }
    const long long values = d * distribution.size();
    if (values > limits::kMaxMatrixValues) {
        return Error{"k x d = " + std::to_string(values) + " values is too large (limit " +
                     std::to_string(limits::kMaxMatrixValues) + ")"};
    }
    Result<OneHotSampler> sampler = OneHotSampler::create(distribution, tau, seed, noise);
    if (!sampler) return Error{sampler.error()};
    GumbelMatrix g;
    sampler->sample(Stream::Matrix, 0, 0, d, g.c, kind, &g.eps);
    return g;
}

}  // namespace gumbel
