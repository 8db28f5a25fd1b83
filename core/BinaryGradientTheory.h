#pragma once
// Exact means and variances of the gradient lab's estimators for two categories (k = 2), any logits, objective and
// tau: the closed forms of docs/gradients.md section 5, extended from the toy at tau = 1 to every tau by one 1-D
// integral over the logistic difference of the two Gumbels (adaptive Gauss-Kronrod). The lab draws them as the
// exact curves beside its Monte Carlo estimates; the tests check the estimates against them.
// Only the first five estimators (labEstimators()); the entries of the later four stay 0.
//
// With k = 2 every estimate has g_1 = -g_0 (a softmax gradient sums to zero), so the whole-vector figures are twice
// the component-0 ones: bias^2 = 2 (E g_0 - g*_0)^2, trace of the covariance = 2 Var g_0.
#include <Eigen/Core>
#include <array>

#include "core/GradientEstimators.h"
#include "core/Result.h"

namespace gumbel::theory {

struct BinaryGradientMoments {
    double exact = 0.0;                              // g*_0
    std::array<double, kEstimatorCount> mean{};      // E g_0 per estimator
    std::array<double, kEstimatorCount> variance{};  // Var g_0 per estimator (Gumbel-Rao with the K given)
    double biasSquared(Estimator e) const;           // ||E g - g*||^2 = 2 (E g_0 - g*_0)^2
    double varianceTrace(Estimator e) const;         // 2 Var g_0
};

// theta: two logits (finite or -inf, not both -inf); tau in [1e-4, 1e3]; conditional (Gumbel-Rao's K) >= 1.
// Accurate to about 1e-10 relative (the tests compare with the toy's closed forms to 1e-9).
[[nodiscard]] Result<BinaryGradientMoments> binaryGradientMoments(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                                  const Objective& objective, double tau, int conditional);

// Where SGD with estimator e stops on average: the logit gap D = theta_0 - theta_1 at which e's mean gradient
// is zero, found from `start` in the direction the mean gradient moves D (steps of 0.5, then bisection to
// 1e-9). An error when the mean gradient keeps its sign up to |D| = 40 (p_0 below 4e-18 or above 1 - 4e-18).
[[nodiscard]] Result<double> binaryStationaryGap(const Objective& objective, double start, Estimator e, double tau,
                                                 int conditional);

}  // namespace gumbel::theory
