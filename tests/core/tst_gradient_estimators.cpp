// The gradient lab's engine against closed forms (docs/gradients.md), against
// itself (Rao-Blackwellisation, the conditional sampler) and against bad input; common noise, thread counts and the
// streaming statistics are in tst_gradient_stats.
// Every test draws with a fixed seed. Means are z-tests with the sample standard
// error (|z| < 4.5: a correct estimator fails with probability below 1e-5);
// variances use the standard error of the sample variance, sqrt((m4 - s^4) / n),
// with the fourth central moment m4 measured from the same samples.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "core/GradientEstimators.h"
#include "core/GradientStats.h"
#include "tests/support/GradientChecks.h"
#include "tests/support/StatChecks.h"

using namespace gumbel::test::gradient;

// ---- exact gradient and the Jacobian product ----

TEST(GradientExact, ToyClosedForm) {
    const auto exact = gumbel::exactGradient(vec({0.0, 0.0}), toyObjective()).value();
    EXPECT_NEAR(exact.gradient[0], exactToy(kT), 1e-15);
    EXPECT_NEAR(exact.gradient[1], -exactToy(kT), 1e-15);
    EXPECT_NEAR(exact.objective, ((1 - kT) * (1 - kT) + kT * kT) / 2, 1e-15);
}

TEST(GradientExact, MatchesFiniteDifferencesOfTheLoss) {
    const Eigen::VectorXd theta = vec({0.3, -1.2, 2.0, 0.0, -0.5});
    const auto objective = Objective::create(vec({0.1, 0.9, -0.3, 0.0, 0.5}), vec({1.0, 2.0, 0.5, 3.0, 1.5})).value();
    const auto exact = gumbel::exactGradient(theta, objective).value();
    const double h = 1e-5;
    for (Eigen::Index j = 0; j < theta.size(); ++j) {
        Eigen::VectorXd up = theta, down = theta;
        up[j] += h;
        down[j] -= h;
        const double numeric = (gumbel::exactGradient(up, objective)->objective -
                                gumbel::exactGradient(down, objective)->objective) / (2 * h);
        EXPECT_NEAR(exact.gradient[j], numeric, 1e-8) << j;
    }
    EXPECT_NEAR(exact.gradient.sum(), 0.0, 1e-14);  // softmax is shift-invariant
}

TEST(GradientExact, VertexValuesAreTheObjectiveAtTheVertices) {
    const auto objective = Objective::create(vec({0.2, -1.0, 3.0}), vec({1.0, -2.0, 0.5})).value();
    const Eigen::VectorXd vertex = objective.vertexValues();
    for (Eigen::Index j = 0; j < 3; ++j) {
        EXPECT_NEAR(vertex[j], objective.value(Eigen::VectorXd::Unit(3, j)), 1e-13);
    }
}

TEST(GradientJacobian, ProductEqualsTheMatrixForm) {
    const Eigen::VectorXd c = vec({0.1, 0.6, 0.05, 0.25});
    const Eigen::VectorXd v = vec({1.0, -2.0, 0.5, 3.0});
    for (double tau : {1e-4, 0.3, 1.0, 1e3}) {
        const Eigen::MatrixXd jacobian =
            (Eigen::MatrixXd(c.asDiagonal()) - c * c.transpose()) / tau;
        const Eigen::VectorXd expected = jacobian * v;
        for (Eigen::Index m = 0; m < 4; ++m) {
            Eigen::VectorXd out(4);
            gumbel::softmaxJacobianProduct(c, v, m, tau, out);
            EXPECT_LT((out - expected).norm(), 1e-13 * expected.norm()) << tau << " " << m;
        }
    }
}

TEST(GradientJacobian, NearOneHotHasNoCancellation) {
    // C = (1 - d, d) with d = 1e-20: J v = C_1 C_2 (v_1 - v_2) (1, -1) / tau exactly.
    // The naive (C * v - C (C.v)) rounds C.v to v_1 and gives 0 for the first component.
    const double d = 1e-20;
    const Eigen::VectorXd c = vec({1.0 - d, d});
    const Eigen::VectorXd v = vec({2.0, -1.0});
    Eigen::VectorXd out(2);
    gumbel::softmaxJacobianProduct(c, v, 0, 1e-4, out);
    const double expected = (1.0 - d) * d * 3.0 / 1e-4;
    EXPECT_NEAR(out[0], expected, 1e-15 * expected);
    EXPECT_NEAR(out[1], -expected, 1e-15 * expected);
}

