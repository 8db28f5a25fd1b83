// The "why Gumbel?" read-out: the incomplete gamma against closed forms, and the
// winner test on the samplers themselves (Gumbel passes, every stand-in fails).
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/GoodnessOfFit.h"
#include "core/OneHotSampler.h"

using gumbel::regularizedGammaQ;

namespace {
// Q(n, x) = e^-x sum_{j < n} x^j / j! for whole n.
double wholeQ(int n, double x) {
    double term = 1.0, sum = 1.0;
    for (int j = 1; j < n; ++j) {
        term *= x / j;
        sum += term;
    }
    return std::exp(-x) * sum;
}
// Q(n + 1/2, x) = erfc(sqrt x) + e^-x sum_{j < n} x^(j + 1/2) / Gamma(j + 3/2).
double halfQ(int n, double x) {
    double sum = std::erfc(std::sqrt(x));
    for (int j = 0; j < n; ++j) sum += std::exp(-x + (j + 0.5) * std::log(x) - std::lgamma(j + 1.5));
    return sum;
}

// N hard one-hots with `noise`: how often each category won.
std::vector<long long> winnerCounts(const gumbel::Distribution& p, gumbel::NoiseKind noise, long long n,
                                    std::uint64_t seed) {
    const auto sampler = gumbel::OneHotSampler::create(p, 0.5, seed, noise);
    std::vector<long long> counts(static_cast<std::size_t>(p.size()), 0);
    Eigen::MatrixXd c;
    for (long long first = 0; first < n; first += 10000) {
        sampler->sample(gumbel::Stream::OneHot, 0, static_cast<std::uint32_t>(first), 10000, c, gumbel::OneHotKind::Hard);
        for (Eigen::Index j = 0; j < c.cols(); ++j) {
            Eigen::Index winner = 0;
            c.col(j).maxCoeff(&winner);
            ++counts[static_cast<std::size_t>(winner)];
        }
    }
    return counts;
}
}  // namespace

TEST(GoodnessOfFit, IncompleteGammaMatchesClosedForms) {
    for (double x : {0.0, 1e-8, 0.1, 0.5, 1.0, 2.5, 5.0, 12.0, 30.0, 80.0}) {
        EXPECT_NEAR(regularizedGammaQ(1.0, x), std::exp(-x), 1e-14 * std::exp(-x) + 1e-300) << "x = " << x;
        EXPECT_NEAR(regularizedGammaQ(0.5, x), std::erfc(std::sqrt(x)), 1e-13 * std::erfc(std::sqrt(x)) + 1e-300)
            << "x = " << x;
        for (int n : {2, 3, 5, 10, 30, 60}) {
            const double whole = wholeQ(n, x);
            EXPECT_NEAR(regularizedGammaQ(n, x), whole, 1e-12 * whole + 1e-300) << "a = " << n << ", x = " << x;
            const double half = halfQ(n, x);
            EXPECT_NEAR(regularizedGammaQ(n + 0.5, x), half, 1e-12 * half + 1e-300) << "a = " << n + 0.5 << ", x = " << x;
        }
    }
}

TEST(GoodnessOfFit, ChiSquareSurvivalAtTabulatedCriticalValues) {
    // Textbook critical values (5% and 0.1%).
    EXPECT_NEAR(gumbel::chiSquareSurvival(3.841459, 1), 0.05, 1e-7);
    EXPECT_NEAR(gumbel::chiSquareSurvival(18.307038, 10), 0.05, 1e-7);
    EXPECT_NEAR(gumbel::chiSquareSurvival(29.588298, 10), 0.001, 1e-8);
    EXPECT_NEAR(gumbel::chiSquareSurvival(124.342113, 100), 0.05, 1e-7);
    EXPECT_TRUE(std::isnan(gumbel::chiSquareSurvival(1.0, 0)));
    EXPECT_TRUE(std::isnan(regularizedGammaQ(-1.0, 1.0)));
    EXPECT_TRUE(std::isnan(regularizedGammaQ(1.0, std::nan(""))));
}

TEST(GoodnessOfFit, ExactCountsFitAndImpossibleWinnersDoNot) {
    Eigen::VectorXd p(4);
    p << 0.5, 0.25, 0.25, 0.0;
    gumbel::WinnerFit fit = gumbel::winnerFit({500, 250, 250, 0}, p);
    EXPECT_EQ(fit.samples, 1000);
    EXPECT_EQ(fit.degreesOfFreedom, 2);
    EXPECT_EQ(fit.chiSquare, 0.0);
    EXPECT_EQ(fit.pValue, 1.0);
    EXPECT_EQ(fit.totalVariation, 0.0);
    fit = gumbel::winnerFit({500, 250, 249, 1}, p);  // category 3 cannot win
    EXPECT_EQ(fit.pValue, 0.0);
    EXPECT_TRUE(std::isinf(fit.chiSquare));
    EXPECT_NEAR(fit.totalVariation, 0.001, 1e-15);
    EXPECT_EQ(gumbel::winnerFit({0, 0, 0, 0}, p).samples, 0);
    EXPECT_EQ(gumbel::winnerFit({1, 2}, p).samples, 0);  // wrong length: no test
    Eigen::VectorXd certain(2);
    certain << 1.0, 0.0;
    EXPECT_EQ(gumbel::winnerFit({10, 0}, certain).pValue, 1.0);
}

class WinnerLaw : public ::testing::TestWithParam<int> {};

TEST_P(WinnerLaw, GumbelNoiseFollowsPAndNoOtherNoiseDoes) {
    // N = 1e5 hard samples of a non-uniform p (Zipf, s = 1). Gumbel must pass at the 0.1% level; the stand-ins
    // must fail far beyond it (p-value below 1e-6), and their total variation must stand clear of sampling noise.
    const int k = GetParam();
    const auto p = gumbel::Distribution::named("zipf:1", k, 0);
    ASSERT_TRUE(p);
    const gumbel::WinnerFit gumbelFit = gumbel::winnerFit(winnerCounts(*p, gumbel::NoiseKind::Gumbel, 100000, 3),
                                                          p->probabilities());
    EXPECT_GT(gumbelFit.pValue, 0.001) << "chi-square " << gumbelFit.chiSquare;
    EXPECT_LT(gumbelFit.totalVariation, 3.0 * gumbelFit.totalVariationNoise);
    for (gumbel::NoiseKind noise : {gumbel::NoiseKind::Gaussian, gumbel::NoiseKind::Uniform, gumbel::NoiseKind::None}) {
        const gumbel::WinnerFit fit = gumbel::winnerFit(winnerCounts(*p, noise, 100000, 3), p->probabilities());
        EXPECT_LT(fit.pValue, 1e-6) << gumbel::noiseKindName(noise) << ": chi-square " << fit.chiSquare;
        EXPECT_GT(fit.totalVariation, 3.0 * fit.totalVariationNoise) << gumbel::noiseKindName(noise);
    }
}

INSTANTIATE_TEST_SUITE_P(K, WinnerLaw, ::testing::Values(3, 5, 10));
