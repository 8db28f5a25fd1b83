// The k = 2 closed forms of every estimator's mean and variance (core/BinaryGradientTheory) against the hand-derived
// forms of docs/gradients.md section 5 (toy at tau = 1), the quadrature table there (relaxed bias at other tau),
// and the engine's own samples at other logits, objectives and temperatures (z-tests, |z| < 4.5).
#include <gtest/gtest.h>

#include <cmath>

#include "core/BinaryGradientTheory.h"
#include "core/GradientStats.h"
#include "tests/support/GradientChecks.h"

using namespace gumbel::test::gradient;
using gumbel::theory::binaryGradientMoments;

namespace {
std::size_t at(Estimator e) { return static_cast<std::size_t>(e); }
}  // namespace

TEST(BinaryGradientTheory, ToyAtTauOneMatchesTheHandDerivedForms) {
    for (double t : {0.1, 0.45, 0.499, 0.8}) {
        for (int k : {1, 10, 200}) {
            const auto m = binaryGradientMoments(vec({0.0, 0.0}), toyObjective(t), 1.0, k).value();
            const double st = (1 - 2 * t) / 6;
            const double varST = ((1 - t) * (1 - t) + t * t) / 15 - st * st;
            EXPECT_NEAR(m.exact, (1 - 2 * t) / 4, 1e-15);
            EXPECT_NEAR(m.mean[at(Estimator::Reinforce)], (1 - 2 * t) / 4, 1e-15);
            EXPECT_NEAR(m.variance[at(Estimator::Reinforce)],
                        (std::pow(1 - t, 4) + std::pow(t, 4)) / 8 - std::pow((1 - 2 * t) / 4, 2), 1e-15);
            EXPECT_NEAR(m.mean[at(Estimator::ReinforceMean)], (1 - 2 * t) / 4, 1e-15);
            EXPECT_NEAR(m.variance[at(Estimator::ReinforceMean)], 0.0, 1e-15);
            EXPECT_NEAR(m.mean[at(Estimator::StraightThrough)], st, 1e-11);
            EXPECT_NEAR(m.variance[at(Estimator::StraightThrough)], varST, 1e-11);
            EXPECT_NEAR(m.mean[at(Estimator::GumbelRao)], st, 1e-11);
            EXPECT_NEAR(m.variance[at(Estimator::GumbelRao)], 1.0 / 36 + (varST - 1.0 / 36) / k, 1e-11) << t << " " << k;
            EXPECT_NEAR(m.mean[at(Estimator::Relaxed)], st, 1e-11);  // relaxed has ST's mean at tau = 1 only
            EXPECT_NEAR(m.biasSquared(Estimator::StraightThrough), 2 * std::pow(st - (1 - 2 * t) / 4, 2), 1e-13);
            EXPECT_NEAR(m.varianceTrace(Estimator::StraightThrough), 2 * varST, 1e-11);
        }
    }
}

TEST(BinaryGradientTheory, RelaxedBiasMatchesTheDocumentedQuadrature) {
    // docs/gradients.md section 5's table (two significant digits), t = 0.45: bias = E relaxed_0 - g*_0.
    const struct { double tau, bias; } rows[] = {{1, -8.3e-3}, {0.5, -3.5e-3}, {0.2, -7.6e-4}, {0.1, -2.0e-4},
                                                 {0.05, -5.1e-5}, {0.02, -8.2e-6}, {0.01, -2.1e-6}, {0.001, -2.1e-8}};
    for (const auto& row : rows) {
        const auto m = binaryGradientMoments(vec({0.0, 0.0}), toyObjective(), row.tau, 10).value();
        const double bias = m.mean[at(Estimator::Relaxed)] - m.exact;
        EXPECT_NEAR(bias, row.bias, 0.051 * std::abs(row.bias)) << "tau " << row.tau;
    }
    // Variance about 0.0087 / tau at small tau (the table's 0.87 at 0.01, 8.7 at 0.001).
    const auto small = binaryGradientMoments(vec({0.0, 0.0}), toyObjective(), 0.001, 10).value();
    EXPECT_NEAR(small.variance[at(Estimator::Relaxed)], 8.7, 0.1);
}

TEST(BinaryGradientTheory, AgreesWithTheEngineAtOtherLogitsObjectivesAndTemperatures) {
    const Objective objective = Objective::create(vec({0.3, 0.9}), vec({1.5, 0.5})).value();
    for (double tau : {0.03, 0.4, 3.0}) {
        for (const Eigen::VectorXd& theta : {vec({-1.0, 1.0}), vec({2.5, 0.0})}) {
            const auto exact = binaryGradientMoments(theta, objective, tau, 5).value();
            const auto estimators = make(theta, objective, tau, 5, 17);
            for (Estimator e : gumbel::labEstimators()) {  // the five it has closed forms for
                const SampleMoments s = momentsOf(draw(estimators, e, 0, 200000, 0));
                const double sd = std::sqrt(exact.variance[at(e)]);
                if (sd == 0.0) {
                    EXPECT_NEAR(s.mean, exact.mean[at(e)], 1e-12);
                    continue;
                }
                EXPECT_LT(std::abs(s.mean - exact.mean[at(e)]) / s.meanError(), kZ)
                    << gumbel::estimatorName(e) << " tau " << tau << " theta " << theta.transpose();
                EXPECT_LT(std::abs(s.variance - exact.variance[at(e)]) / s.varianceError(), kZ)
                    << gumbel::estimatorName(e) << " tau " << tau << " theta " << theta.transpose();
            }
        }
    }
}

TEST(BinaryGradientTheory, FiniteAtTheEdgesAndRefusesWhatItCannotDo) {
    for (double tau : {1e-4, 1e3}) {
        for (const Eigen::VectorXd& theta : {vec({700.0, -700.0}), vec({-700.0, 700.0}), vec({0.0, -INFINITY})}) {
            const auto m = binaryGradientMoments(theta, toyObjective(), tau, 10);
            ASSERT_TRUE(m.ok()) << m.error();
            for (Estimator e : gumbel::labEstimators()) {  // the five it has closed forms for
                EXPECT_TRUE(std::isfinite(m->mean[at(e)]) && std::isfinite(m->variance[at(e)]));
            }
        }
    }
    EXPECT_FALSE(binaryGradientMoments(vec({0.0, 0.0, 0.0}), Objective::create(vec({0, 0, 0})).value(), 1.0, 1).ok());
    EXPECT_FALSE(binaryGradientMoments(vec({0.0, 0.0}), toyObjective(), 0.0, 1).ok());
    EXPECT_FALSE(binaryGradientMoments(vec({0.0, 0.0}), toyObjective(), 1.0, 0).ok());
}
