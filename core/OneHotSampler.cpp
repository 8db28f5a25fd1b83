#include "core/OneHotSampler.h"

#include <string>

#include "core/Limits.h"
#include "core/TemperedSoftmax.h"

namespace gumbel {

Result<OneHotSampler> OneHotSampler::create(const Distribution& distribution, double tau, std::uint64_t seed) {
    if (Status s = validateTemperature(tau); !s) return Error{s.error()};
    return OneHotSampler(distribution, tau, seed);
}

OneHotSampler::OneHotSampler(const Distribution& distribution, double tau, std::uint64_t seed)
    : distribution_(distribution), tau_(tau), noise_(seed) {}

void OneHotSampler::sample(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, Eigen::Index count,
                           Eigen::MatrixXd& c, OneHotKind kind, Eigen::MatrixXd* eps) const {
    const Eigen::Index k = distribution_.size();
    c.resize(k, count);
    noise_.gumbels(stream, sample, firstColumn, static_cast<std::size_t>(count), static_cast<std::size_t>(k), c.data());
    if (eps != nullptr) *eps = c;
    c.colwise() += distribution_.logProbabilities();  // z = log p + eps (-inf stays -inf)
    if (kind == OneHotKind::Hard) {
        hardOneHotColumns(c);
    } else {
        temperedSoftmaxColumns(c, tau_);
    }
}

Result<GumbelMatrix> sampleGumbelMatrix(const Distribution& distribution, double tau, long long d, std::uint64_t seed,
                                        OneHotKind kind) {
    if (d < 1 || d > limits::kMaxColumns) {
        return Error{"d = " + std::to_string(d) + " is out of range (allowed: 1 to " +
                     std::to_string(limits::kMaxColumns) + ")"};
    }
    const long long values = d * distribution.size();
    if (values > limits::kMaxMatrixValues) {
        return Error{"k x d = " + std::to_string(values) + " values is too large (limit " +
                     std::to_string(limits::kMaxMatrixValues) + ")"};
    }
    Result<OneHotSampler> sampler = OneHotSampler::create(distribution, tau, seed);
    if (!sampler) return Error{sampler.error()};
    GumbelMatrix g;
    sampler->sample(Stream::Matrix, 0, 0, d, g.c, kind, &g.eps);
    return g;
}

}  // namespace gumbel
