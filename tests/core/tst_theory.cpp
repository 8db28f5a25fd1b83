#include <gtest/gtest.h>

#include <cmath>
#include <algorithm>
#include <functional>
#include <vector>

#include <atomic>
#include <cstdio>
#include <map>

#include "core/GaussKronrod15.h"
#include "core/RepeatedSampler.h"
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
// The previous quadrature, kept as the reference: for each distinct p, the count of the others by an
// O(k m) recurrence at every node of an adaptive Gauss-Kronrod rule in y = log(p_i t).
double referenceAtMostBelow(const Eigen::VectorXd& p, Eigen::Index self, int m, double t, std::vector<double>& dp) {
    dp.assign(static_cast<std::size_t>(m), 0.0);
    dp[0] = 1.0;
    int reach = 0;
    for (Eigen::Index j = 0; j < p.size(); ++j) {
        if (j == self || p[j] == 0.0) continue;
        const double stay = std::exp(-p[j] * t);
        const double exceed = -std::expm1(-p[j] * t);
        reach = std::min(reach + 1, m - 1);
        for (int r = reach; r >= 1; --r) {
            dp[static_cast<std::size_t>(r)] = dp[static_cast<std::size_t>(r)] * stay + dp[static_cast<std::size_t>(r - 1)] * exceed;
        }
        dp[0] *= stay;
    }
    double sum = 0.0;
    for (double v : dp) sum += v;
    return sum;
}

template <class F>
std::pair<double, double> referenceKronrod15(const F& f, double a, double b) {
    using gumbel::gk15::kGauss;
    using gumbel::gk15::kKronrod;
    using gumbel::gk15::kNodes;
    const double centre = 0.5 * (a + b);
    const double half = 0.5 * (b - a);
    const double fc = f(centre);
    double kronrod = fc * kKronrod[7];
    double gauss = fc * kGauss[3];
    for (int i = 0; i < 7; ++i) {
        const double sum = f(centre - half * kNodes[i]) + f(centre + half * kNodes[i]);
        kronrod += kKronrod[i] * sum;
        if (i % 2 == 1) gauss += kGauss[i / 2] * sum;
    }
    return {kronrod * half, std::fabs((kronrod - gauss) * half)};
}

template <class F>
double referenceAdaptive(const F& f, double a, double b, double tolerance) {
    struct Piece {
        double a, b;
        int depth;
    };
    std::vector<Piece> stack{{a, b, 0}};
    double total = 0.0;
    while (!stack.empty()) {
        const Piece piece = stack.back();
        stack.pop_back();
        const auto [value, error] = referenceKronrod15(f, piece.a, piece.b);
        if (error <= tolerance * (piece.b - piece.a) / (b - a) || piece.depth >= 40) {
            total += value;
        } else {
            const double mid = 0.5 * (piece.a + piece.b);
            stack.push_back({piece.a, mid, piece.depth + 1});
            stack.push_back({mid, piece.b, piece.depth + 1});
        }
    }
    return total;
}

Eigen::VectorXd referenceInclusion(const Distribution& distribution, int m) {
    const Eigen::VectorXd& p = distribution.probabilities();
    const Eigen::Index k = p.size();
    std::map<double, double> byProbability;
    for (Eigen::Index i = 0; i < k; ++i) byProbability.emplace(p[i], 0.0);
    std::vector<double> dp;
    for (auto& entry : byProbability) {
        const double pi = entry.first;
        if (pi == 0.0) continue;
        Eigen::Index self = 0;
        while (p[self] != pi) ++self;
        if (distribution.supportSize() - 1 < m) {
            entry.second = 1.0;
            continue;
        }
        const auto integrand = [&](double y) {
            const double s = std::exp(y);
            return std::exp(y - s) * referenceAtMostBelow(p, self, m, s / pi, dp);
        };
        entry.second = std::min(1.0, std::max(0.0, referenceAdaptive(integrand, -45.0, 4.0, 1e-12)));
    }
    Eigen::VectorXd result(k);
    for (Eigen::Index i = 0; i < k; ++i) result[i] = byProbability[p[i]];
    return result;
}
}  // namespace

