#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/Distribution.h"

using gumbel::Distribution;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(Distribution, WeightsAreNormalised) {
    const auto d = Distribution::fromWeights({1, 2, 3, 0});
    ASSERT_TRUE(d.ok());
    EXPECT_NEAR(d->probabilities().sum(), 1.0, 1e-15);
    EXPECT_DOUBLE_EQ(d->probabilities()[2], 0.5);
    EXPECT_EQ(d->probabilities()[3], 0.0);
    EXPECT_EQ(d->logProbabilities()[3], -kInf);
    EXPECT_EQ(d->supportSize(), 3);
}

TEST(Distribution, HugeWeightsDoNotOverflow) {
    const auto d = Distribution::fromWeights({1e308, 1e308, 1e308});
    ASSERT_TRUE(d.ok());
    EXPECT_NEAR(d->probabilities()[0], 1.0 / 3.0, 1e-15);
}

TEST(Distribution, LogitsAllowMinusInfinity) {
    const auto d = Distribution::fromLogits({0.0, -kInf, std::log(3.0), -1e300});
    ASSERT_TRUE(d.ok());
    EXPECT_NEAR(d->probabilities()[0], 0.25, 1e-15);
    EXPECT_NEAR(d->probabilities()[2], 0.75, 1e-15);
    EXPECT_EQ(d->probabilities()[1], 0.0);
    EXPECT_EQ(d->probabilities()[3], 0.0);
    EXPECT_EQ(d->supportSize(), 2);
}

struct BadWeights {
    std::vector<double> values;
    const char* mentions;
};

class WeightsRejected : public ::testing::TestWithParam<BadWeights> {};
TEST_P(WeightsRejected, WithAClearMessage) {
    const auto d = Distribution::fromWeights(GetParam().values);
    ASSERT_FALSE(d.ok());
    EXPECT_NE(d.error().find(GetParam().mentions), std::string::npos) << d.error();
}
INSTANTIATE_TEST_SUITE_P(Rows, WeightsRejected,
                         ::testing::Values(BadWeights{{}, "none"}, BadWeights{{1, -2}, "weight 2 (-2) is negative"},
                                           BadWeights{{1, kNaN}, "weight 2 is NaN"},
                                           BadWeights{{kInf, 1}, "weight 1 (inf) is infinite"},
                                           BadWeights{{0, 0, 0}, "all 3 weights are zero"}));

class LogitsRejected : public ::testing::TestWithParam<BadWeights> {};
TEST_P(LogitsRejected, WithAClearMessage) {
    const auto d = Distribution::fromLogits(GetParam().values);
    ASSERT_FALSE(d.ok());
    EXPECT_NE(d.error().find(GetParam().mentions), std::string::npos) << d.error();
}
INSTANTIATE_TEST_SUITE_P(Rows, LogitsRejected,
                         ::testing::Values(BadWeights{{}, "none"}, BadWeights{{0, kNaN}, "logit 2 is NaN"},
                                           BadWeights{{kInf}, "+inf"}, BadWeights{{-kInf, -kInf}, "all 2 logits are -inf"}));

TEST(Distribution, TooManyCategories) {
    const auto d = Distribution::named("uniform", 2000000);
    ASSERT_FALSE(d.ok());
    EXPECT_NE(d.error().find("out of range"), std::string::npos);
    EXPECT_FALSE(Distribution::named("uniform", 0).ok());
}

struct Preset {
    const char* spec;
    double p0;
    double p1;
};
class Presets : public ::testing::TestWithParam<Preset> {};
TEST_P(Presets, HaveTheirClosedForms) {
    const auto d = Distribution::named(GetParam().spec, 4);
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_NEAR(d->probabilities().sum(), 1.0, 1e-14);
    EXPECT_NEAR(d->probabilities()[0], GetParam().p0, 1e-14);
    EXPECT_NEAR(d->probabilities()[1], GetParam().p1, 1e-14);
}
INSTANTIATE_TEST_SUITE_P(Rows, Presets,
                         ::testing::Values(Preset{"uniform", 0.25, 0.25}, Preset{"zipf", 12.0 / 25.0, 6.0 / 25.0},
                                           Preset{"zipf:0", 0.25, 0.25}, Preset{"geometric:0.5", 8.0 / 15.0, 4.0 / 15.0},
                                           Preset{"peaked:0.7", 0.7, 0.1}));

TEST(Distribution, DirichletIsSeededAndValid) {
    const auto a = Distribution::named("dirichlet:0.5", 50, 1);
    const auto b = Distribution::named("dirichlet:0.5", 50, 1);
    const auto c = Distribution::named("dirichlet:0.5", 50, 2);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(a->probabilities(), b->probabilities());
    EXPECT_NE(a->probabilities(), c->probabilities());
    EXPECT_NEAR(a->probabilities().sum(), 1.0, 1e-14);
    EXPECT_TRUE((a->probabilities().array() >= 0).all());
    // Tiny alpha stays finite in log space.
    const auto tiny = Distribution::named("dirichlet:0.001", 20, 3);
    ASSERT_TRUE(tiny.ok());
    EXPECT_TRUE(tiny->logProbabilities().allFinite());
}

TEST(Distribution, DirichletMeanMatches) {
    // Mean of Dirichlet(alpha) is 1/k for each coordinate: average over seeds.
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(5);
    const int runs = 2000;
    for (int s = 0; s < runs; ++s) mean += Distribution::named("dirichlet:2", 5, static_cast<std::uint64_t>(s))->probabilities();
    mean /= runs;
    // sd of a coordinate: sqrt(0.2*0.8/11) = 0.12 -> se 0.0027; 5 se.
    for (int i = 0; i < 5; ++i) EXPECT_NEAR(mean[i], 0.2, 0.0135);
}

TEST(Distribution, PresetErrorsNameTheProblem) {
    EXPECT_NE(Distribution::named("zipf:-1", 4).error().find("zipf"), std::string::npos);
    EXPECT_NE(Distribution::named("geometric:0", 4).error().find("0 < r <= 1"), std::string::npos);
    EXPECT_NE(Distribution::named("dirichlet:abc", 4).error().find("'abc'"), std::string::npos);
    EXPECT_NE(Distribution::named("peaked:1", 4).error().find("0 < q < 1"), std::string::npos);
    EXPECT_NE(Distribution::named("normal", 4).error().find("unknown distribution 'normal'"), std::string::npos);
    EXPECT_FALSE(Distribution::named("uniform:3", 4).ok());
}
