#include <gtest/gtest.h>

#include <stdexcept>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
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

// The exact method's columns are the top-down construction, written here as docs/math.md states it, in long
// double log space from the same uniforms: z_z = M = -log(-log u_k) ~ Gumbel(0); every other z_i is
// Gumbel(log p_i) truncated above at M, -log(exp(-M) + exp(-(log p_i - log(-log u_i)))); C = softmax(z / tau).
// Covers p = 0 (C exactly 0), p far below 1e-250 and p that rounds to 0 with a finite log p (from logits).
TEST(MHotSampler, ExactWinnersAreTheInverseCdfOfTheirUniforms) {
    // Each column's winner is the first category not yet taken whose cumulative mass (in index order, over the
    // categories left) exceeds u P(not taken), u the column's cell k + 1: here summed directly in long double.
    // The sampler places u on the prefix sums of p while at least half the mass is left, so both of its paths
    // run (p below: m up to the whole support, zeros, a peaked p, equal p).
    std::vector<std::vector<double>> weights = {{0.1, 0.2, 0.3, 0.4}, {5, 0, 1, 0, 3, 1e-9, 2, 0, 7}, {1e6, 1, 1, 1, 1}};
    std::vector<double> zipf(100);
    for (std::size_t i = 0; i < zipf.size(); ++i) zipf[i] = 1.0 / static_cast<double>(i + 1);
    weights.push_back(zipf);
    weights.push_back(std::vector<double>(70, 1.0));
    for (const auto& w : weights) {
        const auto d = Distribution::fromWeights(w);
        const int k = d->size();
        const int support = d->supportSize();
        for (int m : {1, std::min(3, support), support}) {
            const MHotSampler sampler = makeSampler(d.value(), 0.5, m, MHotMethod::Exact, OneHotKind::Hard);
            const gumbel::NoiseField noise(5);  // makeSampler's seed
            MHotSample sample;
            for (std::uint64_t n = 0; n < 300; ++n) {
                ASSERT_TRUE(sampler.sample(n, sample).ok());
                std::vector<long double> available(d->probabilities().data(), d->probabilities().data() + k);
                for (int j = 0; j < m; ++j) {
                    std::vector<double> u(static_cast<std::size_t>(k) + 2);
                    noise.uniforms(gumbel::Stream::MHot, n, static_cast<std::uint32_t>(j), 1, u.size(), u.data());
                    long double left = 0.0L;
                    for (long double a : available) left += a;
                    const long double target = static_cast<long double>(u[static_cast<std::size_t>(k) + 1]) * left;
                    int expected = -1;
                    long double cumulative = 0.0L;
                    for (int i = 0; i < k; ++i) {
                        if (available[static_cast<std::size_t>(i)] == 0.0L) continue;
                        expected = i;
                        cumulative += available[static_cast<std::size_t>(i)];
                        if (target < cumulative) break;
                    }
                    ASSERT_EQ(sample.order[static_cast<std::size_t>(j)], expected)
                        << "k " << k << " m " << m << " sample " << n << " column " << j;
                    available[static_cast<std::size_t>(expected)] = 0.0L;
                }
            }
        }
    }
}