// Every m from 1 to the support, against enumeration: ties, zeros, peaked and spread-out p.
class InclusionIntegral : public ::testing::TestWithParam<std::vector<double>> {};
TEST_P(InclusionIntegral, MatchesEnumerationForEveryM) {
    const auto d = Distribution::fromWeights(GetParam());
    ASSERT_TRUE(d.ok()) << d.error();
    const std::vector<double> p(d->probabilities().data(), d->probabilities().data() + d->size());
    for (int m = 1; m <= d->supportSize(); ++m) {
        const auto integral = theory::inclusionProbabilities(d.value(), m);
        ASSERT_TRUE(integral.ok()) << integral.error();
        const std::vector<double> exact = bruteForceInclusion(p, m);
        for (std::size_t i = 0; i < exact.size(); ++i) {
            EXPECT_NEAR(integral.value()[static_cast<Eigen::Index>(i)], exact[i], 1e-9) << "m " << m << ", category " << i;
            if (p[i] == 0.0) {
                EXPECT_EQ(integral.value()[static_cast<Eigen::Index>(i)], 0.0);
            }
        }
        EXPECT_NEAR(integral->sum(), m, 1e-9) << "m " << m;
    }
}
INSTANTIATE_TEST_SUITE_P(
    Rows, InclusionIntegral,
    ::testing::Values(std::vector<double>{0.1, 0.2, 0.3, 0.4}, std::vector<double>{1, 1, 1, 1, 1, 1},
                      std::vector<double>{0.999, 0.0005, 0.0003, 0.0002}, std::vector<double>{1.0 - 1e-9, 5e-10, 3e-10, 2e-10},
                      std::vector<double>{5, 0, 1, 1e-6, 3, 2, 8}, std::vector<double>{1, 2, 4, 8, 16, 32, 64, 128},
                      std::vector<double>{3, 3, 1, 1, 1, 0.5, 7}, std::vector<double>{1e-12, 1, 1e-12, 1e3}));

TEST(Theory, InclusionSpecialCases) {
    const auto zipf = Distribution::named("zipf:1.1", 300);
    // m = 1: P(i in S) = P(argmax = i) = p_i.
    const auto one = theory::inclusionProbabilities(zipf.value(), 1);
    ASSERT_TRUE(one.ok()) << one.error();
    EXPECT_LT((one.value() - zipf->probabilities()).cwiseAbs().maxCoeff(), 1e-10);
    // m = k: every category.
    const auto all = theory::inclusionProbabilities(zipf.value(), 300);
    ASSERT_TRUE(all.ok()) << all.error();
    EXPECT_EQ(all.value(), Eigen::VectorXd::Ones(300));
    // p_i = 0 is never in S; with m = support every other category is.
    const auto zeros = Distribution::fromWeights({0.5, 0.0, 0.3, 0.0, 0.2});
    const auto full = theory::inclusionProbabilities(zeros.value(), 3);
    ASSERT_TRUE(full.ok());
    EXPECT_EQ(full.value(), (Eigen::VectorXd(5) << 1, 0, 1, 0, 1).finished());
    const auto two = theory::inclusionProbabilities(zeros.value(), 2);
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(two.value()[1], 0.0);
    EXPECT_EQ(two.value()[3], 0.0);
    EXPECT_NEAR(two->sum(), 2.0, 1e-12);
    EXPECT_FALSE(theory::inclusionProbabilities(zeros.value(), 4).ok());
    EXPECT_FALSE(theory::inclusionProbabilities(zeros.value(), 0).ok());
}