// ---- closed forms on the k = 2 toy ----

TEST(GradientClosedForms, ReinforceMeanAndVariance) {
    const auto estimators = make(vec({0.0, 0.0}), toyObjective(), 1.0, 10, 11);
    const SampleMoments m = momentsOf(draw(estimators, Estimator::Reinforce, 0, 400000, 0));
    expectMean(m, exactToy(kT), "reinforce");
    expectVariance(m, varianceReinforceToy(kT), "reinforce");
    // With the baseline E f, both outcomes give (f(e_z) - E f)(e_z - p)_1 = (1 - 2t)/4: zero variance.
    for (double value : draw(estimators, Estimator::ReinforceMean, 0, 1000, 0)) {
        ASSERT_NEAR(value, exactToy(kT), 1e-15);
    }
}

TEST(GradientClosedForms, StraightThroughAtTauOne) {
    const auto estimators = make(vec({0.0, 0.0}), toyObjective(), 1.0, 10, 12);
    const SampleMoments m = momentsOf(draw(estimators, Estimator::StraightThrough, 0, 400000, 0));
    expectMean(m, meanStraightThroughToy(kT), "straight-through");
    expectVariance(m, varianceStraightThroughToy(kT), "straight-through");
    // and it is biased: the exact gradient is (1 - 2t)/4, 1.5 times the mean
    EXPECT_GT(std::fabs(m.mean - exactToy(kT)) / m.meanError(), 10.0);
}

TEST(GradientClosedForms, GumbelRaoAtTauOne) {
    // Var(GR_K) = Var(E[ST | z]) + E[Var(ST | z)] / K = 1/36 + (Var ST - 1/36) / K.
    for (int conditional : {1, 200}) {
        const auto estimators = make(vec({0.0, 0.0}), toyObjective(), 1.0, conditional, 13);
        const SampleMoments m = momentsOf(draw(estimators, Estimator::GumbelRao, 0, 200000, 0));
        expectMean(m, meanStraightThroughToy(kT), "gumbel-rao");
        const double expected =
            kVarianceGumbelRaoLimit + (varianceStraightThroughToy(kT) - kVarianceGumbelRaoLimit) / conditional;
        expectVariance(m, expected, "gumbel-rao");
    }
}

TEST(GradientClosedForms, ClosedFormsHoldForOtherTargets) {
    for (double t : {0.1, 0.499, 0.8}) {
        const auto estimators = make(vec({0.0, 0.0}), toyObjective(t), 1.0, 10, 14);
        const SampleMoments r = momentsOf(draw(estimators, Estimator::Reinforce, 0, 200000, 0));
        expectMean(r, exactToy(t), "reinforce");
        expectVariance(r, varianceReinforceToy(t), "reinforce");
        const SampleMoments s = momentsOf(draw(estimators, Estimator::StraightThrough, 0, 200000, 0));
        expectMean(s, meanStraightThroughToy(t), "straight-through");
        expectVariance(s, varianceStraightThroughToy(t), "straight-through");
    }
}

// E[relaxed_1] on the toy by quadrature: C_1 = sigmoid(logit(u) / tau), u uniform.
double relaxedMeanByQuadrature(double tau) {
    const int n = 200000;  // Simpson on [0, 1]; the integrand is smooth for tau >= 0.1
    const auto f = [&](double u) {
        if (u <= 0.0 || u >= 1.0) return 0.0;
        const double c1 = 1.0 / (1.0 + std::exp((std::log1p(-u) - std::log(u)) / tau));
        return c1 * (1 - c1) / tau * 2 * (c1 - kT);
    };
    double sum = f(0.0) + f(1.0);
    for (int i = 1; i < n; ++i) sum += f(static_cast<double>(i) / n) * (i % 2 == 1 ? 4.0 : 2.0);
    return sum / (3.0 * n);
}

