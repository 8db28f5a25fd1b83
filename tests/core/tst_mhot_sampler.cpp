#include <gtest/gtest.h>

#include <stdexcept>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "core/MHotSampler.h"
#include "core/Theory.h"
#include "tests/support/StatChecks.h"

using gumbel::Distribution;
using gumbel::MHotMethod;
using gumbel::MHotSample;
using gumbel::MHotSampler;
using gumbel::MHotSettings;
using gumbel::OneHotKind;

namespace {
MHotSampler makeSampler(const Distribution& d, double tau, int m, MHotMethod method,
                        OneHotKind kind = OneHotKind::Relaxed, long long cap = 1000000, std::uint64_t seed = 5) {
    MHotSettings settings;
    settings.m = m;
    settings.method = method;
    settings.kind = kind;
    settings.maxDraws = cap;
    auto sampler = MHotSampler::create(d, tau, settings, seed);
    if (!sampler.ok()) throw std::runtime_error("MHotSampler::create failed: " + sampler.error());  // a test failure
    return sampler.value();
}
}  // namespace

TEST(MHotSampler, RejectsImpossibleM) {
    const auto d = Distribution::fromWeights({1, 0, 2});
    MHotSettings settings;
    settings.m = 3;
    const auto r = MHotSampler::create(d.value(), 0.1, settings, 0);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("2 categories with p > 0"), std::string::npos) << r.error();
    settings.m = 0;
    EXPECT_FALSE(MHotSampler::create(d.value(), 0.1, settings, 0).ok());
    settings.m = 1;
    EXPECT_FALSE(MHotSampler::create(d.value(), 0.0, settings, 0).ok());
}

class MHotShape : public ::testing::TestWithParam<MHotMethod> {};
TEST_P(MHotShape, DistinctWinnersAndRowwiseMax) {
    const auto d = Distribution::fromWeights({0.3, 0.0, 0.2, 0.4, 0.1});
    for (OneHotKind kind : {OneHotKind::Relaxed, OneHotKind::Hard}) {
        const MHotSampler sampler = makeSampler(d.value(), 0.3, 4, GetParam(), kind);
        MHotSample sample;
        for (std::uint64_t n = 0; n < 500; ++n) {
            ASSERT_TRUE(sampler.sample(n, sample).ok());
            ASSERT_EQ(sample.order.size(), 4u);
            ASSERT_EQ(std::set<int>(sample.order.begin(), sample.order.end()).size(), 4u);
            ASSERT_EQ(std::count(sample.order.begin(), sample.order.end(), 1), 0);  // p = 0 never wins
            ASSERT_EQ(sample.s[1], 0.0);
            ASSERT_EQ(sample.v.rows(), 5);
            ASSERT_EQ(sample.v.cols(), 4);
            for (int j = 0; j < 4; ++j) {
                Eigen::Index winner;
                sample.v.col(j).maxCoeff(&winner);
                ASSERT_EQ(winner, sample.order[static_cast<std::size_t>(j)]);
                ASSERT_NEAR(sample.v.col(j).sum(), 1.0, 1e-12);
            }
            ASSERT_EQ(sample.s, sample.v.rowwise().maxCoeff());
            if (kind == OneHotKind::Hard) {
                ASSERT_EQ(sample.s.sum(), 4.0);
            }
            if (GetParam() == MHotMethod::Exact) {
                ASSERT_EQ(sample.draws, 4);
            }
            ASSERT_GE(sample.draws, 4);
        }
    }
}
INSTANTIATE_TEST_SUITE_P(Methods, MHotShape, ::testing::Values(MHotMethod::Exact, MHotMethod::Rejection));

TEST(MHotSampler, ExactAndRejectionAgreeInDistribution) {
    const auto d = Distribution::named("zipf:1", 5);
    for (double tau : {0.2, 1.0}) {
        const MHotSampler exact = makeSampler(d.value(), tau, 2, MHotMethod::Exact);
        const MHotSampler rejection = makeSampler(d.value(), tau, 2, MHotMethod::Rejection);
        const std::size_t n = 20000;
        std::vector<std::vector<double>> a(5), b(5);
        MHotSample sample;
        for (std::uint64_t i = 0; i < n; ++i) {
            ASSERT_TRUE(exact.sample(i, sample).ok());
            for (int c = 0; c < 5; ++c) a[static_cast<std::size_t>(c)].push_back(sample.s[c]);
            ASSERT_TRUE(rejection.sample(i, sample).ok());
            for (int c = 0; c < 5; ++c) b[static_cast<std::size_t>(c)].push_back(sample.s[c]);
        }
        for (std::size_t c = 0; c < 5; ++c) {
            EXPECT_LT(gumbel::testing::ksTwoSample(a[c], b[c]), gumbel::testing::ksCriticalTwoSample(n, n))
                << "S_" << c << " at tau " << tau;
        }
    }
}