TEST(Theory, InclusionAtTheLargestWindowSizes) {
    // k = 1000, m = 50, all p distinct: sums to m, the same for any thread count.
    const auto zipf = Distribution::named("zipf:1.1", 1000);
    const auto two = theory::inclusionProbabilities(zipf.value(), 50, 2);
    ASSERT_TRUE(two.ok()) << two.error();
    EXPECT_NEAR(two->sum(), 50.0, 1e-9);
    const auto one = theory::inclusionProbabilities(zipf.value(), 50, 1);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one.value(), two.value());
    // Larger p, larger P(i in S); every value a probability.
    for (Eigen::Index i = 1; i < 1000; ++i) ASSERT_LE(two.value()[i], two.value()[i - 1]);
    EXPECT_GT(two.value()[999], 0.0);
    EXPECT_LT(two.value()[0], 1.0);
    // Every m at k = 1000 (the window's largest) is allowed; beyond k x m = 1e6 the limit is named.
    const auto uniform = Distribution::named("uniform", 1000);
    const auto half = theory::inclusionProbabilities(uniform.value(), 500);
    ASSERT_TRUE(half.ok()) << half.error();
    EXPECT_NEAR(half.value()[0], 0.5, 1e-10);
    const auto nearlyAll = theory::inclusionProbabilities(zipf.value(), 999);
    ASSERT_TRUE(nearlyAll.ok()) << nearlyAll.error();
    EXPECT_NEAR(nearlyAll->sum(), 999.0, 1e-9);
    const auto big = Distribution::named("zipf", 2001);
    const auto refused = theory::inclusionProbabilities(big.value(), 500);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("k x m up to 1000000"), std::string::npos) << refused.error();
    EXPECT_FALSE(theory::inclusionProbabilities(uniform.value(), 1001).ok());
}

TEST(Theory, InclusionCanBeCancelled) {
    const auto zipf = Distribution::named("zipf:1.1", 1000);
    const std::atomic<bool> cancel{true};
    const auto cancelled = theory::inclusionProbabilities(zipf.value(), 50, 0, &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error(), "cancelled");
}

// The new integral against the previous one (per distinct p, O(k m) per node for one category) wherever
// that one ran: distinct p x k x m <= 5e6.
struct ReferenceCase {
    const char* preset;
    int k;
    int m;
};
class InclusionAgainstReference : public ::testing::TestWithParam<ReferenceCase> {};
TEST_P(InclusionAgainstReference, AgreesTo1e9) {
    const auto d = Distribution::named(GetParam().preset, GetParam().k, 7);
    ASSERT_TRUE(d.ok()) << d.error();
    const auto integral = theory::inclusionProbabilities(d.value(), GetParam().m);
    ASSERT_TRUE(integral.ok()) << integral.error();
    const Eigen::VectorXd reference = referenceInclusion(d.value(), GetParam().m);
    EXPECT_LT((integral.value() - reference).cwiseAbs().maxCoeff(), 1e-9);
    EXPECT_NEAR(integral->sum(), GetParam().m, 1e-9);
}
INSTANTIATE_TEST_SUITE_P(Rows, InclusionAgainstReference,
                         ::testing::Values(ReferenceCase{"zipf:1.1", 100, 10}, ReferenceCase{"geometric:0.9", 60, 30},
                                           ReferenceCase{"dirichlet:0.3", 150, 20}, ReferenceCase{"peaked:0.9", 1000, 40},
                                           ReferenceCase{"uniform", 1000, 500}, ReferenceCase{"zipf:2", 40, 39}));

// 1e6 accepted sets at k = 1000, m = 50 (Gumbel-top-m, checked against the literal rule in
// tst_mhot_sampler): each count is binomial(N, P(i in S)); |z| < 4.5 for all 1000 categories.
TEST(Theory, InclusionMatchesSamplingAtK1000) {
    const auto d = Distribution::named("zipf:1.1", 1000);
    const int m = 50;
    const auto exact = theory::inclusionProbabilities(d.value(), m);
    ASSERT_TRUE(exact.ok());
    gumbel::SamplingJob job;
    job.mHot.m = m;
    job.sampleOneHot = false;
    job.mHotStats = gumbel::MHotStats::AcceptedSet;
    job.seed = 2024;
    auto sampler = gumbel::RepeatedSampler::create(d.value(), job);
    ASSERT_TRUE(sampler.ok()) << sampler.error();
    gumbel::SamplingStats stats = sampler->emptyStats();
    const std::uint64_t n = 1000000;
    ASSERT_TRUE(sampler->run(0, n, 0, stats).ok());
    double worst = 0.0;
    for (Eigen::Index i = 0; i < 1000; ++i) {
        const double prob = exact.value()[i];
        const double z = (static_cast<double>(stats.inclusionCounts()[static_cast<std::size_t>(i)]) - n * prob) /
                         std::sqrt(n * prob * (1 - prob));
        worst = std::max(worst, std::fabs(z));
        EXPECT_LT(std::fabs(z), 4.5) << "category " << i;
    }
    std::printf("largest |z| over 1000 categories: %.2f\n", worst);
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