TEST(MHotSampler, ExactColumnsAreTheTopDownConstruction) {
    const std::vector<std::vector<double>> logits = {
        {std::log(0.1), std::log(0.2), std::log(0.3), std::log(0.4)},
        {0.0, -std::numeric_limits<double>::infinity(), -600.0, -750.0, 1.0, 2.0, -0.5}};
    for (const auto& theta : logits) {
        const auto d = Distribution::fromLogits(theta);
        const int k = d->size();
        for (double tau : {0.01, 0.3, 1.0, 10.0}) {
            const MHotSampler sampler = makeSampler(d.value(), tau, 3, MHotMethod::Exact);
            const gumbel::NoiseField noise(5);  // makeSampler's seed
            MHotSample sample;
            for (std::uint64_t n = 0; n < 200; ++n) {
                ASSERT_TRUE(sampler.sample(n, sample).ok());
                for (int j = 0; j < 3; ++j) {
                    std::vector<double> u(static_cast<std::size_t>(k) + 2);
                    noise.uniforms(gumbel::Stream::MHot, n, static_cast<std::uint32_t>(j), 1, u.size(), u.data());
                    const long double top = -std::log(-std::log(static_cast<long double>(u[static_cast<std::size_t>(k)])));
                    const int winner = sample.order[static_cast<std::size_t>(j)];
                    std::vector<long double> z(static_cast<std::size_t>(k));
                    for (int i = 0; i < k; ++i) {
                        const long double logP = d->logProbabilities()[i];
                        const long double g = logP - std::log(-std::log(static_cast<long double>(u[static_cast<std::size_t>(i)])));
                        // -log(exp(-top) + exp(-g)) = min(top, g) - log1p(exp(-|g - top|))
                        z[static_cast<std::size_t>(i)] = std::isinf(logP) ? logP : std::min(top, g) - std::log1p(std::exp(-std::fabs(g - top)));
                    }
                    z[static_cast<std::size_t>(winner)] = top;
                    long double sum = 0.0L;
                    for (int i = 0; i < k; ++i) sum += std::exp((z[static_cast<std::size_t>(i)] - top) / tau);
                    for (int i = 0; i < k; ++i) {
                        const double expected = static_cast<double>(std::exp((z[static_cast<std::size_t>(i)] - top) / tau) / sum);
                        // exp amplifies a gap's rounding: relative error about |log C| ulps.
                        const double tolerance =
                            expected > 0.0 ? 1e-14 * expected * (1.0 + std::fabs(std::log(expected))) + 1e-300 : 1e-300;
                        ASSERT_NEAR(sample.v(i, j), expected, tolerance)
                            << "k " << k << " tau " << tau << " sample " << n << " column " << j << " category " << i;
                        if (std::isinf(d->logProbabilities()[i])) {
                            ASSERT_EQ(sample.v(i, j), 0.0);
                        }
                    }
                }
            }
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

// smallestM picks the m smallest, in increasing order, like a full sort, whatever the threshold.
TEST(GumbelTopM, SmallestMIsTheStartOfAFullSort) {
    std::vector<std::pair<double, int>> scratch;
    for (int k : {1, 2, 7, 50, 1000}) {
        std::vector<double> e(static_cast<std::size_t>(k));
        for (int i = 0; i < k; ++i) e[static_cast<std::size_t>(i)] = std::fabs(std::sin(12.9898 * (i + 1)) * 43758.5453);
        if (k > 2) e[1] = std::numeric_limits<double>::infinity();  // p = 0
        std::vector<int> sorted(static_cast<std::size_t>(k));
        for (int i = 0; i < k; ++i) sorted[static_cast<std::size_t>(i)] = i;
        std::sort(sorted.begin(), sorted.end(), [&](int a, int b) { return e[static_cast<std::size_t>(a)] < e[static_cast<std::size_t>(b)]; });
        for (int m : {1, (k + 1) / 2, k}) {
            for (double threshold : {0.0, 1000.0, 20000.0, std::numeric_limits<double>::infinity()}) {
                std::vector<int> order(static_cast<std::size_t>(m));
                gumbel::smallestM(e.data(), k, m, threshold, order.data(), scratch);
                EXPECT_EQ(order, std::vector<int>(sorted.begin(), sorted.begin() + m)) << "k " << k << ", m " << m;
            }
        }
    }
}

namespace {
// The accepted orders of samples [0, n): the shortcut (exact method) or the literal rule (rejection).
std::vector<std::vector<int>> acceptedOrders(const MHotSampler& sampler, std::uint32_t n) {
    std::vector<std::vector<int>> orders;
    gumbel::AcceptedBatch batch;
    for (std::uint32_t first = 0; first < n; first += 4096) {
        const std::size_t count = std::min<std::uint32_t>(4096, n - first);
        EXPECT_TRUE(sampler.acceptedOrders(first, count, batch).ok());
        for (std::size_t i = 0; i < count; ++i) orders.emplace_back(batch.order(i), batch.order(i) + batch.m);
    }
    return orders;
}

std::vector<std::vector<int>> literalOrders(const MHotSampler& sampler, std::uint32_t n) {
    std::vector<std::vector<int>> orders;
    MHotSample sample;
    for (std::uint32_t i = 0; i < n; ++i) {
        EXPECT_TRUE(sampler.sample(i, sample).ok());
        orders.push_back(sample.order);
    }
    return orders;
}

// Counts of the accepted *set* (as a bit mask over k categories) and of the first two positions (i_1, i_2).
std::vector<long long> setCounts(const std::vector<std::vector<int>>& orders, int k) {
    std::vector<long long> counts(std::size_t{1} << k, 0);
    for (const auto& order : orders) {
        unsigned mask = 0;
        for (int c : order) mask |= 1u << c;
        ++counts[mask];
    }
    return counts;
}

std::vector<long long> firstTwoCounts(const std::vector<std::vector<int>>& orders, int k) {
    std::vector<long long> counts(static_cast<std::size_t>(k * k), 0);
    for (const auto& order : orders) ++counts[static_cast<std::size_t>(order[0] * k + order[1])];
    return counts;
}
}  // namespace

// The shortcut (top m of ONE perturbed vector) against the source's literal rule (discard repeats): the
// law of the accepted set (so of every inclusion) and of the first two positions of the order, by
// two-sample chi-square at the 0.1% level, with fixed seeds. The statistics are printed: a shortcut that
// drew, say, the top m without the order or with a wrong p would fail by far (see the Plackett-Luce test).
TEST(GumbelTopM, SameLawAsTheLiteralRule) {
    const std::vector<double> p = {0.3, 0.25, 0.2, 0.12, 0.08, 0.05};
    const int k = 6;
    const auto d = Distribution::fromWeights(p);
    const int m = 3;
    const std::uint32_t n = 200000;
    const auto shortcut = acceptedOrders(makeSampler(d.value(), 0.1, m, MHotMethod::Exact, OneHotKind::Relaxed, 1000000, 11), n);
    const auto literal = literalOrders(makeSampler(d.value(), 0.1, m, MHotMethod::Rejection, OneHotKind::Relaxed, 1000000, 12), n);
    int dof = 0;
    const double sets = gumbel::testing::chiSquareTwoSample(setCounts(shortcut, k), setCounts(literal, k), dof);
    EXPECT_EQ(dof, 19);  // the C(6, 3) = 20 sets all occur
    EXPECT_LT(sets, gumbel::testing::chiSquareCritical(dof));
    std::printf("accepted sets: chi-square %.1f, dof %d, 0.1%% critical %.1f\n", sets, dof, gumbel::testing::chiSquareCritical(dof));
    const double pairs = gumbel::testing::chiSquareTwoSample(firstTwoCounts(shortcut, k), firstTwoCounts(literal, k), dof);
    EXPECT_EQ(dof, 29);  // the 6 x 5 ordered pairs
    EXPECT_LT(pairs, gumbel::testing::chiSquareCritical(dof));
    std::printf("first two positions: chi-square %.1f, dof %d, 0.1%% critical %.1f\n", pairs, dof, gumbel::testing::chiSquareCritical(dof));
    // And the shortcut's first two positions against Plackett-Luce itself.
    std::vector<double> expected;
    for (int a = 0; a < k; ++a) {
        for (int b = 0; b < k; ++b) {
            const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
            expected.push_back(a == b ? 0.0 : p[ua] * p[ub] / (1 - p[ua]));
        }
    }
    std::vector<long long> observed = firstTwoCounts(shortcut, k);
    std::vector<long long> keptObserved;
    std::vector<double> keptExpected;
    for (std::size_t c = 0; c < expected.size(); ++c) {
        if (expected[c] == 0.0) {
            EXPECT_EQ(observed[c], 0);
            continue;
        }
        keptObserved.push_back(observed[c]);
        keptExpected.push_back(expected[c]);
    }
    EXPECT_LT(gumbel::testing::chiSquare(keptObserved, keptExpected), gumbel::testing::chiSquareCritical(29));
}

// The test above can fail: top m of a vector perturbed with the wrong scale (2 eps, p^(1/2) in effect) is not
// the same law, and the same check rejects it.
TEST(GumbelTopM, TheCheckRejectsAWrongShortcut) {
    const std::vector<double> p = {0.3, 0.25, 0.2, 0.12, 0.08, 0.05};
    const int k = 6;
    const auto d = Distribution::fromWeights(p);
    const auto flattened = Distribution::fromWeights({std::sqrt(0.3), std::sqrt(0.25), std::sqrt(0.2), std::sqrt(0.12),
                                                      std::sqrt(0.08), std::sqrt(0.05)});
    const std::uint32_t n = 200000;
    const auto wrong = acceptedOrders(makeSampler(flattened.value(), 0.1, 3, MHotMethod::Exact, OneHotKind::Relaxed, 1000000, 11), n);
    const auto literal = literalOrders(makeSampler(d.value(), 0.1, 3, MHotMethod::Rejection, OneHotKind::Relaxed, 1000000, 12), n);
    int dof = 0;
    const double sets = gumbel::testing::chiSquareTwoSample(setCounts(wrong, k), setCounts(literal, k), dof);
    EXPECT_GT(sets, gumbel::testing::chiSquareCritical(dof));
}

TEST(GumbelTopM, InclusionMatchesTheIntegral) {
    const auto d = Distribution::named("zipf:1.1", 50);
    const int m = 10;
    const auto exact = gumbel::theory::inclusionProbabilities(d.value(), m);
    ASSERT_TRUE(exact.ok());
    const std::uint32_t n = 200000;
    std::vector<long long> counts(50, 0);
    for (const auto& order : acceptedOrders(makeSampler(d.value(), 0.1, m, MHotMethod::Exact), n)) {
        ASSERT_EQ(std::set<int>(order.begin(), order.end()).size(), static_cast<std::size_t>(m));
        for (int c : order) ++counts[static_cast<std::size_t>(c)];
    }
    // Each count is binomial(n, P(i in S)): 4.5 standard errors per category.
    for (std::size_t i = 0; i < 50; ++i) {
        const double prob = exact.value()[static_cast<Eigen::Index>(i)];
        EXPECT_NEAR(static_cast<double>(counts[i]) / n, prob, 4.5 * std::sqrt(prob * (1 - prob) / n)) << "category " << i;
    }
}

TEST(GumbelTopM, OrdersArePureFunctionsOfTheSampleIndex) {
    const auto d = Distribution::fromWeights({0.3, 0.0, 0.2, 0.4, 0.1});
    for (MHotMethod method : {MHotMethod::Exact, MHotMethod::Rejection}) {
        const MHotSampler sampler = makeSampler(d.value(), 0.1, 4, method);
        gumbel::AcceptedBatch whole, part;
        ASSERT_TRUE(sampler.acceptedOrders(0, 100, whole).ok());
        for (std::uint32_t first : {0u, 37u, 99u}) {
            ASSERT_TRUE(sampler.acceptedOrders(first, 1, part).ok());
            EXPECT_TRUE(std::equal(part.order(0), part.order(0) + 4, whole.order(first)));
            EXPECT_EQ(part.draws[0], whole.draws[first]);
            EXPECT_EQ(std::count(part.order(0), part.order(0) + 4, 1), 0);  // p = 0 never taken
        }
    }
    // The rejection rule's order and draws are those of sample(): the same literal rule, same noise.
    const MHotSampler rejection = makeSampler(d.value(), 0.1, 4, MHotMethod::Rejection);
    gumbel::AcceptedBatch batch;
    ASSERT_TRUE(rejection.acceptedOrders(0, 50, batch).ok());
    MHotSample sample;
    for (std::uint32_t i = 0; i < 50; ++i) {
        ASSERT_TRUE(rejection.sample(i, sample).ok());
        EXPECT_EQ(std::vector<int>(batch.order(i), batch.order(i) + 4), sample.order);
        EXPECT_EQ(batch.draws[i], sample.draws);
    }
}
