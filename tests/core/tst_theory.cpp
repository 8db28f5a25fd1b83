#include <gtest/gtest.h>

#include <cmath>
#include <algorithm>
#include <functional>
#include <vector>

#include "core/Theory.h"

using gumbel::Distribution;
namespace theory = gumbel::theory;

namespace {
// P(i in S) by summing Plackett-Luce probabilities over every ordered m-tuple.
std::vector<double> bruteForceInclusion(const std::vector<double>& p, int m) {
    std::vector<double> inclusion(p.size(), 0.0);
    std::vector<int> chosen;
    // The untaken mass is summed directly: 1 - taken would cancel for p near 1.
    const auto untaken = [&] {
        double sum = 0.0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (std::find(chosen.begin(), chosen.end(), static_cast<int>(i)) == chosen.end()) sum += p[i];
        }
        return sum;
    };
    std::function<void(double)> walk = [&](double prob) {
        if (static_cast<int>(chosen.size()) == m) {
            for (int c : chosen) inclusion[static_cast<std::size_t>(c)] += prob;
            return;
        }
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (p[i] == 0 || std::find(chosen.begin(), chosen.end(), static_cast<int>(i)) != chosen.end()) continue;
            const double remaining = untaken();
            chosen.push_back(static_cast<int>(i));
            walk(prob * p[i] / remaining);
            chosen.pop_back();
        }
    };
    walk(1.0);
    return inclusion;
}
}  // namespace

struct InclusionCase {
    std::vector<double> p;
    int m;
};
class InclusionQuadrature : public ::testing::TestWithParam<InclusionCase> {};
TEST_P(InclusionQuadrature, MatchesEnumerationTo1e8) {
    const auto d = Distribution::fromWeights(GetParam().p);
    const auto quadrature = theory::inclusionProbabilities(d.value(), GetParam().m);
    ASSERT_TRUE(quadrature.ok()) << quadrature.error();
    const std::vector<double> p(d->probabilities().data(), d->probabilities().data() + d->size());
    const std::vector<double> exact = bruteForceInclusion(p, GetParam().m);
    for (std::size_t i = 0; i < exact.size(); ++i) {
        EXPECT_NEAR(quadrature.value()[static_cast<Eigen::Index>(i)], exact[i], 1e-8) << "category " << i;
    }
    EXPECT_NEAR(quadrature->sum(), GetParam().m, 1e-8);
}
INSTANTIATE_TEST_SUITE_P(
    Rows, InclusionQuadrature,
    ::testing::Values(InclusionCase{{0.1, 0.2, 0.3, 0.4}, 2}, InclusionCase{{0.1, 0.2, 0.3, 0.4}, 1},
                      InclusionCase{{0.1, 0.2, 0.3, 0.4}, 3}, InclusionCase{{0.1, 0.2, 0.3, 0.4}, 4},
                      InclusionCase{{1, 1, 1, 1, 1, 1}, 3}, InclusionCase{{0.999, 0.0005, 0.0003, 0.0002}, 2},
                      InclusionCase{{1.0 - 1e-9, 5e-10, 3e-10, 2e-10}, 3}, InclusionCase{{5, 0, 1, 1e-6, 3, 2, 8}, 4},
                      InclusionCase{{1, 2, 4, 8, 16, 32, 64, 128}, 5}));

TEST(Theory, InclusionLimits) {
    const auto big = Distribution::named("zipf", 1000);
    const auto refused = theory::inclusionProbabilities(big.value(), 500);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("too costly"), std::string::npos);
    const auto uniform = Distribution::named("uniform", 1000);
    const auto quick = theory::inclusionProbabilities(uniform.value(), 500);
    ASSERT_TRUE(quick.ok()) << quick.error();
    EXPECT_NEAR(quick.value()[0], 0.5, 1e-8);
    EXPECT_FALSE(theory::inclusionProbabilities(uniform.value(), 1001).ok());
}

TEST(Theory, ExpectedDrawsEnumerated) {
    const std::vector<double> p = {0.999, 0.0005, 0.0005};
    const auto d = Distribution::fromWeights(p);
    const auto draws = theory::expectedRejectionDraws(d.value(), 2);
    ASSERT_TRUE(draws.ok());
    EXPECT_TRUE(draws->exact);
    double expected = 1.0;
    for (double q : p) expected += q / (1 - q);
    EXPECT_NEAR(draws->value, expected, 1e-9 * expected);
    EXPECT_GT(draws->value, 999.0);  // the spec's example: about 1,000 draws
}