TEST(GradientClosedForms, RelaxedMatchesQuadratureAndTendsToTheExactGradient) {
    for (double tau : {1.0, 0.3, 0.1}) {
        const auto estimators = make(vec({0.0, 0.0}), toyObjective(), tau, 10, 15);
        const SampleMoments m = momentsOf(draw(estimators, Estimator::Relaxed, 0, 400000, 0));
        expectMean(m, relaxedMeanByQuadrature(tau), "relaxed");
    }
    // Biased at tau = 1 (E = (1 - 2t)/6 there), unbiased within noise at tau = 0.02 (bias ~ 1e-5, se ~ 7e-4).
    const SampleMoments hot = momentsOf(draw(make(vec({0.0, 0.0}), toyObjective(), 1.0), Estimator::Relaxed, 0, 400000, 0));
    EXPECT_GT(std::fabs(hot.mean - exactToy(kT)) / hot.meanError(), 20.0);
    const SampleMoments cold =
        momentsOf(draw(make(vec({0.0, 0.0}), toyObjective(), 0.02), Estimator::Relaxed, 0, 1000000, 0));
    expectMean(cold, exactToy(kT), "relaxed at tau = 0.02");
}

// ---- k = 5: unbiasedness and Rao-Blackwellisation ----


TEST(GradientUnbiased, ReinforceAtKFive) {
    const auto estimators = make(theta5(), objective5(), 0.5, 10, 21);
    const Eigen::VectorXd exact = estimators.exact().gradient;
    for (Estimator e : {Estimator::Reinforce, Estimator::ReinforceMean}) {
        for (int j = 0; j < 5; ++j) {
            const SampleMoments m = momentsOf(draw(estimators, e, 0, 200000, j));
            expectMean(m, exact[j], gumbel::estimatorName(e).data());
        }
    }
}

TEST(GradientRaoBlackwell, GumbelRaoHasStraightThroughsMeanAndNoMoreVariance) {
    for (double tau : {0.3, 1.0, 3.0}) {
        const auto estimators = make(theta5(), objective5(), tau, 10, 22);
        for (int j = 0; j < 5; ++j) {
            const std::vector<double> st = draw(estimators, Estimator::StraightThrough, 0, 100000, j);
            const std::vector<double> gr = draw(estimators, Estimator::GumbelRao, 0, 100000, j);
            // Paired: both use the same z per sample, so test the mean of the differences.
            std::vector<double> difference(st.size());
            for (std::size_t i = 0; i < st.size(); ++i) difference[i] = st[i] - gr[i];
            expectMean(momentsOf(difference), 0.0, "straight-through - gumbel-rao");
            EXPECT_LE(momentsOf(gr).variance, momentsOf(st).variance) << "tau " << tau << " component " << j;
        }
    }
}

TEST(GradientRaoBlackwell, OneConditionalSampleIsStraightThroughInDistribution) {
    // Independent samples: straight-through from [0, N), Gumbel-Rao (K = 1) from [N, 2N).
    const std::uint64_t n = 50000;
    for (double tau : {0.2, 1.0}) {
        const auto estimators = make(theta5(), objective5(), tau, 1, 23);
        for (int j : {0, 2}) {
            const auto st = draw(estimators, Estimator::StraightThrough, 0, n, j);
            const auto gr = draw(estimators, Estimator::GumbelRao, n, n, j);
            EXPECT_LT(gumbel::testing::ksTwoSample(st, gr), gumbel::testing::ksCriticalTwoSample(n, n))
                << "tau " << tau << " component " << j;
        }
    }
}

// ---- the conditional sampler ----

