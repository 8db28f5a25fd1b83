#pragma once
// What a person sets in the gradient lab, as plain values: the objective f(x) = sum_i w_i (x_i - t_i)^2 (a preset
// or an edited table), which estimators are shown, Gumbel-Rao's K, RLOO's draws, the gap of gapped
// straight-through, decoupled straight-through's tau_b, the samples per tau point, the component whose
// distribution is drawn, and the optimisation race (batch, learning rate, steps, fixed tau or annealing). The
// logits theta = log p, the current tau and the seed come from the explorer's state. One place for the limits.
#include <Eigen/Core>
#include <QJsonObject>
#include <QString>
#include <initializer_list>

#include "core/GradientEstimators.h"
#include "core/Result.h"

namespace gumbel::ui {

struct GradientLabLimits {
    static constexpr int kMaxConditional = 1000;          // K in the window (the engine allows 10000)
    static constexpr int kMaxLeaveOneOutDraws = 100;      // RLOO's draws per sample in the window (the engine: 10000)
    static constexpr long long kMinSamples = 1000, kMaxSamples = 1000000;  // per tau point
    static constexpr int kMaxBatch = 1000;
    static constexpr int kMinSteps = 10, kMaxSteps = 5000;
    static constexpr double kMaxLearningRate = 100.0;
    static constexpr double kMaxAnnealRate = 1.0;
    static constexpr double kMinTauFloor = 1e-4, kMaxTauFloor = 10.0;  // tau_min, where the annealing schedule stops
    static constexpr double kMaxTargetMagnitude = 1e6;       // |t_i| and |w_i| in the table
    static constexpr double kSweepTauMin = 0.01, kSweepTauMax = 10.0;
    static constexpr int kSweepPoints = 40;
    static constexpr int kRacePathDots = 30;  // an annealing race's path on the top charts: every (T/30)-th step
};

enum class ObjectivePreset { Bernoulli, NearlyFlat, HitFirst, Uniform, Custom };

// The race's annealing schedules over its T steps: Jang et al.'s tau_t = max(tau_min, exp(-r t)); a straight line
// from 5 to 0.05; and a geometric one from 5 to 0.05 (even steps in log tau).
enum class AnnealSchedule { Jang, Linear, Exponential };
inline constexpr double kScheduleStartTau = 5.0, kScheduleEndTau = 0.05;

struct GradientLabSettings {
    ObjectivePreset preset = ObjectivePreset::Bernoulli;
    Eigen::VectorXd target;   // used when preset == Custom (resized to k: new entries t = 0, w = 1)
    Eigen::VectorXd weights;
    unsigned estimators = (1u << kLabEstimatorCount) - 1;  // bit i: Estimator(i) shown (the first five at first)
    int conditional = 10;                               // K for Gumbel-Rao
    int leaveOneOutDraws = 4;                           // RLOO's draws per sample, 2 .. 100
    double gap = 1.0;                                   // kappa of gapped straight-through, 0 < kappa <= 100
    double backwardTau = 1.0;                           // tau_b of decoupled straight-through (tau is its tau_f)
    bool decoupledMap = false;                          // its (tau_f, tau_b) map instead of the MSE chart
    bool microscopeCloud = false;                       // the microscope draws the first samples' estimates too
    long long samplesPerPoint = 10000;
    int component = 0;                                  // whose distribution is drawn (0-based)
    int batch = 1;                                      // B: samples averaged per SGD step
    double learningRate = 1.0;
    int steps = 300;
    bool anneal = false;                                // tau_t from the schedule instead of tau
    AnnealSchedule schedule = AnnealSchedule::Jang;
    double annealRate = 0.01;
    double tauMin = 0.5;

    bool shows(Estimator e) const { return (estimators & (1u << static_cast<int>(e))) != 0; }
    // The (tau_f, tau_b) map is drawn (and computed) while asked for and decoupled straight-through is shown.
    bool mapShown() const { return decoupledMap && shows(Estimator::DecoupledStraightThrough); }
    EstimatorSet estimatorSet() const;
    // The engine's settings at temperature tau (decoupled straight-through: tau is tau_f) with these K, draws, gap
    // and tau_b.
    GradientSettings engineSettings(double tau, std::uint64_t seed) const;
    // t and w for k categories (the preset's, or the table's resized to k).
    Eigen::VectorXd targetFor(int k) const;
    Eigen::VectorXd weightsFor(int k) const;
    [[nodiscard]] Result<Objective> objective(int k) const;
    // Every value against GradientLabLimits (the component against k), with a message naming the field.
    [[nodiscard]] Status validate(int k) const;
    // The race's temperature at step t.
    double raceTau(int step, double tau) const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults (older sessions); wrong ones are an error naming "gradientLab.<key>".
    [[nodiscard]] static Result<GradientLabSettings> fromJson(const QJsonObject& object);

    bool operator==(const GradientLabSettings& other) const;
    bool operator!=(const GradientLabSettings& other) const { return !(*this == other); }
};

QString objectivePresetName(ObjectivePreset preset);     // "bernoulli-0.45", ...
QString objectivePresetTitle(ObjectivePreset preset);    // what the menu shows
QString estimatorTitle(Estimator estimator);             // "REINFORCE", "Gumbel-Rao", ...
// The GradientLabSettings::estimators bits of these estimators.
inline unsigned estimatorMask(std::initializer_list<Estimator> estimators) {
    unsigned bits = 0;
    for (Estimator e : estimators) bits |= 1u << static_cast<int>(e);
    return bits;
}
QString scheduleName(AnnealSchedule schedule);           // "jang", "linear", "exponential" (sessions)
QString scheduleTitle(AnnealSchedule schedule);          // what the menu shows

}  // namespace gumbel::ui
