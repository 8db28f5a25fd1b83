#pragma once
// The exact m-hot sampler's two transcendental passes (and its winner search) written out on AVX-512 registers: log, log1p and exp
// as short polynomials (no table look-up beyond one register, no special-case branches, since the inputs are
// known to be in range), inlined into the loops. glibc's vector functions handle every input and are called
// per packet; for the m-hot weights of a small k they were two thirds of the sample's cost.
// Internal to core/NoiseKernels.cpp, which calls these only when the CPU has AVX-512F
// (they exist where GUMBEL_X86_VECTOR_PATHS, core/VectorUnit.h, says the x86 vector paths are built).
#include <cstddef>

#include "core/VectorUnit.h"

#ifdef GUMBEL_X86_VECTOR_PATHS

namespace gumbel::kernels::avx512 {

// e = -log(u) for u in (0, 1); within 3 ulps. In place allowed.
void exponentialFromUniform(const double* u, double* e, std::size_t n);

// y = (1 + y)^(-invTau) for finite y >= 0, 0 where that is below 2^-1022 (as kernels::truncatedWeights);
// relative error within a few ulps times (1 + the exponent's size). In place.
void truncatedWeights(double* y, std::size_t n, double invTau);

// The first i < n with x[i] > target, n when there is none (kernels::firstAbove).
std::size_t firstAbove(const double* x, std::size_t n, double target);

}  // namespace gumbel::kernels::avx512

#endif