TEST(GradientConditional, ArgmaxIsAlwaysZ) {
    // Includes an improbable z (p_z ~ e^-40) and a category at p = 0 (theta = -inf).
    const double inf = std::numeric_limits<double>::infinity();
    const Eigen::VectorXd theta = vec({40.0, 0.0, -3.0, -inf, 1.0});
    const auto estimators = make(theta, Objective::create(Eigen::VectorXd::Zero(5)).value(), 0.5, 16, 31);
    Eigen::MatrixXd gaps(5, 16);
    Eigen::VectorXd tops(16);
    for (std::uint64_t n = 0; n < 2000; ++n) {
        for (Eigen::Index z : {0, 1, 2, 4}) {
            estimators.conditionalGumbels(n, z, gaps, tops);
            ASSERT_TRUE(gaps.allFinite());
            ASSERT_TRUE(tops.allFinite());
            for (Eigen::Index r = 0; r < 16; ++r) {
                ASSERT_EQ(gaps(z, r), 0.0);
                for (Eigen::Index j = 0; j < 5; ++j) {
                    if (j == z) continue;
                    ASSERT_LT(gaps(j, r), 0.0) << n << " " << z << " " << j;  // strictly below G_z
                }
            }
        }
    }
}

TEST(GradientConditional, LawMatchesRejectionSampling) {
    // Rejection: Gumbels theta + eps from an independent generator, kept when argmax = z.
    const Eigen::VectorXd theta = vec({std::log(0.6), std::log(0.3), std::log(0.1)});
    const auto estimators = make(theta, Objective::create(Eigen::VectorXd::Zero(3)).value(), 1.0, 8, 32);
    std::mt19937_64 rng(2024);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const std::size_t n = 20000;
    for (Eigen::Index z : {0, 2}) {
        std::vector<std::vector<double>> rejected(3), conditional(3);
        while (rejected[0].size() < n) {
            Eigen::VectorXd g(3);
            for (Eigen::Index j = 0; j < 3; ++j) {
                double u = uniform(rng);
                while (u <= 0.0) u = uniform(rng);
                g[j] = theta[j] - std::log(-std::log(u));
            }
            Eigen::Index best = 0;
            g.maxCoeff(&best);
            if (best != z) continue;
            for (Eigen::Index j = 0; j < 3; ++j) rejected[static_cast<std::size_t>(j)].push_back(g[j]);
        }
        Eigen::MatrixXd gaps(3, 8);
        Eigen::VectorXd tops(8);
        for (std::uint64_t s = 0; conditional[0].size() < n; ++s) {
            estimators.conditionalGumbels(s, z, gaps, tops);
            for (Eigen::Index j = 0; j < 3; ++j) conditional[static_cast<std::size_t>(j)].push_back(gaps(j, 0) + tops[0]);
        }
        for (std::size_t j = 0; j < 3; ++j) {
            EXPECT_LT(gumbel::testing::ksTwoSample(rejected[j], conditional[j]),
                      gumbel::testing::ksCriticalTwoSample(n, n))
                << "z " << z << " component " << j;
        }
    }
}

// ---- the block computation (8 samples side by side) against one sample at a time ----

