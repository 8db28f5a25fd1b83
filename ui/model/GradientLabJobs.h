#pragma once
// The gradient lab's three computations, as plain functions of their inputs (no threads, no Qt objects), so that
// tests call them directly and GradientLab runs them on background threads:
//   sweep  - bias^2 (its unbiased estimate with a standard error), variance (trace of the covariance) and MSE of each
//            estimator at 40 tau from 0.01 to 10, first from 1,000 samples per point, then refined to samplesPerPoint
//            (the statistics are extended, not redone); for k = 2 also the exact curves;
//   point  - at the current tau: each estimator's mean and standard deviation per component, and the density of the
//            chosen component, beside the exact gradient;
//   race   - SGD from theta_0 = log p with each estimator (and the exact gradient), the exact loss at every step.
// Every estimator of one sample index uses the same Gumbel noise (common random numbers). Each function calls
// `publish` with the whole result so far, and stops early when `cancel` becomes true.
#include <Eigen/Core>
#include <QString>
#include <array>
#include <atomic>
#include <functional>
#include <vector>

#include "ui/model/GradientLabSettings.h"

namespace gumbel::ui {

using PerEstimator = std::array<double, kEstimatorCount>;

struct GradientCurvePoint {
    double tau = 0.0;
    long long samples = 0;
    PerEstimator biasSquared{};          // ||mean - g*||^2: its expectation is bias^2 + variance / samples
    PerEstimator biasSquaredEstimate{};  // bias^2 - variance / samples: unbiased for bias^2 (may be below 0)
    PerEstimator biasSquaredError{};     // the estimate's standard error (jackknife over 20 batches)
    PerEstimator variance{};             // trace of the covariance: the sum of the components' variances
    PerEstimator meanSquaredError{};     // of one sample: mean ||g - g*||^2
    // Of the mean of a batch of B samples (the race's B): the bias^2 estimate (0 when below 0) + variance / B.
    double batchMeanSquaredError(Estimator e, int batch) const;
};

// For k = 2 the exact figures at every tau point (core/BinaryGradientTheory), drawn beside the estimates.
struct GradientExactCurves {
    bool available = false;
    unsigned estimators = 0;                // those with closed forms: the first five
    bool covers(Estimator e) const { return available && (estimators & (1u << static_cast<int>(e))) != 0; }
    std::vector<PerEstimator> biasSquared;  // per tau point
    std::vector<PerEstimator> variance;     // trace of the covariance
};

struct GradientSweepResult {
    quint64 generation = 0;
    std::vector<GradientCurvePoint> points;  // in tau order; all 40 after the first pass
    int total = 0;                           // tau points
    long long samplesPerPoint = 0;           // the goal
    double exactNormSquared = 0.0;           // ||g*||^2, the guide: an estimator whose MSE is above it is worse than 0
    GradientExactCurves exact;               // k = 2 only
    int batch = 1;                           // B of the batch-mean MSE (the race's)
    unsigned estimators = 0;
    bool finished = false;
    QString error;
};

struct GradientPointResult {
    quint64 generation = 0;
    double tau = 0.0;
    long long samples = 0;
    long long total = 0;
    Eigen::VectorXd exact;
    std::array<Eigen::VectorXd, kEstimatorCount> mean;
    std::array<Eigen::VectorXd, kEstimatorCount> standardDeviation;
    int component = 0;
    double low = 0.0, high = 1.0;  // the density's range (the central 99% of all shown estimators, and the exact value)
    std::array<std::vector<double>, kEstimatorCount> density;  // per bin, integrates to the share inside the range
    unsigned estimators = 0;
    bool finished = false;
    QString error;
};

struct GradientRaceResult {
    quint64 generation = 0;
    std::array<std::vector<double>, kEstimatorCount> loss;  // L(theta_t), t = 0 .. steps done
    std::vector<double> exactLoss;                          // gradient descent with the exact gradient
    std::vector<double> taus;                               // the temperature of every step
    double bestVertex = 0.0;                                // min_j f(e_j): what a one-hot choice can reach
    int steps = 0;
    unsigned estimators = 0;
    bool finished = false;
    QString error;
};

// What the race of two categories can be checked against, computed without sampling: the loss exact gradient
// descent reaches after the race's steps, and for the biased estimators the loss at the logits where their mean
// gradient is zero (where their SGD levels off; core/BinaryGradientTheory). k = 2 and a fixed tau only.
struct RaceLandmarks {
    double start = 0.0;          // L(theta_0)
    double exactEnd = 0.0;       // L after `steps` steps of exact gradient descent
    double bestVertex = 0.0;     // min_j f(e_j)
    PerEstimator stationaryLoss{};  // relaxed, straight-through, Gumbel-Rao (those the settings show); else 0
};
[[nodiscard]] Result<RaceLandmarks> binaryRaceLandmarks(const Eigen::VectorXd& theta, const GradientLabSettings& settings,
                                                        double tau);

std::vector<double> gradientSweepTaus();  // kSweepPoints values, log-spaced over [kSweepTauMin, kSweepTauMax]

void computeGradientSweep(const Eigen::VectorXd& theta, const GradientLabSettings& settings, std::uint64_t seed,
                          const std::atomic<bool>& cancel, const std::function<void(const GradientSweepResult&)>& publish,
                          int threads = 0);
void computeGradientPoint(const Eigen::VectorXd& theta, const GradientLabSettings& settings, double tau, std::uint64_t seed,
                          const std::atomic<bool>& cancel, const std::function<void(const GradientPointResult&)>& publish);
void computeGradientRace(const Eigen::VectorXd& theta, const GradientLabSettings& settings, double tau, std::uint64_t seed,
                         const std::atomic<bool>& cancel, const std::function<void(const GradientRaceResult&)>& publish);

}  // namespace gumbel::ui
