#pragma once
// Hot loops over flat arrays, each compiled for AVX-512, AVX2 and baseline x86-64 (core/VectorUnit.h picks one).
// NoiseKernels.cpp is the only file built with -ffast-math (so GCC can call glibc's vector log/exp), and
// ColumnKernels.cpp assumes finite numbers too: every function here takes and returns finite numbers only.
// Callers clamp first. n = 0 (or no rows, columns, cells) is allowed everywhere and does nothing.
#include <cstddef>
#include <cstdint>

#include "core/Philox.h"

namespace gumbel::kernels {

// Uniforms on (0,1) for a block of `columns` columns of `cells` cells
// (column-major, out[col * cells + cell]), or with `gumbel` their Gumbel
// noise -log(-log u). Cell c of column j comes from Philox counter
// {c / 2, firstColumn + j, word2, word3}, half c % 2. No columns or no cells: nothing is written.
void uniformBlock(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t columns, std::size_t cells, bool gumbel, double* out);

// Lane layout, for work across samples (one SIMD lane per column): columns in
// blocks of kLanes; cell c of column firstColumn + b * kLanes + l sits at
// out[(b * cells + c) * kLanes + l]. The values are those of uniformBlock,
// bit for bit; out holds blocks * cells * kLanes values (none for no blocks or no cells).
inline constexpr std::size_t kLanes = 8;
void uniformLanes(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t blocks, std::size_t cells, bool gumbel, double* out);

// eps = -log(-log u) for u in (0,1). In place allowed.
void gumbelFromUniform(const double* u, double* eps, std::size_t n);

// e = -log(u) for u in (0,1): Exponential(1) clocks. In place allowed.
void exponentialFromUniform(const double* u, double* e, std::size_t n);

// y = (1 + y)^(-1/tau) = exp(max(-log1p(y) / tau, -800)) for finite y >= 0: the relaxed weight of a
// Gumbel truncated below the maximum M, y = exp(M - g) (exactly 0 where the exponent is below -800). In place.
void truncatedWeights(double* y, std::size_t n, double invTau);

// y_i = e_i * inverseP_i * scale; the products must be finite.
void clockRatios(const double* e, const double* inverseP, double scale, double* y, std::size_t n);

// The first i < n with x[i] > target, n when there is none.
std::size_t firstAbove(const double* x, std::size_t n, double target);

// sum of x[0..n-1]: eight partial sums (i mod 8) over whole packets of 8, then the tail, in a fixed order (a
// short dependency chain). x finite.
double sumOf(const double* x, std::size_t n);

// Each column of the col-major rows x cols block x divided by its sum (sumOf's order); sums finite and > 0.
void normaliseColumns(double* x, std::size_t rows, std::size_t cols);

// x = exp(x) for finite x in [-800, 0]. In place.
void expNonPositive(double* x, std::size_t n);

// Column-wise C = softmax((x + offset) / tau) for a col-major rows x cols
// block x, in place; offset has `rows` values (log p for x = eps), or is null
// for none. Inputs must
// be finite (callers raise log p = -inf to kFiniteFloor); gaps below -800 tau
// become exactly 0 after exp. Column sums run in a fixed order, so a column's
// result never depends on its address.
void softmaxColumns(double* x, const double* offset, std::size_t rows, std::size_t cols, double tau);

// Gumbels truncated at `top`: g = -log(exp(-top) + exp(-g)), in place; g finite.
void truncateAt(double* g, std::size_t n, double top);

// Gaps of Gumbels truncated at `top` below their top: x = -softplus(top - x)
// = -log(1 + exp(top - x)), in place; x finite. The gap is computed directly
// (not as a difference of two rounded values), so it is negative whenever
// the exact gap is representable, even when x lies far above top.
void truncatedGaps(double* x, std::size_t n, double top);

// log p below this is treated as p = 0 by softmaxColumns (exp underflows to 0).
inline constexpr double kFiniteFloor = -1e300;

}  // namespace gumbel::kernels