TEST(GradientBlocks, RelaxedAndStraightThroughEqualTheOneSampleFormulas) {
    // C, z and J(C) grad f from the sample's own Gumbels with softmaxJacobianProduct; blocks of every
    // length (also not multiples of 8) and starting points give the same numbers as one sample alone.
    for (int k : {1, 2, 3, 10, 17}) {
        const Eigen::VectorXd theta = Eigen::VectorXd::LinSpaced(k, -1.0, 2.0);
        const auto objective = Objective::create(Eigen::VectorXd::LinSpaced(k, 0.0, 0.9),
                                                 Eigen::VectorXd::LinSpaced(k, 0.5, 2.0)).value();
        const double tau = 0.37;
        const auto estimators = make(theta, objective, tau, 3, 5);
        const Eigen::VectorXd logP = estimators.distribution().logProbabilities();
        const gumbel::NoiseField noise(5);
        gumbel::GradientScratch scratch;
        std::array<Eigen::MatrixXd, gumbel::kEstimatorCount> out;
        for (std::uint64_t first : {0u, 5u}) {
            for (Eigen::Index count : {1, 7, 8, 13}) {
                estimators.estimateBlock(first, count, EstimatorSet::all(), scratch, out);
                for (Eigen::Index s = 0; s < count; ++s) {
                    const std::uint64_t n = first + static_cast<std::uint64_t>(s);
                    Eigen::VectorXd x(k);
                    noise.gumbels(gumbel::Stream::Gradient, 0, static_cast<std::uint32_t>(n), 1,
                                  static_cast<std::size_t>(k), x.data());
                    x += logP;
                    Eigen::Index z = 0;
                    x.maxCoeff(&z);
                    const Eigen::VectorXd c = ((x.array() - x[z]) / tau).exp() / ((x.array() - x[z]) / tau).exp().sum();
                    const Eigen::VectorXd w = objective.weights(), t = objective.target();
                    Eigen::VectorXd relaxed(k), straight(k);
                    gumbel::softmaxJacobianProduct(c, (2.0 * w.array() * (c - t).array()).matrix(), z, tau, relaxed);
                    Eigen::VectorXd hard = Eigen::VectorXd::Zero(k);
                    hard[z] = 1.0;
                    gumbel::softmaxJacobianProduct(c, (2.0 * w.array() * (hard - t).array()).matrix(), z, tau, straight);
                    const auto& r = out[static_cast<std::size_t>(Estimator::Relaxed)];
                    const auto& st = out[static_cast<std::size_t>(Estimator::StraightThrough)];
                    for (Eigen::Index j = 0; j < k; ++j) {
                        EXPECT_NEAR(r(j, s), relaxed[j], 1e-12 * (1.0 + std::fabs(relaxed[j])))
                            << "k " << k << " sample " << n << " component " << j;
                        EXPECT_NEAR(st(j, s), straight[j], 1e-12 * (1.0 + std::fabs(straight[j])))
                            << "k " << k << " sample " << n << " component " << j;
                    }
                    EXPECT_EQ(estimators.winner(n), z);
                    EXPECT_EQ(r.col(s), estimators.estimate(n, Estimator::Relaxed)) << "block position matters";
                    EXPECT_EQ(st.col(s), estimators.estimate(n, Estimator::StraightThrough)) << "block position matters";
                }
            }
        }
    }
}

// ---- numerics at the ends of the temperature range ----

TEST(GradientNumerics, ExtremeTemperaturesAndLogitsStayFinite) {
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<Eigen::VectorXd> thetas = {vec({0.0, 0.0}), vec({300.0, -300.0, 0.0, 1e-300}),
                                                 vec({1e300, -1e300, 0.0}), vec({-inf, 2.0, -inf, -1.0}),
                                                 vec({1e308, 1e308 - 1e292, -1e308})};
    for (const Eigen::VectorXd& theta : thetas) {
        const auto objective = Objective::create(Eigen::VectorXd::Constant(theta.size(), 0.3),
                                                 Eigen::VectorXd::LinSpaced(theta.size(), 1.0, 5.0)).value();
        for (double tau : {1e-4, 1e-3, 1.0, 1e3}) {
            const auto estimators = make(theta, objective, tau, 7, 41);
            ASSERT_TRUE(estimators.exact().gradient.allFinite());
            gumbel::GradientScratch scratch;
            std::array<Eigen::MatrixXd, gumbel::kEstimatorCount> out;
            estimators.estimateBlock(0, 3000, EstimatorSet::all(), scratch, out);
            for (Estimator e : gumbel::allEstimators()) {
                EXPECT_TRUE(out[static_cast<std::size_t>(e)].allFinite())
                    << gumbel::estimatorName(e) << " tau " << tau << " theta " << theta.transpose();
            }
        }
    }
}

TEST(GradientNumerics, TinyTauStraightThroughMatchesLongDouble) {
    // k = 2 at tau = 1e-3: ST_1 = C_1 C_2 2 (e_z1 - t) / tau with C_1 = sigmoid(d / tau), d = z_1 - z_2.
    const double tau = 1e-3;
    const auto estimators = make(vec({0.0, 0.0}), toyObjective(), tau, 10, 42);
    const auto noise = gumbel::NoiseField(42);
    std::vector<double> eps(2);
    int nonZero = 0;
    for (std::uint64_t n = 0; n < 20000; ++n) {
        noise.gumbels(gumbel::Stream::Gradient, 0, static_cast<std::uint32_t>(n), 1, 2, eps.data());
        const long double d = static_cast<long double>(eps[0]) - eps[1];
        const long double c1 = 1.0L / (1.0L + std::exp(-d / tau));
        const long double c2 = 1.0L / (1.0L + std::exp(d / tau));
        const long double expected = c1 * c2 * 2.0L * ((d > 0 ? 1.0L : 0.0L) - kT) / tau;
        const double got = estimators.estimate(n, Estimator::StraightThrough)[0];
        if (expected != 0.0L) ++nonZero;
        EXPECT_NEAR(got, static_cast<double>(expected), 1e-9 * std::fabs(static_cast<double>(expected)) + 1e-300) << n;
    }
    EXPECT_GT(nonZero, 100);
}

