// The gradient lab's engine against itself: the estimators of one sample share its noise, and the streaming
// statistics give the same numbers on any thread count and any split, equal the direct computation, and are left
// unchanged by a cancel. Every test draws with a fixed seed.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/GradientEstimators.h"
#include "core/GradientStats.h"
#include "tests/support/GradientChecks.h"

using namespace gumbel::test::gradient;

// ---- common noise, threads, streaming statistics ----

TEST(GradientNoise, EstimatorsShareTheNoiseOfTheirSample) {
    const auto estimators = make(theta5(), objective5(), 0.4, 5, 51);
    gumbel::GradientScratch scratch;
    std::array<Eigen::MatrixXd, gumbel::kEstimatorCount> all;
    estimators.estimateBlock(100, 50, EstimatorSet::all(), scratch, all);
    for (Estimator e : gumbel::allEstimators()) {
        for (Eigen::Index s = 0; s < 50; ++s) {
            const Eigen::VectorXd alone = estimators.estimate(100 + static_cast<std::uint64_t>(s), e);
            ASSERT_EQ(alone, all[static_cast<std::size_t>(e)].col(s)) << gumbel::estimatorName(e);
        }
    }
    // Straight into a caller's matrix: the same numbers; a block of the wrong shape is refused.
    Eigen::MatrixXd batch(5, 80);
    for (Estimator e : gumbel::allEstimators()) {
        ASSERT_TRUE(estimators.estimateBlock(100, e, scratch, batch.middleCols(30, 50)).ok());
        EXPECT_EQ(batch.middleCols(30, 50), all[static_cast<std::size_t>(e)]) << gumbel::estimatorName(e);
    }
    Eigen::MatrixXd wide(6, 10);
    EXPECT_FALSE(estimators.estimateBlock(0, Estimator::Relaxed, scratch, wide).ok());
    EXPECT_FALSE(estimators.estimateBlock(0, Estimator::Relaxed, scratch, wide.topRows(5)).ok());
    // REINFORCE's positive component (f > 0 everywhere here) is z, the argmax of the same eps.
    for (Eigen::Index s = 0; s < 50; ++s) {
        Eigen::Index z = 0;
        all[static_cast<std::size_t>(Estimator::Reinforce)].col(s).maxCoeff(&z);
        EXPECT_EQ(z, estimators.winner(100 + static_cast<std::uint64_t>(s)));
    }
}

TEST(GradientStats, SameNumbersOnAnyThreadCountAndAnySplit) {
    GradientJob job;
    job.settings.tau = 0.5;
    job.settings.conditionalSamples = 4;
    job.settings.seed = 61;
    job.histogram = {-2.0, 2.0, 40};
    const auto sampler = GradientSampler::create(theta5(), objective5(), job).value();
    const std::uint64_t n = 50000;
    auto one = sampler.emptyStats();
    ASSERT_TRUE(sampler.run(0, n, 1, one).ok());
    for (int threads : {2, 3, 7}) {
        auto many = sampler.emptyStats();
        ASSERT_TRUE(sampler.run(0, n, threads, many).ok());
        for (Estimator e : gumbel::allEstimators()) {
            const auto& a = one[static_cast<std::size_t>(e)];
            const auto& b = many[static_cast<std::size_t>(e)];
            ASSERT_EQ(a.count(), static_cast<long long>(n));
            EXPECT_EQ(a.mean(), b.mean()) << threads;
            EXPECT_EQ(a.moments().squaredDeviations(), b.moments().squaredDeviations()) << threads;
            for (int j = 0; j < 5; ++j) {
                EXPECT_TRUE(std::equal(a.histogram(j), a.histogram(j) + 42, b.histogram(j))) << threads;
            }
        }
    }
    // Two pieces cut at a multiple of the chunk size give the same numbers as one run.
    const std::uint64_t cut = sampler.chunkSize() * 37;
    auto pieces = sampler.emptyStats();
    ASSERT_TRUE(sampler.run(0, cut, 2, pieces).ok());
    ASSERT_TRUE(sampler.run(cut, n - cut, 2, pieces).ok());
    for (Estimator e : gumbel::allEstimators()) {
        EXPECT_EQ(one[static_cast<std::size_t>(e)].mean(), pieces[static_cast<std::size_t>(e)].mean());
        EXPECT_EQ(one[static_cast<std::size_t>(e)].moments().squaredDeviations(),
                  pieces[static_cast<std::size_t>(e)].moments().squaredDeviations());
    }
}

TEST(GradientStats, StreamingNumbersEqualTheDirectComputation) {
    GradientJob job;
    job.settings.tau = 0.7;
    job.settings.seed = 62;
    job.estimators = EstimatorSet::only(Estimator::Relaxed).add(Estimator::Reinforce);
    job.histogram = {-1.0, 1.0, 20};
    const auto sampler = GradientSampler::create(theta5(), objective5(), job).value();
    const std::uint64_t n = 20000;
    auto stats = sampler.emptyStats();
    ASSERT_TRUE(sampler.run(0, n, 2, stats).ok());
    EXPECT_EQ(stats[static_cast<std::size_t>(Estimator::StraightThrough)].count(), 0);
    for (Estimator e : {Estimator::Relaxed, Estimator::Reinforce}) {
        const auto& s = stats[static_cast<std::size_t>(e)];
        const Eigen::VectorXd exact = sampler.estimators().exact().gradient;
        double trace = 0, mse = 0;
        Eigen::VectorXd mean(5);
        for (int j = 0; j < 5; ++j) {
            const std::vector<double> x = draw(sampler.estimators(), e, 0, n, j);
            const SampleMoments m = momentsOf(x);
            mean[j] = m.mean;
            trace += m.variance;
            for (double v : x) mse += (v - exact[j]) * (v - exact[j]) / static_cast<double>(n);
            EXPECT_NEAR(s.mean()[j], m.mean, 1e-12 * (1 + std::fabs(m.mean)));
            EXPECT_NEAR(s.variance()[j], m.variance, 1e-10 * m.variance);
            EXPECT_NEAR(s.standardErrors()[j], std::sqrt(m.variance / n), 1e-10 * std::sqrt(m.variance / n));
            long long below = 0, inFirstBin = 0, above = 0;
            for (double v : x) {
                below += v < -1.0;
                inFirstBin += v >= -1.0 && v < -0.9;
                above += v >= 1.0;
            }
            EXPECT_EQ(s.histogram(j)[0], below);
            EXPECT_EQ(s.histogram(j)[1], inFirstBin);
            EXPECT_EQ(s.histogram(j)[21], above);
            long long total = 0;
            for (int b = 0; b < 22; ++b) total += s.histogram(j)[b];
            EXPECT_EQ(total, static_cast<long long>(n));
        }
        EXPECT_NEAR(s.varianceTrace(), trace, 1e-10 * trace);
        EXPECT_NEAR(s.biasSquared(), (mean - exact).squaredNorm(), 1e-12);
        EXPECT_NEAR(s.meanSquaredError(), mse, 1e-10 * mse);
    }
}

TEST(GradientStats, CancelLeavesTheStatisticsUnchanged) {
    GradientJob job;
    const auto sampler = GradientSampler::create(theta5(), objective5(), job).value();
    auto stats = sampler.emptyStats();
    std::atomic<bool> cancel{true};
    EXPECT_FALSE(sampler.run(0, 100000, 2, stats, &cancel).ok());
    EXPECT_EQ(stats[0].count(), 0);
}
