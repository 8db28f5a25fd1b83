#pragma once
// Hot loops over flat arrays. NoiseKernels.cpp is the only file built with
// -ffast-math (so GCC can call glibc's vector log/exp); every function here
// therefore takes and returns finite numbers only. Callers clamp first.
#include <cstddef>
#include <cstdint>

#include "core/Philox.h"

namespace gumbel::kernels {

// Uniforms on (0,1) for a block of `columns` columns of `cells` cells
// (column-major, out[col * cells + cell]). Cell c of column j comes from
// Philox counter {c / 2, firstColumn + j, word2, word3}, half c % 2.
void uniformBlock(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t columns, std::size_t cells, double* out);

// eps = -log(-log u) for u in (0,1). In place allowed.
void gumbelFromUniform(const double* u, double* eps, std::size_t n);

// x = exp(x) for finite x in [-800, 0]. In place.
void expNonPositive(double* x, std::size_t n);

}  // namespace gumbel::kernels