// ---- bad input ----

TEST(GradientBadInput, ObjectiveIsChecked) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_FALSE(Objective::create(Eigen::VectorXd(0)).ok());
    EXPECT_FALSE(Objective::create(vec({0.1, nan})).ok());
    EXPECT_FALSE(Objective::create(vec({0.1, inf})).ok());
    EXPECT_FALSE(Objective::create(vec({0.1, 1e31})).ok());
    EXPECT_FALSE(Objective::create(vec({0.1, 0.2}), vec({1.0})).ok());
    EXPECT_FALSE(Objective::create(vec({0.1, 0.2}), vec({1.0, -inf})).ok());
    const auto r = Objective::create(vec({0.1, 0.2}), vec({1.0, nan}));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("weights value 2"), std::string::npos) << r.error();
    EXPECT_TRUE(Objective::create(vec({0.1, -5.0}), vec({-1.0, 2.0})).ok());  // any finite values
}

TEST(GradientBadInput, SettingsAndSizesAreChecked) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const Objective two = toyObjective();
    const auto fails = [&](const Eigen::VectorXd& theta, double tau, int conditional, const char* mentions) {
        GradientSettings settings;
        settings.tau = tau;
        settings.conditionalSamples = conditional;
        const auto r = GradientEstimators::create(theta, two, settings);
        ASSERT_FALSE(r.ok()) << mentions;
        EXPECT_NE(r.error().find(mentions), std::string::npos) << r.error();
    };
    fails(vec({0.0, 0.0, 0.0}), 1.0, 10, "target has 2 values");
    fails(vec({0.0, nan}), 1.0, 10, "NaN");
    fails(vec({0.0, inf}), 1.0, 10, "+inf");
    fails(vec({-inf, -inf}), 1.0, 10, "");
    fails(vec({0.0, 0.0}), 0.0, 10, "> 0");
    fails(vec({0.0, 0.0}), nan, 10, "NaN");
    fails(vec({0.0, 0.0}), 9e-5, 10, "out of range");
    fails(vec({0.0, 0.0}), 1001.0, 10, "out of range");
    fails(vec({0.0, 0.0}), 1.0, 0, "K = 0");
    fails(vec({0.0, 0.0}), 1.0, 10001, "K = 10001");
    EXPECT_FALSE(gumbel::exactGradient(vec({0.0}), two).ok());
    EXPECT_FALSE(gumbel::parseEstimator("gumbel").ok());
    EXPECT_EQ(gumbel::parseEstimator("gumbel-rao").value(), Estimator::GumbelRao);
    GradientJob job;
    job.estimators = EstimatorSet();
    EXPECT_FALSE(GradientSampler::create(vec({0.0, 0.0}), two, job).ok());
    job.estimators = EstimatorSet::all();
    job.histogram = {1.0, 1.0, 10};
    EXPECT_FALSE(GradientSampler::create(vec({0.0, 0.0}), two, job).ok());
    job.histogram = {0.0, 1.0, 0};
    EXPECT_FALSE(GradientSampler::create(vec({0.0, 0.0}), two, job).ok());
    job.histogram = {0.0, 1.0, 10};
    const auto sampler = GradientSampler::create(vec({0.0, 0.0}), two, job).value();
    auto stats = sampler.emptyStats();
    EXPECT_FALSE(sampler.run(0, 200000000, 1, stats).ok());
    EXPECT_FALSE(sampler.run(std::uint64_t{1} << 32, 1, 1, stats).ok());
}
