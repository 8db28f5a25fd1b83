#include "ui/model/GradientLabSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/model/JsonReader.h"

namespace gumbel::ui {

namespace {
constexpr ObjectivePreset kPresets[] = {ObjectivePreset::Bernoulli, ObjectivePreset::NearlyFlat, ObjectivePreset::HitFirst,
                                        ObjectivePreset::Uniform, ObjectivePreset::Custom};

Eigen::VectorXd resized(const Eigen::VectorXd& v, int k, double fill) {
    Eigen::VectorXd out = Eigen::VectorXd::Constant(k, fill);
    const Eigen::Index n = std::min<Eigen::Index>(k, v.size());
    out.head(n) = v.head(n);
    return out;
}

QJsonArray toArray(const Eigen::VectorXd& v) {
    QJsonArray array;
    for (Eigen::Index i = 0; i < v.size(); ++i) array.append(v[i]);
    return array;
}

// A custom objective has a target and a weight per category: at most the largest k.
constexpr int kMaxCustomValues = 1000;

constexpr AnnealSchedule kSchedules[] = {AnnealSchedule::Jang, AnnealSchedule::Linear, AnnealSchedule::Exponential};

Result<AnnealSchedule> scheduleNamed(const QString& name) {
    for (AnnealSchedule s : kSchedules) {
        if (scheduleName(s) == name) return s;
    }
    return Error{"unknown schedule '" + name.left(40).toStdString() + "' (known: jang, linear, exponential)"};
}

Result<ObjectivePreset> objectiveNamed(const QString& name) {
    for (ObjectivePreset p : kPresets) {
        if (objectivePresetName(p) == name) return p;
    }
    return Error{"unknown objective '" + name.toStdString() + "'"};
}
}  // namespace

EstimatorSet GradientLabSettings::estimatorSet() const {
    EstimatorSet set;
    for (Estimator e : allEstimators()) {
        if (shows(e)) set.add(e);
    }
    return set;
}

GradientSettings GradientLabSettings::engineSettings(double tau, std::uint64_t seed) const {
    GradientSettings out;
    out.tau = tau;
    out.conditionalSamples = conditional;
    out.seed = seed;
    out.leaveOneOutDraws = leaveOneOutDraws;
    out.gap = gap;
    out.backwardTau = backwardTau;
    return out;
}

Eigen::VectorXd GradientLabSettings::targetFor(int k) const {
    Eigen::VectorXd t = Eigen::VectorXd::Zero(k);
    switch (preset) {
        case ObjectivePreset::Bernoulli: t[0] = 0.45; break;
        case ObjectivePreset::NearlyFlat: t[0] = 0.499; break;
        case ObjectivePreset::HitFirst: t[0] = 1.0; break;
        case ObjectivePreset::Uniform: t.setConstant(1.0 / k); break;
        case ObjectivePreset::Custom: t = resized(target, k, 0.0); break;
    }
    return t;
}

Eigen::VectorXd GradientLabSettings::weightsFor(int k) const {
    switch (preset) {
        case ObjectivePreset::Bernoulli:
        case ObjectivePreset::NearlyFlat: {
            // Only the first coordinate counts: for k = 2 this is the Bernoulli toy of the closed forms.
            Eigen::VectorXd w = Eigen::VectorXd::Zero(k);
            w[0] = 1.0;
            return w;
        }
        case ObjectivePreset::HitFirst:
        case ObjectivePreset::Uniform: return Eigen::VectorXd::Ones(k);
        case ObjectivePreset::Custom: return resized(weights, k, 1.0);
    }
    return Eigen::VectorXd::Ones(k);
}

Result<Objective> GradientLabSettings::objective(int k) const { return Objective::create(targetFor(k), weightsFor(k)); }

Status GradientLabSettings::validate(int k) const {
    using L = GradientLabLimits;
    const auto outside = [](const char* what, double value, double lo, double hi) {
        return Error{std::string(what) + " " + QString::number(value, 'g', 6).toStdString() + " is outside " +
                     QString::number(lo, 'g', 6).toStdString() + " to " + QString::number(hi, 'g', 6).toStdString()};
    };
    if (estimators == 0 || estimators >= (1u << kEstimatorCount)) return Error{"choose at least one estimator"};
    if (conditional < 1 || conditional > L::kMaxConditional) return outside("K", conditional, 1, L::kMaxConditional);
    if (leaveOneOutDraws < kMinLeaveOneOutDraws || leaveOneOutDraws > L::kMaxLeaveOneOutDraws) {
        return outside("RLOO draws", leaveOneOutDraws, kMinLeaveOneOutDraws, L::kMaxLeaveOneOutDraws);
    }
    if (!(gap > 0.0) || !(gap <= kMaxGap)) {
        return Error{"gap kappa " + QString::number(gap, 'g', 6).toStdString() + " must be above 0 and at most " +
                     QString::number(kMaxGap).toStdString()};
    }
    if (!(backwardTau >= kMinGradientTau) || !(backwardTau <= kMaxGradientTau)) {
        return outside("tau_b", backwardTau, kMinGradientTau, kMaxGradientTau);
    }
    if (samplesPerPoint < L::kMinSamples || samplesPerPoint > L::kMaxSamples) {
        return outside("samples per tau", static_cast<double>(samplesPerPoint), L::kMinSamples, L::kMaxSamples);
    }
    if (component < 0 || component >= k) return outside("component", component, 0, k - 1);
    if (batch < 1 || batch > L::kMaxBatch) return outside("batch size", batch, 1, L::kMaxBatch);
    if (steps < L::kMinSteps || steps > L::kMaxSteps) return outside("steps", steps, L::kMinSteps, L::kMaxSteps);
    if (!(learningRate > 0.0) || !(learningRate <= L::kMaxLearningRate)) {
        return Error{"learning rate " + QString::number(learningRate, 'g', 6).toStdString() + " must be above 0 and at most " +
                     QString::number(L::kMaxLearningRate).toStdString()};
    }
    if (!(annealRate >= 0.0) || !(annealRate <= L::kMaxAnnealRate)) return outside("annealing rate", annealRate, 0.0, L::kMaxAnnealRate);
    if (!(tauMin >= L::kMinTauFloor) || !(tauMin <= L::kMaxTauFloor)) return outside("tau_min", tauMin, L::kMinTauFloor, L::kMaxTauFloor);
    const Eigen::VectorXd t = targetFor(k);
    const Eigen::VectorXd w = weightsFor(k);
    for (int i = 0; i < k; ++i) {
        if (!std::isfinite(t[i]) || std::abs(t[i]) > L::kMaxTargetMagnitude) {
            return Error{"t_" + std::to_string(i) + " must be a number between -1e6 and 1e6"};
        }
        if (!std::isfinite(w[i]) || std::abs(w[i]) > L::kMaxTargetMagnitude) {
            return Error{"w_" + std::to_string(i) + " must be a number between -1e6 and 1e6"};
        }
    }
    return {};
}

double GradientLabSettings::raceTau(int step, double tau) const {
    if (!anneal) return tau;
    const double t = steps > 1 ? std::clamp(static_cast<double>(step) / (steps - 1), 0.0, 1.0) : 0.0;
    switch (schedule) {
        case AnnealSchedule::Jang: return std::max(tauMin, std::exp(-annealRate * step));
        case AnnealSchedule::Linear: return kScheduleStartTau + (kScheduleEndTau - kScheduleStartTau) * t;
        case AnnealSchedule::Exponential: return kScheduleStartTau * std::pow(kScheduleEndTau / kScheduleStartTau, t);
    }
    return tau;
}

QJsonObject GradientLabSettings::toJson() const {
    QJsonObject o;
    o["objective"] = objectivePresetName(preset);
    if (preset == ObjectivePreset::Custom) {
        o["target"] = toArray(target);
        o["weights"] = toArray(weights);
    }
    QJsonArray shown;
    for (Estimator e : allEstimators()) {
        if (shows(e)) shown.append(QString::fromUtf8(estimatorName(e).data(), static_cast<int>(estimatorName(e).size())));
    }
    o["estimators"] = shown;
    o["conditional"] = conditional;
    o["leaveOneOutDraws"] = leaveOneOutDraws;
    o["gap"] = gap;
    o["backwardTau"] = backwardTau;
    o["decoupledMap"] = decoupledMap;
    o["microscopeCloud"] = microscopeCloud;
    o["samplesPerPoint"] = static_cast<double>(samplesPerPoint);
    o["component"] = component;
    o["batch"] = batch;
    o["learningRate"] = learningRate;
    o["steps"] = steps;
    o["anneal"] = anneal;
    o["annealRate"] = annealRate;
    o["schedule"] = scheduleName(schedule);
    o["tauMin"] = tauMin;
    return o;
}

Result<GradientLabSettings> GradientLabSettings::fromJson(const QJsonObject& o) {
    GradientLabSettings s;
    JsonReader::Problem problem;
    const JsonReader lab(o, "gradientLab", problem);
    if (lab.has("objective")) lab.choice("objective", s.preset, objectiveNamed);
    if (lab.ok() && s.preset == ObjectivePreset::Custom) {
        std::vector<double> target, weights;
        lab.numbers("target", kMaxCustomValues, target);
        lab.numbers("weights", kMaxCustomValues, weights);
        if (lab.ok() && target.size() != weights.size()) lab.fail("weights", "not as many values as gradientLab.target");
        s.target = Eigen::Map<const Eigen::VectorXd>(target.data(), static_cast<Eigen::Index>(target.size()));
        s.weights = Eigen::Map<const Eigen::VectorXd>(weights.data(), static_cast<Eigen::Index>(weights.size()));
    }
    if (lab.ok() && lab.has("estimators")) {
        if (!o.value("estimators").isArray()) lab.fail("estimators", "expected an array of names");
        unsigned shown = 0;
        for (const QJsonValue& v : o.value("estimators").toArray()) {
            const Result<Estimator> e = parseEstimator(v.toString().left(40).toStdString());
            if (!e) lab.fail("estimators", e.error());
            if (e) shown |= 1u << static_cast<int>(e.value());
        }
        if (lab.ok()) s.estimators = shown;
    }
    // Optional numbers: missing ones keep their defaults; ranges are validate()'s.
    constexpr long long kWhole = 1000000000000LL;
    const auto integer = [&lab](const char* key, auto& into) {
        if (!lab.has(key)) return;
        long long v = into;
        lab.integer(key, -kWhole, kWhole, v);
        if (lab.ok()) into = static_cast<std::remove_reference_t<decltype(into)>>(v);
    };
    const auto number = [&lab](const char* key, double& into) {
        if (lab.has(key)) lab.number(key, into);
    };
    integer("conditional", s.conditional);
    integer("leaveOneOutDraws", s.leaveOneOutDraws);
    number("gap", s.gap);
    number("backwardTau", s.backwardTau);
    integer("samplesPerPoint", s.samplesPerPoint);
    integer("component", s.component);
    integer("batch", s.batch);
    number("learningRate", s.learningRate);
    integer("steps", s.steps);
    number("annealRate", s.annealRate);
    number("tauMin", s.tauMin);
    if (lab.has("anneal")) lab.boolean("anneal", s.anneal);
    if (lab.has("schedule")) lab.choice("schedule", s.schedule, scheduleNamed);
    if (lab.has("decoupledMap")) lab.boolean("decoupledMap", s.decoupledMap);
    if (lab.has("microscopeCloud")) lab.boolean("microscopeCloud", s.microscopeCloud);
    if (problem) return Error{*problem};
    return s;
}

bool GradientLabSettings::operator==(const GradientLabSettings& o) const {
    const bool custom = preset == ObjectivePreset::Custom;
    return preset == o.preset && (!custom || (target == o.target && weights == o.weights)) && estimators == o.estimators &&
           conditional == o.conditional && leaveOneOutDraws == o.leaveOneOutDraws && gap == o.gap &&
           backwardTau == o.backwardTau && decoupledMap == o.decoupledMap &&
           microscopeCloud == o.microscopeCloud && samplesPerPoint == o.samplesPerPoint && component == o.component &&
           batch == o.batch && learningRate == o.learningRate && steps == o.steps && anneal == o.anneal &&
           annealRate == o.annealRate && tauMin == o.tauMin && schedule == o.schedule;
}

QString objectivePresetName(ObjectivePreset preset) {
    switch (preset) {
        case ObjectivePreset::Bernoulli: return "bernoulli-0.45";
        case ObjectivePreset::NearlyFlat: return "bernoulli-0.499";
        case ObjectivePreset::HitFirst: return "hit-category-0";
        case ObjectivePreset::Uniform: return "uniform-target";
        case ObjectivePreset::Custom: return "custom";
    }
    return "custom";
}

QString objectivePresetTitle(ObjectivePreset preset) {
    switch (preset) {
        case ObjectivePreset::Bernoulli: return QCoreApplication::translate("GradientLab", "Bernoulli toy, t = 0.45");
        case ObjectivePreset::NearlyFlat: return QCoreApplication::translate("GradientLab", "t = 0.499 (nearly flat)");
        case ObjectivePreset::HitFirst: return QCoreApplication::translate("GradientLab", "Hit category 0");
        case ObjectivePreset::Uniform: return QCoreApplication::translate("GradientLab", "Uniform target");
        case ObjectivePreset::Custom: return QCoreApplication::translate("GradientLab", "Custom (edit the table)");
    }
    return {};
}

QString scheduleName(AnnealSchedule schedule) {
    switch (schedule) {
        case AnnealSchedule::Jang: return "jang";
        case AnnealSchedule::Linear: return "linear";
        case AnnealSchedule::Exponential: return "exponential";
    }
    return "jang";
}

QString scheduleTitle(AnnealSchedule schedule) {
    switch (schedule) {
        case AnnealSchedule::Jang: return QCoreApplication::translate("GradientLab", "Jang: max(tau_min, exp(-r t))");
        case AnnealSchedule::Linear: return QCoreApplication::translate("GradientLab", "Linear, 5 to 0.05");
        case AnnealSchedule::Exponential: return QCoreApplication::translate("GradientLab", "Exponential, 5 to 0.05");
    }
    return {};
}

QString estimatorTitle(Estimator estimator) {
    switch (estimator) {
        case Estimator::Reinforce: return "REINFORCE";
        case Estimator::ReinforceMean: return QCoreApplication::translate("GradientLab", "REINFORCE, mean baseline");
        case Estimator::Relaxed: return QCoreApplication::translate("GradientLab", "Relaxed (Gumbel-Softmax)");
        case Estimator::StraightThrough: return QCoreApplication::translate("GradientLab", "Straight-through");
        case Estimator::GumbelRao: return "Gumbel-Rao";
        case Estimator::Rloo: return QCoreApplication::translate("GradientLab", "RLOO (leave-one-out baseline)");
        case Estimator::ReinMax: return "ReinMax";
        case Estimator::GappedStraightThrough: return QCoreApplication::translate("GradientLab", "Gapped straight-through");
        case Estimator::DecoupledStraightThrough:
            return QCoreApplication::translate("GradientLab", "Decoupled straight-through");
    }
    return {};
}

}  // namespace gumbel::ui