TEST(Theory, ExpectedDrawsByMonteCarlo) {
    // Uniform: the j-th new category takes k / (k - j) draws on average.
    const int k = 200;
    const int m = 50;
    const auto d = Distribution::named("uniform", k);
    const auto draws = theory::expectedRejectionDraws(d.value(), m);
    ASSERT_TRUE(draws.ok());
    EXPECT_FALSE(draws->exact);
    double expected = 0.0;
    for (int j = 0; j < m; ++j) expected += static_cast<double>(k) / (k - j);
    // For uniform p the sum is the same for every order, so the estimate is exact up to rounding.
    EXPECT_NEAR(draws->value, expected, 1e-9);
    const auto zipf = Distribution::named("zipf", 60);
    const auto estimate = theory::expectedRejectionDraws(zipf.value(), 20);
    ASSERT_TRUE(estimate.ok());
    EXPECT_GT(estimate->standardError, 0.0);
    EXPECT_LT(estimate->standardError, 0.01 * estimate->value);
}

TEST(Theory, BinaryConcreteDensityIntegratesToTheCdf) {
    for (double tau : {0.3, 1.0, 3.0}) {
        for (double alpha : {0.25, 1.0, 4.0}) {
            // Midpoint rule on [0.2, 0.8], where the density is smooth.
            const int n = 20000;
            double integral = 0.0;
            for (int i = 0; i < n; ++i) {
                const double x = 0.2 + 0.6 * (i + 0.5) / n;
                integral += theory::binaryConcreteDensity(x, alpha, tau) * 0.6 / n;
            }
            const double cdfDifference = theory::binaryConcreteCdf(0.8, alpha, tau) - theory::binaryConcreteCdf(0.2, alpha, tau);
            EXPECT_NEAR(integral, cdfDifference, 1e-7) << "tau " << tau << " alpha " << alpha;
        }
    }
    EXPECT_EQ(theory::binaryConcreteCdf(0.0, 2.0, 0.5), 0.0);
    EXPECT_EQ(theory::binaryConcreteCdf(1.0, 2.0, 0.5), 1.0);
    EXPECT_EQ(theory::binaryConcreteDensity(1.0, 2.0, 0.5), 0.0);
}

TEST(Theory, ConcreteDensityForTwoCategoriesIsTheBinaryOne) {
    const auto d = Distribution::fromWeights({0.7, 0.3});
    for (double x : {0.01, 0.3, 0.5, 0.9, 0.999}) {
        const double log = theory::concreteLogDensity(d.value(), 0.5, Eigen::Vector2d(x, 1 - x));
        EXPECT_NEAR(std::exp(log), theory::binaryConcreteDensity(x, 0.7 / 0.3, 0.5), 1e-9 * std::exp(log));
    }
}

class ConcreteOnTheTriangle : public ::testing::TestWithParam<std::tuple<double, std::vector<double>>> {};
TEST_P(ConcreteOnTheTriangle, IntegratesToOne) {
    const auto [tau, weights] = GetParam();
    const auto d = Distribution::fromWeights(weights);
    const int n = 1500;
    double integral = 0.0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; i + j < n; ++j) {
            const double x1 = (i + 1.0 / 3.0) / n;
            const double x2 = (j + 1.0 / 3.0) / n;
            const double logDensity = theory::concreteLogDensity(d.value(), tau, Eigen::Vector3d(x1, x2, 1 - x1 - x2));
            ASSERT_FALSE(std::isnan(logDensity));
            // Lower cells: area 1 / (2 n^2), evaluated at the centroid; upper cells added likewise.
            integral += std::exp(logDensity) / (2.0 * n * n);
            if (i + j + 1 < n) {
                const double y1 = (i + 2.0 / 3.0) / n;
                const double y2 = (j + 2.0 / 3.0) / n;
                integral += std::exp(theory::concreteLogDensity(d.value(), tau, Eigen::Vector3d(y1, y2, 1 - y1 - y2))) /
                            (2.0 * n * n);
            }
        }
    }
    EXPECT_NEAR(integral, 1.0, 1e-2);
}
INSTANTIATE_TEST_SUITE_P(Rows, ConcreteOnTheTriangle,
                         ::testing::Values(std::make_tuple(1.0, std::vector<double>{1, 1, 1}),
                                           std::make_tuple(0.7, std::vector<double>{0.5, 0.3, 0.2}),
                                           std::make_tuple(2.0, std::vector<double>{0.1, 0.6, 0.3})));

TEST(Theory, ConcreteDensityOutsideTheSimplex) {
    const auto d = Distribution::fromWeights({1, 1, 1});
    EXPECT_EQ(theory::concreteLogDensity(d.value(), 1.0, Eigen::Vector3d(0.0, 0.5, 0.5)), -INFINITY);
    const double tiny = theory::concreteLogDensity(d.value(), 0.1, Eigen::Vector3d(1e-300, 0.5, 0.5 - 1e-300));
    EXPECT_FALSE(std::isnan(tiny));
}
