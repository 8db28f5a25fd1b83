#pragma once
// Closed forms and exact numbers the app draws as overlays and the tests
// check against (spec §3). Everything is evaluated in log space where it can
// overflow, and returns a number or an error, never NaN.
#include <Eigen/Core>
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

// P(i in S) for the hard m-hot, by adaptive Gauss-Kronrod quadrature (abs. error < 1e-10).
// Refuses (with the reason) when k and m are too large to integrate quickly.
Result<Eigen::VectorXd> inclusionProbabilities(const Distribution& distribution, int m);

struct ExpectedDraws {
    double value = 0.0;          // expected columns drawn for one m-hot sample, rejection rule
    double standardError = 0.0;  // 0 when exact
    bool exact = true;           // enumeration (exact) or Monte Carlo (fixed seed)
};
Result<ExpectedDraws> expectedRejectionDraws(const Distribution& distribution, int m, std::uint64_t seed = 0);

}  // namespace gumbel::theory
