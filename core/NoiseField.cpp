#include "core/NoiseField.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/NoiseKernels.h"

namespace gumbel {

namespace {
std::uint32_t word2(std::uint64_t sample) { return static_cast<std::uint32_t>(sample); }
std::uint32_t word3(Stream stream, std::uint64_t sample) {
    return static_cast<std::uint32_t>((sample >> 32) & 0xFFFFFFu) | (static_cast<std::uint32_t>(stream) << 24);
}
}  // namespace

NoiseField::NoiseField(std::uint64_t seed)
    : key_{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)}, seed_(seed) {}

double NoiseField::uniform(Stream stream, std::uint64_t sample, std::uint32_t column, std::uint32_t cell) const {
    const PhiloxCounter out = philox4x32_10({cell / 2, column, word2(sample), word3(stream, sample)}, key_);
    return cell % 2 == 0 ? openUniform(out[0], out[1]) : openUniform(out[2], out[3]);
}

void NoiseField::uniforms(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, std::size_t columns,
                          std::size_t cells, double* out) const {
    kernels::uniformBlock(key_, word2(sample), word3(stream, sample), firstColumn, columns, cells, false, out);
}

void NoiseField::gumbels(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, std::size_t columns,
                         std::size_t cells, double* out) const {
    kernels::uniformBlock(key_, word2(sample), word3(stream, sample), firstColumn, columns, cells, true, out);
}

void NoiseField::gumbelLanes(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, std::size_t blocks,
                             std::size_t cells, double* out) const {
    kernels::uniformLanes(key_, word2(sample), word3(stream, sample), firstColumn, blocks, cells, true, out);
}

void NoiseField::noise(NoiseKind kind, Stream stream, std::uint64_t sample, std::uint32_t firstColumn,
                       std::size_t columns, std::size_t cells, double* out) const {
    const std::size_t n = columns * cells;
    switch (kind) {
        case NoiseKind::Gumbel: gumbels(stream, sample, firstColumn, columns, cells, out); return;
        case NoiseKind::None: std::fill(out, out + n, 0.0); return;
        case NoiseKind::Gaussian:
            uniforms(stream, sample, firstColumn, columns, cells, out);
            for (std::size_t i = 0; i < n; ++i) out[i] = gaussianFromUniform(out[i]);
            return;
        case NoiseKind::Uniform:
            uniforms(stream, sample, firstColumn, columns, cells, out);
            for (std::size_t i = 0; i < n; ++i) out[i] = uniformNoiseFromUniform(out[i]);
            return;
    }
}

double NoiseField::gumbelFromUniform(double u) { return -std::log(-std::log(u)); }

double NoiseField::normalQuantile(double u) {
    // Acklam's rational approximation (relative error 1.15e-9), then one Halley step on erfc.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01,  -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (u < low) {
        const double q = std::sqrt(-2.0 * std::log(u));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (u <= 1.0 - low) {
        const double q = u - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-u));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // Halley: e = Phi(x) - u, with Phi from erfc (accurate in both tails).
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - u;
    const double step = e * std::sqrt(2.0 * M_PI) * std::exp(0.5 * x * x);
    return x - step / (1.0 + 0.5 * x * step);
}

double NoiseField::gaussianFromUniform(double u) { return M_PI / std::sqrt(6.0) * normalQuantile(u); }

double NoiseField::uniformNoiseFromUniform(double u) { return (u - 0.5) * M_PI * std::sqrt(2.0); }

const char* noiseKindName(NoiseKind kind) {
    switch (kind) {
        case NoiseKind::Gumbel: return "gumbel";
        case NoiseKind::Gaussian: return "gaussian";
        case NoiseKind::Uniform: return "uniform";
        case NoiseKind::None: return "none";
    }
    return "gumbel";
}

bool parseNoiseKind(const char* text, NoiseKind& kind) {
    for (NoiseKind k : {NoiseKind::Gumbel, NoiseKind::Gaussian, NoiseKind::Uniform, NoiseKind::None}) {
        if (std::strcmp(text, noiseKindName(k)) == 0) {
            kind = k;
            return true;
        }
    }
    return false;
}

}  // namespace gumbel
