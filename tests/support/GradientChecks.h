#pragma once
// Shared by the gradient lab's engine tests (tst_gradient_estimators, tst_gradient_stats): the k = 2 toy and its
// closed forms (docs/gradients.md), drawing one estimator's samples, and z-tests of means and variances with the
// sample standard errors (|z| < 4.5: a correct estimator fails with probability below 1e-5).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "core/GradientEstimators.h"

namespace gumbel::test::gradient {

using gumbel::Estimator;
using gumbel::EstimatorSet;
using gumbel::GradientEstimators;
using gumbel::GradientJob;
using gumbel::GradientSampler;
using gumbel::GradientSettings;
using gumbel::Objective;

inline constexpr double kZ = 4.5;
inline constexpr double kT = 0.45;

inline Eigen::VectorXd vec(std::initializer_list<double> values) {
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (double x : values) v[i++] = x;
    return v;
}

// The k = 2 toy problem: theta = (0, 0), t = (t, 0), w = (1, 0).
inline Objective toyObjective(double t = kT) { return Objective::create(vec({t, 0.0}), vec({1.0, 0.0})).value(); }

inline GradientEstimators make(const Eigen::VectorXd& theta, const Objective& objective, double tau, int conditional = 10,
                        std::uint64_t seed = 1) {
    GradientSettings settings;
    settings.tau = tau;
    settings.conditionalSamples = conditional;
    settings.seed = seed;
    return GradientEstimators::create(theta, objective, settings).value();
}

// Component `component` of samples [first, first + n) of one estimator.
inline std::vector<double> draw(const GradientEstimators& estimators, Estimator e, std::uint64_t first, std::uint64_t n,
                         int component) {
    std::vector<double> values;
    values.reserve(n);
    gumbel::GradientScratch scratch;
    std::array<Eigen::MatrixXd, gumbel::kEstimatorCount> out;
    for (std::uint64_t at = first; at < first + n; at += 4096) {
        const auto count = static_cast<Eigen::Index>(std::min<std::uint64_t>(4096, first + n - at));
        estimators.estimateBlock(at, count, EstimatorSet::only(e), scratch, out);
        for (Eigen::Index s = 0; s < count; ++s) values.push_back(out[static_cast<std::size_t>(e)](component, s));
    }
    return values;
}

struct SampleMoments {
    double mean = 0, variance = 0, m4 = 0, n = 0;
    double meanError() const { return std::sqrt(variance / n); }
    double varianceError() const { return std::sqrt(std::max(m4 - variance * variance, 0.0) / n); }
};

inline SampleMoments momentsOf(const std::vector<double>& x) {
    SampleMoments m;
    m.n = static_cast<double>(x.size());
    for (double v : x) m.mean += v;
    m.mean /= m.n;
    for (double v : x) {
        const double d = (v - m.mean) * (v - m.mean);
        m.variance += d;
        m.m4 += d * d;
    }
    m.variance /= m.n - 1;
    m.m4 /= m.n;
    return m;
}

inline void expectMean(const SampleMoments& m, double expected, const char* what) {
    EXPECT_LT(std::fabs(m.mean - expected) / m.meanError(), kZ)
        << what << ": mean " << m.mean << " expected " << expected << " se " << m.meanError();
}

inline void expectVariance(const SampleMoments& m, double expected, const char* what) {
    EXPECT_LT(std::fabs(m.variance - expected) / m.varianceError(), kZ)
        << what << ": variance " << m.variance << " expected " << expected << " se " << m.varianceError();
}

// The closed forms of docs/gradients.md (k = 2 toy, derivative along theta_1).
inline double exactToy(double t) { return (1 - 2 * t) / 4; }
inline double varianceReinforceToy(double t) { return (std::pow(1 - t, 4) + std::pow(t, 4)) / 8 - std::pow(exactToy(t), 2); }
inline double meanStraightThroughToy(double t) { return (1 - 2 * t) / 6; }
inline double varianceStraightThroughToy(double t) {
    return ((1 - t) * (1 - t) + t * t) / 15 - std::pow(meanStraightThroughToy(t), 2);
}
inline constexpr double kVarianceGumbelRaoLimit = 1.0 / 36.0;

// A k = 5 problem with unequal logits, targets and weights.
inline Eigen::VectorXd theta5() { return vec({0.5, -0.3, 1.1, 0.0, -1.4}); }
inline Objective objective5() {
    return Objective::create(vec({0.2, 0.7, 0.0, 0.4, 1.0}), vec({1.0, 2.0, 0.5, 1.5, 1.0})).value();
}

}  // namespace gumbel::test::gradient
