#pragma once
// The per-sample work of the relaxed and straight-through estimators done
// across kLanes samples at once, one SIMD lane per sample, on Gumbels in lane
// layout (NoiseField::gumbelLanes): a block is k x kLanes values, cell i of
// lane l at block[i * kLanes + l]. Each lane does the same arithmetic in the
// same order as one sample on its own would, so results do not depend on the
// layout (tests compare them with the one-column formulas).
#include <cstddef>

#include "core/NoiseKernels.h"

namespace gumbel::lanes {

inline constexpr std::size_t kLanes = kernels::kLanes;

// x (k x kLanes, eps in, C out) = softmax((logP + eps) / tau) per lane, in
// log space: gaps to the lane's maximum floored at -800 tau, exp, then
// divided by their sum (>= 1: the maximum's term is 1). winners[l] =
// argmax_i (logP_i + eps_il), the first on ties.
void softmaxBlocks(double* x, std::size_t blocks, const double* logP, std::size_t k, double tau,
                   std::ptrdiff_t* winners);

// Column l of out (out + l * k, for the first `count` lanes) = J(C_l) grad f(C_l) with
// grad f(x)_i = twiceWeights_i x_i + base_i: the relaxed estimate.
void relaxedBlock(const double* c, const std::ptrdiff_t* winners, const double* twiceWeights, const double* base,
                  std::size_t k, double invTau, std::size_t count, double* out);

// The same with grad f(e_z), z = winners[l]: the straight-through estimate.
void straightThroughBlock(const double* c, const std::ptrdiff_t* winners, const double* twiceWeights,
                          const double* base, std::size_t k, double invTau, std::size_t count, double* out);

// Decoupled straight-through: J(C_b,l) grad f(C_f,l) with the forward points in `forward` and the backward
// points in `backward` (both k x kLanes, the same winners), invTau = 1 / tau_b. With forward == backward it is
// relaxedBlock's arithmetic, in the same order.
void decoupledBlock(const double* forward, const double* backward, const std::ptrdiff_t* winners,
                    const double* twiceWeights, const double* base, std::size_t k, double invTau, std::size_t count,
                    double* out);

}  // namespace gumbel::lanes
