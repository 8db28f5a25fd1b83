#pragma once
// Closed forms and exact numbers the app draws as overlays and the tests
// check against (spec §3). Everything is evaluated in log space where it can
// overflow, and returns a number or an error, never NaN.
#include <Eigen/Core>
#include <atomic>
#include <cstdint>

#include "core/Distribution.h"
#include "core/Result.h"

namespace gumbel::theory {

// Gumbel-max: P(argmax C = i) = p_i for every tau.
Eigen::VectorXd argmaxProbabilities(const Distribution& distribution);

// Binary Concrete (k = 2, alpha = p_1 / p_2, lambda = tau) for x = C_1 in [0, 1].
double binaryConcreteCdf(double x, double alpha, double tau);
double binaryConcreteDensity(double x, double alpha, double tau);
// The same CDF of l = logit(C_1) = log C_1 - log C_2, exact where C_1 rounds to 1.
double binaryConcreteCdfOfLogit(double logit, double alpha, double tau);

// Concrete log-density of a point x in the open simplex (all x_i > 0, sum 1),
// w.r.t. the first k-1 coordinates. -inf outside, on the boundary, or when
// some p_i = 0 (the density lives on a smaller simplex then).
double concreteLogDensity(const Distribution& distribution, double tau, const Eigen::Ref<const Eigen::VectorXd>& x);

// P(i in S) for the hard m-hot (the law of the accepted set, either method), as one integral over the
// winner's perturbed value with the count of categories above it Poisson-binomial (docs/math.md):
// O(k m) per quadrature node for all categories together, adaptive Gauss-Kronrod (tolerance 1e-11 on the
// sum over categories; tests check 1e-9). k = 1000, m = 50 takes a fraction of a second. Refuses only beyond k x m = 1e6
// (limits::kMaxInclusionWork), naming it. `threads` (0 = all cores) share the nodes; the result does not
// depend on their number. `cancel`, when set, ends it early with the error "cancelled".
[[nodiscard]] Result<Eigen::VectorXd> inclusionProbabilities(const Distribution& distribution, int m, int threads = 0,
                                                             const std::atomic<bool>* cancel = nullptr);

struct ExpectedDraws {
    double value = 0.0;          // expected columns drawn for one m-hot sample, rejection rule
    double standardError = 0.0;  // 0 when exact
    bool exact = true;           // enumeration (exact) or Monte Carlo (fixed seed)
};
[[nodiscard]] Result<ExpectedDraws> expectedRejectionDraws(const Distribution& distribution, int m, std::uint64_t seed = 0);

}  // namespace gumbel::theory