// The accepted categories, in order, follow Plackett-Luce:
// P(i_1..i_m) = prod_j p_{i_j} / (1 - sum_{l<j} p_{i_l}).
class PlackettLuce : public ::testing::TestWithParam<MHotMethod> {};
TEST_P(PlackettLuce, OrderFrequencies) {
    const std::vector<double> p = {0.1, 0.2, 0.3, 0.4};
    const auto d = Distribution::fromWeights(p);
    const MHotSampler sampler = makeSampler(d.value(), 0.5, 3, GetParam());
    std::map<std::vector<int>, long long> counts;
    MHotSample sample;
    const int n = 100000;
    for (std::uint64_t i = 0; i < n; ++i) {
        ASSERT_TRUE(sampler.sample(i, sample).ok());
        ++counts[sample.order];
    }
    std::vector<long long> observed;
    std::vector<double> expected;
    for (int a = 0; a < 4; ++a) {
        for (int b = 0; b < 4; ++b) {
            for (int c = 0; c < 4; ++c) {
                if (a == b || b == c || a == c) continue;
                const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b), uc = static_cast<std::size_t>(c);
                expected.push_back(p[ua] * p[ub] / (1 - p[ua]) * p[uc] / (1 - p[ua] - p[ub]));
                observed.push_back(counts[{a, b, c}]);
            }
        }
    }
    ASSERT_EQ(observed.size(), 24u);
    EXPECT_LT(gumbel::testing::chiSquare(observed, expected), gumbel::testing::chiSquareCritical(23));
}
INSTANTIATE_TEST_SUITE_P(Methods, PlackettLuce, ::testing::Values(MHotMethod::Exact, MHotMethod::Rejection));

class InclusionFrequencies : public ::testing::TestWithParam<MHotMethod> {};
TEST_P(InclusionFrequencies, MatchTheory) {
    const auto d = Distribution::named("zipf:1.3", 8);
    const int m = 3;
    const auto theory = gumbel::theory::inclusionProbabilities(d.value(), m);
    ASSERT_TRUE(theory.ok());
    const MHotSampler sampler = makeSampler(d.value(), 0.1, m, GetParam());
    std::vector<long long> counts(8, 0);
    MHotSample sample;
    const int n = 60000;
    for (std::uint64_t i = 0; i < n; ++i) {
        ASSERT_TRUE(sampler.sample(i, sample).ok());
        for (int c : sample.order) ++counts[static_cast<std::size_t>(c)];
    }
    // Each count is binomial(n, P); 4.5 standard errors per category (8 checks, overall alpha < 1e-4).
    for (std::size_t i = 0; i < 8; ++i) {
        const double prob = theory.value()[static_cast<Eigen::Index>(i)];
        const double se = std::sqrt(prob * (1 - prob) / n);
        EXPECT_NEAR(static_cast<double>(counts[i]) / n, prob, 4.5 * se) << "category " << i;
    }
}
INSTANTIATE_TEST_SUITE_P(Methods, InclusionFrequencies, ::testing::Values(MHotMethod::Exact, MHotMethod::Rejection));

TEST(MHotSampler, RejectionCapEndsInAnErrorNotAHang) {
    const auto d = Distribution::fromWeights({1.0 - 1e-9, 0.5e-9, 0.5e-9});
    const MHotSampler sampler = makeSampler(d.value(), 0.1, 2, MHotMethod::Rejection, OneHotKind::Relaxed, 1000);
    MHotSample sample;
    const auto s = sampler.sample(0, sample);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().find("cap of 1000 draws"), std::string::npos) << s.error();
    // The exact method draws once per column, whatever p is.
    const MHotSampler exact = makeSampler(d.value(), 0.1, 3, MHotMethod::Exact);
    ASSERT_TRUE(exact.sample(0, sample).ok());
    EXPECT_EQ(sample.draws, 3);
    EXPECT_TRUE(sample.v.allFinite());
}

TEST(MHotSampler, RejectedDrawsMatchTheExpectation) {
    const std::vector<double> p = {0.7, 0.1, 0.1, 0.1};
    const auto d = Distribution::fromWeights(p);
    const MHotSampler sampler = makeSampler(d.value(), 0.1, 2, MHotMethod::Rejection);
    MHotSample sample;
    double total = 0;
    const int n = 40000;
    for (std::uint64_t i = 0; i < n; ++i) {
        ASSERT_TRUE(sampler.sample(i, sample).ok());
        total += static_cast<double>(sample.draws);
    }
    double expected = 1.0;
    for (double q : p) expected += q / (1 - q);
    // Draws per sample: sd below 3 here; 5 se of the mean.
    EXPECT_NEAR(total / n, expected, 5 * 3.0 / std::sqrt(n));
}

TEST(MHotSampler, SameSeedSameSample) {
    const auto d = Distribution::named("zipf", 6);
    const MHotSampler a = makeSampler(d.value(), 0.1, 3, MHotMethod::Exact);
    const MHotSampler b = makeSampler(d.value(), 0.1, 3, MHotMethod::Exact);
    MHotSample x, y;
    ASSERT_TRUE(a.sample(17, x).ok());
    ASSERT_TRUE(b.sample(17, y).ok());
    EXPECT_EQ(x.v, y.v);
    EXPECT_EQ(x.order, y.order);
}
