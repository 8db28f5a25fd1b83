#pragma once
// Does a histogram of winners follow p? Pearson's chi-square test with its
// p-value, and the total-variation distance next to what sampling noise alone
// would give. The "why Gumbel?" read-out: Gumbel noise passes, other noise fails.
#include <Eigen/Core>
#include <vector>

namespace gumbel {

// Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a), a > 0, x >= 0 (NaN otherwise).
double regularizedGammaQ(double a, double x);
// P(X >= x) for X ~ chi-square with `dof` degrees of freedom: Q(dof / 2, x / 2).
double chiSquareSurvival(double x, int dof);

struct WinnerFit {
    long long samples = 0;
    double chiSquare = 0.0;     // sum over categories with p_i > 0 of (O_i - N p_i)^2 / (N p_i); infinite when a
                                // category with p_i = 0 won
    int degreesOfFreedom = 0;   // (categories with p_i > 0) - 1
    double pValue = 1.0;        // chance of a chi-square this large if the winners follow p
    double totalVariation = 0;  // (1/2) sum |O_i / N - p_i|
    double totalVariationNoise = 0;  // its expected size from sampling alone: sum sqrt(p_i (1 - p_i) / (2 pi N))
};

// `counts` has one entry per category of p; no samples gives samples = 0 and nothing else.
WinnerFit winnerFit(const std::vector<long long>& counts, const Eigen::Ref<const Eigen::VectorXd>& p);

}  // namespace gumbel
