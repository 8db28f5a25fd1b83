#include "core/NoiseField.h"

#include <cmath>

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

double NoiseField::gumbelFromUniform(double u) { return -std::log(-std::log(u)); }

}  // namespace gumbel
