#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "core/OneHotSampler.h"
#include "core/TemperedSoftmax.h"
#include "core/Theory.h"
#include "tests/support/StatChecks.h"

using gumbel::Distribution;
using gumbel::OneHotKind;
using gumbel::OneHotSampler;
using gumbel::Stream;

constexpr double kInf = std::numeric_limits<double>::infinity();

namespace {
Eigen::MatrixXd sampleMany(const Distribution& d, double tau, Eigen::Index n, std::uint64_t seed,
                           OneHotKind kind = OneHotKind::Relaxed, Eigen::MatrixXd* eps = nullptr) {
    Eigen::MatrixXd c;
    OneHotSampler::create(d, tau, seed)->sample(Stream::OneHot, 0, 0, n, c, kind, eps);
    return c;
}
}  // namespace

TEST(OneHotSampler, ColumnsLieOnTheSimplexAndZerosStayZero) {
    const auto d = Distribution::fromWeights({0.5, 0, 0.3, 0.2, 0});
    for (double tau : {0.01, 0.1, 1.0, 10.0}) {
        const Eigen::MatrixXd c = sampleMany(d.value(), tau, 2000, 1);
        for (Eigen::Index j = 0; j < c.cols(); ++j) {
            ASSERT_NEAR(c.col(j).sum(), 1.0, 1e-12);
            ASSERT_TRUE((c.col(j).array() >= 0.0).all());
            ASSERT_EQ(c(1, j), 0.0);
            ASSERT_EQ(c(4, j), 0.0);
        }
    }
}

TEST(OneHotSampler, ArgmaxFollowsPForEveryTau) {
    const auto d = Distribution::named("zipf:1", 10);
    const std::vector<double> p(d->probabilities().data(), d->probabilities().data() + 10);
    for (double tau : {0.05, 1.0, 20.0}) {
        const Eigen::MatrixXd c = sampleMany(d.value(), tau, 200000, 12);
        std::vector<long long> counts(10, 0);
        for (Eigen::Index j = 0; j < c.cols(); ++j) {
            Eigen::Index winner;
            c.col(j).maxCoeff(&winner);
            ++counts[static_cast<std::size_t>(winner)];
        }
        EXPECT_LT(gumbel::testing::chiSquare(counts, p), gumbel::testing::chiSquareCritical(9)) << "tau " << tau;
    }
}

TEST(OneHotSampler, NoiseIsHeldWhenTauChanges) {
    const auto d = Distribution::named("geometric:0.7", 6);
    const Eigen::MatrixXd sharp = sampleMany(d.value(), 0.01, 500, 4);
    const Eigen::MatrixXd soft = sampleMany(d.value(), 5.0, 500, 4);
    for (Eigen::Index j = 0; j < sharp.cols(); ++j) {
        Eigen::Index a, b;
        sharp.col(j).maxCoeff(&a);
        soft.col(j).maxCoeff(&b);
        ASSERT_EQ(a, b) << "column " << j;
    }
}

TEST(OneHotSampler, HardIsTheArgmaxOfTheRelaxedSample) {
    const auto d = Distribution::named("zipf", 7);
    const Eigen::MatrixXd soft = sampleMany(d.value(), 0.5, 300, 9);
    const Eigen::MatrixXd hard = sampleMany(d.value(), 0.5, 300, 9, OneHotKind::Hard);
    for (Eigen::Index j = 0; j < soft.cols(); ++j) {
        Eigen::Index a;
        soft.col(j).maxCoeff(&a);
        EXPECT_EQ(hard(a, j), 1.0);
        EXPECT_EQ(hard.col(j).sum(), 1.0);
    }
}

