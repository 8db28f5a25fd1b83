#pragma once
// Goodness-of-fit helpers for the statistical tests. Every test draws with a
// fixed seed, so it is deterministic; the thresholds are the 0.1% critical
// values of the textbook tests, so a correct sampler passes them by a margin
// and a biased one fails.
#include <functional>
#include <vector>

namespace gumbel::testing {

// Pearson chi-square statistic of observed counts against expected probabilities.
double chiSquare(const std::vector<long long>& observed, const std::vector<double>& probabilities);
// Two-sample (homogeneity) chi-square of two count vectors over the same cells; cells empty in both are
// dropped. `dof` receives the degrees of freedom, (cells used) - 1.
double chiSquareTwoSample(const std::vector<long long>& a, const std::vector<long long>& b, int& dof);
// Upper 0.1% point of chi-square with `dof` degrees of freedom (Wilson-Hilferty).
double chiSquareCritical(int dof);

// One-sample Kolmogorov-Smirnov statistic D of `sample` against `cdf`.
double ksStatistic(std::vector<double> sample, const std::function<double(double)>& cdf);
// Two-sample KS statistic.
double ksTwoSample(std::vector<double> a, std::vector<double> b);
// 0.1% critical values: 1.9495 / sqrt(n), and for two samples 1.9495 sqrt((n+m)/(n m)).
double ksCritical(std::size_t n);
double ksCriticalTwoSample(std::size_t n, std::size_t m);

}  // namespace gumbel::testing
