// The (tau_f, tau_b) map of decoupled straight-through against independent computations: each cell against the
// engine's streaming statistics (GradientSampler) at that cell, the diagonal against the relaxed estimator (the
// same estimator when tau_f = tau_b), the same numbers on one and on two threads, and bad requests refused with
// their reason.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <vector>

#include "core/DecoupledMap.h"
#include "core/GradientStats.h"

using namespace gumbel;

namespace {

struct Problem {
    Eigen::VectorXd theta;
    Objective objective;
};

Eigen::VectorXd four(double a, double b, double c, double d) {
    Eigen::VectorXd v(4);
    v << a, b, c, d;
    return v;
}

Problem problem() {
    return {four(0.3, -0.8, 1.1, -0.2), Objective::create(four(0.7, 0.1, 0.0, 0.2), four(1.0, 0.5, 2.0, 1.0)).value()};
}

GradientSettings seeded() {
    GradientSettings s;
    s.seed = 11;
    return s;
}

// The engine's own statistics of `estimator` at (tau, tauB): the sampler the lab's curves use.
GradientStats reference(const Problem& pr, Estimator estimator, double tau, double tauB, long long samples) {
    GradientJob job;
    job.settings = seeded();
    job.settings.tau = tau;
    job.settings.backwardTau = tauB;
    job.estimators = EstimatorSet::only(estimator);
    const GradientSampler sampler = GradientSampler::create(pr.theta, pr.objective, job).value();
    GradientStatsSet stats = sampler.emptyStats();
    EXPECT_TRUE(sampler.run(0, static_cast<std::uint64_t>(samples), 1, stats).ok());
    return stats[static_cast<std::size_t>(estimator)];
}

void expectClose(double a, double b, double relative, const char* what) {
    EXPECT_LE(std::abs(a - b), relative * std::max(std::abs(a), std::abs(b)) + 1e-300) << what << ": " << a << " vs " << b;
}

}  // namespace

TEST(DecoupledMap, EveryCellIsTheEnginesStatisticsThere) {
    const Problem pr = problem();
    DecoupledMapRequest request;
    request.taus = {0.05, 0.4, 3.0};
    request.samples = 3000;
    const auto cells = decoupledMap(pr.theta, pr.objective, seeded(), request).value();
    ASSERT_EQ(cells.size(), 9u);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const GradientStats ref = reference(pr, Estimator::DecoupledStraightThrough, request.taus[column],
                                                request.taus[row], request.samples);
            const DecoupledCell& c = cells[static_cast<std::size_t>(row * 3 + column)];
            // Summation orders differ (Welford here, chunks appended there): 1e-9 relative.
            expectClose(c.variance, ref.varianceTrace(), 1e-9, "variance");
            expectClose(c.biasSquaredEstimate, ref.biasSquaredEstimate(), 1e-7, "bias^2");
            expectClose(c.meanSquaredError(1), std::max(0.0, ref.biasSquaredEstimate()) + ref.varianceTrace(), 1e-7,
                        "MSE");
        }
    }
}

TEST(DecoupledMap, TheDiagonalIsTheRelaxedEstimator) {
    const Problem pr = problem();
    DecoupledMapRequest request;
    request.taus = {0.1, 1.0, 5.0};
    request.samples = 4000;
    const auto cells = decoupledMap(pr.theta, pr.objective, seeded(), request).value();
    for (int i = 0; i < 3; ++i) {
        const GradientStats relaxed = reference(pr, Estimator::Relaxed, request.taus[i], 1.0, request.samples);
        const DecoupledCell& c = cells[static_cast<std::size_t>(i * 3 + i)];
        expectClose(c.variance, relaxed.varianceTrace(), 1e-9, "variance");
        expectClose(c.biasSquaredEstimate, relaxed.biasSquaredEstimate(), 1e-7, "bias^2");
    }
    // Off the diagonal it is another estimator: tau_b = 5 at tau_f = 0.1 is not relaxed at 0.1.
    const GradientStats relaxed = reference(pr, Estimator::Relaxed, 0.1, 1.0, request.samples);
    EXPECT_GT(std::abs(cells[2 * 3 + 0].variance - relaxed.varianceTrace()), 1e-3 * relaxed.varianceTrace());
}

TEST(DecoupledMap, OneAndTwoThreadsGiveTheSameNumbers) {
    const Problem pr = problem();
    DecoupledMapRequest request;
    request.taus = logSpaced(0.01, 10.0, 5);
    request.samples = 1500;
    request.threads = 1;
    const auto one = decoupledMap(pr.theta, pr.objective, seeded(), request).value();
    request.threads = 2;
    long long last = 0;
    const auto two = decoupledMap(pr.theta, pr.objective, seeded(), request, nullptr,
                                  [&last](long long samples, const std::vector<DecoupledCell>& cells) {
                                      EXPECT_GT(samples, last);
                                      EXPECT_EQ(cells.size(), 25u);
                                      last = samples;
                                  })
                         .value();
    EXPECT_EQ(last, 1500);
    for (std::size_t i = 0; i < one.size(); ++i) {
        EXPECT_EQ(one[i].variance, two[i].variance);
        EXPECT_EQ(one[i].biasSquaredEstimate, two[i].biasSquaredEstimate);
        EXPECT_TRUE(std::isfinite(one[i].meanSquaredError(4)));
    }
}

TEST(DecoupledMap, BadRequestsAreRefusedWithTheirReason) {
    const Problem pr = problem();
    DecoupledMapRequest request;
    request.taus = {0.1, 0.0};
    EXPECT_NE(decoupledMap(pr.theta, pr.objective, seeded(), request).error().find("1e-4 .. 1e3"), std::string::npos);
    request.taus = {0.1, 2000.0};
    EXPECT_FALSE(decoupledMap(pr.theta, pr.objective, seeded(), request).ok());
    request.taus = {};
    EXPECT_FALSE(decoupledMap(pr.theta, pr.objective, seeded(), request).ok());
    request.taus = {0.1, 1.0};
    request.samples = 1;
    EXPECT_NE(decoupledMap(pr.theta, pr.objective, seeded(), request).error().find("samples"), std::string::npos);
    request.samples = 100;
    const std::atomic<bool> cancel{true};
    EXPECT_EQ(decoupledMap(pr.theta, pr.objective, seeded(), request, &cancel).error(), "cancelled");
    // Logits of +-700 and the extreme temperatures stay finite.
    const Eigen::VectorXd wide = four(700.0, -700.0, 0.0, 699.0);
    request.taus = {1e-4, 1.0, 1e3};
    request.samples = 200;
    const auto extreme = decoupledMap(wide, pr.objective, seeded(), request);
    ASSERT_TRUE(extreme.ok());
    for (const DecoupledCell& c : extreme.value()) {
        EXPECT_TRUE(std::isfinite(c.variance) && std::isfinite(c.biasSquaredEstimate));
    }
}