// k = 2: C_1 is binary Concrete. Test l = log C_1 - log C_2 = (z_1 - z_2) / tau
// in logit space, where values that round to C_1 = 1 stay exact.
class BinaryConcrete : public ::testing::TestWithParam<std::tuple<double, double>> {};
TEST_P(BinaryConcrete, MatchesTheClosedFormCdf) {
    const auto [p1, tau] = GetParam();
    const auto d = Distribution::fromWeights({p1, 1.0 - p1});
    Eigen::MatrixXd eps;
    const Eigen::Index n = 50000;
    const Eigen::MatrixXd c = sampleMany(d.value(), tau, n, 21, OneHotKind::Relaxed, &eps);
    std::vector<double> logits(static_cast<std::size_t>(n));
    for (Eigen::Index j = 0; j < n; ++j) {
        const Eigen::VectorXd z = eps.col(j) + d->logProbabilities();
        Eigen::VectorXd single(2);
        Eigen::VectorXd logC;
        gumbel::temperedSoftmax(z, tau, single, &logC);
        ASSERT_NEAR(single[0], c(0, j), 1e-13);  // the block path and the exact path agree
        logits[static_cast<std::size_t>(j)] = logC[0] - logC[1];
    }
    const double alpha = p1 / (1.0 - p1);
    const double dStat = gumbel::testing::ksStatistic(
        logits, [&](double l) { return gumbel::theory::binaryConcreteCdfOfLogit(l, alpha, tau); });
    EXPECT_LT(dStat, gumbel::testing::ksCritical(logits.size()));
}
INSTANTIATE_TEST_SUITE_P(Rows, BinaryConcrete,
                         ::testing::Combine(::testing::Values(0.5, 0.8, 0.01), ::testing::Values(0.01, 0.1, 1.0, 10.0)));

TEST(OneHotSampler, ExtremeTemperaturesAndLogitsNeverGiveNaN) {
    const auto d = Distribution::fromLogits({0.0, -1e300, -kInf, -5.0, -1e-300});
    for (double tau : {1e-6, 1e-3, 1.0, 1e3, 1e6}) {
        const Eigen::MatrixXd c = sampleMany(d.value(), tau, 5000, 3);
        ASSERT_TRUE(c.allFinite()) << "tau " << tau;
        for (Eigen::Index j = 0; j < c.cols(); ++j) {
            ASSERT_NEAR(c.col(j).sum(), 1.0, 1e-12);
            ASSERT_EQ(c(2, j), 0.0);
        }
    }
    // tau = 1e6 with p > 0 everywhere: every C_i is close to 1/k.
    const auto uniformish = Distribution::named("zipf", 5);
    const Eigen::MatrixXd flat = sampleMany(uniformish.value(), 1e6, 100, 3);
    EXPECT_NEAR(flat.maxCoeff(), 0.2, 1e-4);
}

TEST(OneHotSampler, MatrixShapeAndLimits) {
    const auto d = Distribution::named("uniform", 3);
    const auto g = gumbel::sampleGumbelMatrix(d.value(), 0.1, 5, 0);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->c.rows(), 3);
    EXPECT_EQ(g->c.cols(), 5);
    EXPECT_EQ(g->eps.cols(), 5);
    EXPECT_FALSE(gumbel::sampleGumbelMatrix(d.value(), 0.1, 0, 0).ok());
    EXPECT_FALSE(gumbel::sampleGumbelMatrix(d.value(), -1, 5, 0).ok());
    const auto huge = gumbel::sampleGumbelMatrix(d.value(), 0.1, 100000000, 0);
    ASSERT_FALSE(huge.ok());
    EXPECT_NE(huge.error().find("too large"), std::string::npos);
}

// The window reshapes its sample from the noise it already holds when tau or p changes, and fills large
// matrices from several threads: both must give exactly what one sample() call gives.
TEST(OneHotSampler, ReshapingHeldNoiseAndFillingByPartsGiveTheSameSample) {
    const Distribution p = Distribution::named("zipf", 37).value();
    for (OneHotKind kind : {OneHotKind::Relaxed, OneHotKind::Hard}) {
        for (double tau : {0.01, 0.7, 50.0}) {
            const OneHotSampler sampler = OneHotSampler::create(p, tau, 99).value();
            Eigen::MatrixXd c;
            Eigen::MatrixXd eps;
            sampler.sample(Stream::Matrix, 0, 0, 301, c, kind, &eps);
            Eigen::MatrixXd reshaped(37, 301);
            sampler.reshapeInto(eps.data(), 301, reshaped.data(), kind);
            EXPECT_EQ(reshaped, c);
            Eigen::MatrixXd parts(37, 301);
            Eigen::MatrixXd partsEps(37, 301);
            for (Eigen::Index first : {0, 100, 250}) {
                const Eigen::Index count = first == 0 ? 100 : (first == 100 ? 150 : 51);
                sampler.sampleInto(Stream::Matrix, 0, static_cast<std::uint32_t>(first), count, parts.col(first).data(), kind,
                                   partsEps.col(first).data());
            }
            EXPECT_EQ(parts, c);
            EXPECT_EQ(partsEps, eps);
        }
    }
}
