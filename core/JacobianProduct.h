#pragma once
// out (+)= J(C) v with J(C) = (diag(C) - C C^T) * invTau, in the cancellation-free form
//   out_j = C_j ((v_j - v_m) + s) * invTau,   s = sum_i C_i (v_m - v_i) = v_m - C.v,
// m the largest C (any index is exact algebra; the largest never forms v_m - C.v as a difference of nearly
// equal rounded numbers at small tau). C sums to 1. Used by every estimator that backpropagates through a
// softmax (docs/gradients.md, Section 3).
#include <Eigen/Core>

namespace gumbel::detail {

template <bool Accumulate>
inline void jacobianProduct(const double* c, const double* v, Eigen::Index k, Eigen::Index m, double invTau,
                            double* out) {
    const double vm = v[m];
    double s = 0.0;
    for (Eigen::Index i = 0; i < k; ++i) s += c[i] * (vm - v[i]);
    for (Eigen::Index j = 0; j < k; ++j) {
        const double value = c[j] * ((v[j] - vm) + s) * invTau;
        if constexpr (Accumulate) out[j] += value;
        else out[j] = value;
    }
}

}  // namespace gumbel::detail
