// The gradient lab's model: settings (limits, presets, JSON), its three computations against the closed forms of
// docs/gradients.md and against the engine run directly, and GradientLab's background runs (nothing while inactive,
// the latest tau wins, cancellation).
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

#include "core/GradientStats.h"
#include "ui/model/GradientLab.h"
#include "ui/model/GradientLabJobs.h"
#include "ui/model/Microscope.h"

using namespace gumbel;
using namespace gumbel::ui;

namespace {
constexpr double kT = 0.45;  // the Bernoulli toy: k = 2, theta = (0, 0), t = (0.45, 0), w = (1, 0)
std::size_t at(Estimator e) { return static_cast<std::size_t>(e); }
Eigen::VectorXd zeros(int k) { return Eigen::VectorXd::Zero(k); }
}  // namespace

class TstGradientLab : public QObject {
    Q_OBJECT
private slots:
    void presetsGiveTheDocumentedObjectives();
    void badSettingsAreRefusedWithTheirName_data();
    void badSettingsAreRefusedWithTheirName();
    void settingsSurviveJson();
    void jsonErrorsNameTheField();
    void sweepMatchesTheEngineAndTheClosedForms();
    void pointMatchesTheClosedFormsAtTauOne();
    void raceDescendsTowardsTheBestVertex();
    void cancelStopsEveryComputation();
    void nothingRunsWhileInactive();
    void theLatestTauWinsAndNoOlderPointFollowsIt();
    void largeKStaysFinite();
    void microscopeShowsTheLabsSample();
    void schedulesFollowTheirFormulas();
};

void TstGradientLab::presetsGiveTheDocumentedObjectives() {
    GradientLabSettings s;
    s.preset = ObjectivePreset::Bernoulli;
    QCOMPARE(s.targetFor(3), (Eigen::VectorXd(3) << 0.45, 0, 0).finished());
    QCOMPARE(s.weightsFor(3), (Eigen::VectorXd(3) << 1, 0, 0).finished());
    s.preset = ObjectivePreset::NearlyFlat;
    QCOMPARE(s.targetFor(2)[0], 0.499);
    s.preset = ObjectivePreset::HitFirst;
    QCOMPARE(s.targetFor(2), (Eigen::VectorXd(2) << 1, 0).finished());
    QCOMPARE(s.weightsFor(2), Eigen::VectorXd::Ones(2).eval());
    s.preset = ObjectivePreset::Uniform;
    QCOMPARE(s.targetFor(4), Eigen::VectorXd::Constant(4, 0.25).eval());
    s.preset = ObjectivePreset::Custom;
    s.target = (Eigen::VectorXd(2) << 0.3, 0.7).finished();
    s.weights = (Eigen::VectorXd(2) << 2, 3).finished();
    QCOMPARE(s.targetFor(3), (Eigen::VectorXd(3) << 0.3, 0.7, 0).finished());  // new rows: t = 0, w = 1
    QCOMPARE(s.weightsFor(3), (Eigen::VectorXd(3) << 2, 3, 1).finished());
    QCOMPARE(s.targetFor(1).size(), 1);
}

void TstGradientLab::badSettingsAreRefusedWithTheirName_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named");
    QTest::newRow("no estimator") << "estimators" << "estimator";
    QTest::newRow("K = 0") << "conditional" << "K";
    QTest::newRow("samples") << "samples" << "samples per tau";
    QTest::newRow("component") << "component" << "component";
    QTest::newRow("batch") << "batch" << "batch size";
    QTest::newRow("learning rate") << "learningRate" << "learning rate";
    QTest::newRow("steps") << "steps" << "steps";
    QTest::newRow("tau_min") << "tauMin" << "tau_min";
    QTest::newRow("target") << "target" << "t_1";
    QTest::newRow("weight") << "weights" << "w_0";
    QTest::newRow("one RLOO draw") << "draws1" << "RLOO draws";
    QTest::newRow("RLOO draws above 100") << "draws101" << "RLOO draws";
    QTest::newRow("no gap") << "gap0" << "gap kappa";
    QTest::newRow("gap NaN") << "gapNaN" << "gap kappa";
    QTest::newRow("tau_b 0") << "tauB0" << "tau_b";
    QTest::newRow("tau_b above 1000") << "tauBHigh" << "tau_b";
    QTest::newRow("an estimator past the ninth") << "estimatorBit9" << "estimator";
}

void TstGradientLab::badSettingsAreRefusedWithTheirName() {
    QFETCH(QString, field);
    QFETCH(QString, named);
    GradientLabSettings s;
    QVERIFY(s.validate(5).ok());
    if (field == "estimators") s.estimators = 0;
    if (field == "conditional") s.conditional = 0;
    if (field == "samples") s.samplesPerPoint = 10;
    if (field == "component") s.component = 5;
    if (field == "batch") s.batch = 100000;
    if (field == "learningRate") s.learningRate = std::nan("");
    if (field == "steps") s.steps = 1;
    if (field == "tauMin") s.tauMin = 0.0;
    if (field == "draws1") s.leaveOneOutDraws = 1;
    if (field == "draws101") s.leaveOneOutDraws = 101;
    if (field == "gap0") s.gap = 0.0;
    if (field == "gapNaN") s.gap = std::nan("");
    if (field == "tauB0") s.backwardTau = 0.0;
    if (field == "tauBHigh") s.backwardTau = 1001.0;
    if (field == "estimatorBit9") s.estimators = 1u << kEstimatorCount;
    if (field == "target" || field == "weights") {
        s.preset = ObjectivePreset::Custom;
        s.target = Eigen::VectorXd::Zero(5);
        s.weights = Eigen::VectorXd::Ones(5);
        if (field == "target") s.target[1] = std::numeric_limits<double>::infinity();
        if (field == "weights") s.weights[0] = 1e9;
    }
    const Status status = s.validate(5);
    QVERIFY(!status);
    QVERIFY2(QString::fromStdString(status.error()).contains(named), status.error().c_str());
}

void TstGradientLab::settingsSurviveJson() {
    GradientLabSettings s;
    s.preset = ObjectivePreset::Custom;
    s.target = (Eigen::VectorXd(3) << 0.1, 0.2, 0.7).finished();
    s.weights = (Eigen::VectorXd(3) << 1, 0.5, 2).finished();
    s.estimators = 0b101110110;  // the later four included
    s.conditional = 37;
    s.leaveOneOutDraws = 9;
    s.gap = 2.5;
    s.backwardTau = 0.3;
    s.samplesPerPoint = 30000;
    s.component = 2;
    s.batch = 8;
    s.learningRate = 0.25;
    s.steps = 777;
    s.anneal = true;
    s.annealRate = 0.003;
    s.tauMin = 0.2;
    const Result<GradientLabSettings> back = GradientLabSettings::fromJson(s.toJson());
    QVERIFY(back.ok());
    QVERIFY(back.value() == s);
    // An empty object (an older session's lab) is the defaults.
    QVERIFY(GradientLabSettings::fromJson(QJsonObject{}).value() == GradientLabSettings{});
}

void TstGradientLab::jsonErrorsNameTheField() {
    QJsonObject o = GradientLabSettings{}.toJson();
    o["objective"] = "nonsense";
    QVERIFY(QString::fromStdString(GradientLabSettings::fromJson(o).error()).contains("gradientLab.objective"));
    o = GradientLabSettings{}.toJson();
    o["steps"] = 2.5;
    QVERIFY(QString::fromStdString(GradientLabSettings::fromJson(o).error()).contains("gradientLab.steps"));
    o = GradientLabSettings{}.toJson();
    o["estimators"] = QJsonArray{"reinforce", "telepathy"};
    QVERIFY(QString::fromStdString(GradientLabSettings::fromJson(o).error()).contains("gradientLab.estimators"));
    o = GradientLabSettings{}.toJson();
    o["gap"] = "wide";
    QVERIFY(QString::fromStdString(GradientLabSettings::fromJson(o).error()).contains("gradientLab.gap"));
    o = GradientLabSettings{}.toJson();
    o["leaveOneOutDraws"] = 2.5;
    QVERIFY(QString::fromStdString(GradientLabSettings::fromJson(o).error()).contains("gradientLab.leaveOneOutDraws"));
    o = GradientLabSettings{}.toJson();
    o["anneal"] = "yes";
    QVERIFY(QString::fromStdString(GradientLabSettings::fromJson(o).error()).contains("gradientLab.anneal"));
}

// The sweep is the engine's statistics, extended from 1,000 samples to the goal; REINFORCE's variance is the
// closed form's (doubled: for k = 2 the two components are opposite, so the trace is twice one variance).
void TstGradientLab::sweepMatchesTheEngineAndTheClosedForms() {
    GradientLabSettings s;  // Bernoulli toy, all five estimators, K = 10
    s.samplesPerPoint = 20000;
    const std::atomic<bool> cancel{false};
    GradientSweepResult last;
    int publications = 0;
    computeGradientSweep(zeros(2), s, 7, cancel, [&](const GradientSweepResult& r) {
        last = r;
        ++publications;
    });
    QVERIFY(last.error.isEmpty());
    QVERIFY(last.finished);
    QCOMPARE(static_cast<int>(last.points.size()), GradientLabLimits::kSweepPoints);
    QCOMPARE(publications, 2 * GradientLabLimits::kSweepPoints);  // the first pass, then the refinement
    const double exact = (1.0 - 2.0 * kT) / 4.0;
    QVERIFY(std::abs(last.exactNormSquared - 2.0 * exact * exact) < 1e-15);
    const double reinforceVariance = (std::pow(1.0 - kT, 4) + std::pow(kT, 4)) / 8.0 - exact * exact;
    for (const GradientCurvePoint& p : last.points) {
        QCOMPARE(p.samples, 20000LL);
        const double v = p.variance[at(Estimator::Reinforce)];
        // 20,000 samples of a two-valued estimate: the variance's relative standard error is below 1.5%.
        QVERIFY2(std::abs(v - 2.0 * reinforceVariance) < 0.06 * 2.0 * reinforceVariance,
                 qPrintable(QString("tau %1: variance %2, closed form %3").arg(p.tau).arg(v).arg(2.0 * reinforceVariance)));
    }
    // The same numbers as the engine run directly in the same two pieces.
    const GradientCurvePoint& middle = last.points[20];
    GradientJob job;
    job.settings = GradientSettings{middle.tau, 10, 7};
    job.histogram.bins = 1;
    const Result<GradientSampler> sampler = GradientSampler::create(zeros(2), s.objective(2).value(), job);
    GradientStatsSet stats = sampler->emptyStats();
    QVERIFY(sampler->run(0, 1000, 0, stats).ok());
    QVERIFY(sampler->run(1000, 19000, 0, stats).ok());
    for (Estimator e : labEstimators()) {
        QCOMPARE(middle.biasSquared[at(e)], stats[at(e)].biasSquared());
        QCOMPARE(middle.biasSquaredEstimate[at(e)], stats[at(e)].biasSquaredEstimate());
        QCOMPARE(middle.biasSquaredError[at(e)], stats[at(e)].biasSquaredStandardError());
        QCOMPARE(middle.variance[at(e)], stats[at(e)].varianceTrace());
        QCOMPARE(middle.meanSquaredError[at(e)], stats[at(e)].meanSquaredError());
    }
    // Bias: the relaxed estimator's bias^2 at tau = 10 is far above its value at tau = 0.01 (it differentiates
    // E f(C), which tends to the right objective as tau -> 0).
    QVERIFY(last.points.back().biasSquared[at(Estimator::Relaxed)] > 10.0 * last.points.front().biasSquared[at(Estimator::Relaxed)]);
}

// At tau = 1: E[ST] = E[GR] = (1 - 2t)/6 along theta_1; the exact gradient is (1 - 2t)/4.
void TstGradientLab::pointMatchesTheClosedFormsAtTauOne() {
    GradientLabSettings s;
    s.samplesPerPoint = 100000;
    const std::atomic<bool> cancel{false};
    GradientPointResult last;
    computeGradientPoint(zeros(2), s, 1.0, 11, cancel, [&](const GradientPointResult& r) { last = r; });
    QVERIFY(last.finished);
    QCOMPARE(last.samples, 100000LL);
    QVERIFY(std::abs(last.exact[0] - (1.0 - 2.0 * kT) / 4.0) < 1e-15);
    const double st = (1.0 - 2.0 * kT) / 6.0;
    const double stSd = std::sqrt(((1 - kT) * (1 - kT) + kT * kT) / 15.0 - st * st);
    for (Estimator e : {Estimator::StraightThrough, Estimator::GumbelRao}) {
        const double mean = last.mean[at(e)][0];
        QVERIFY2(std::abs(mean - st) < 4.0 * stSd / std::sqrt(1e5), qPrintable(QString("%1: %2").arg(estimatorTitle(e)).arg(mean)));
    }
    QVERIFY(std::abs(last.standardDeviation[at(Estimator::StraightThrough)][0] - stSd) < 0.02 * stSd);
    // Gumbel-Rao's spread is no larger than straight-through's.
    QVERIFY(last.standardDeviation[at(Estimator::GumbelRao)][0] <= last.standardDeviation[at(Estimator::StraightThrough)][0]);
    // Each density covers its range: it integrates to the share of values inside (at least 98%), never more than 1.
    for (Estimator e : labEstimators()) {
        const std::vector<double>& d = last.density[at(e)];
        QCOMPARE(static_cast<int>(d.size()), 60);
        double integral = 0.0;
        for (double v : d) integral += v * (last.high - last.low) / 60.0;
        QVERIFY2(integral > 0.98 && integral < 1.0 + 1e-9, qPrintable(QString("%1: %2").arg(estimatorTitle(e)).arg(integral)));
    }
}

void TstGradientLab::raceDescendsTowardsTheBestVertex() {
    GradientLabSettings s;
    s.steps = 400;
    s.batch = 4;
    s.learningRate = 2.0;
    const std::atomic<bool> cancel{false};
    GradientRaceResult last;
    computeGradientRace(zeros(2), s, 0.5, 3, cancel, [&](const GradientRaceResult& r) { last = r; });
    QVERIFY(last.finished);
    QCOMPARE(last.steps, 400);
    QCOMPARE(last.bestVertex, kT * kT);  // f(e_1) = t^2 < f(e_0) = (1 - t)^2
    QCOMPARE(static_cast<int>(last.exactLoss.size()), 401);
    QCOMPARE(last.exactLoss.front(), 0.5 * (1 - kT) * (1 - kT) + 0.5 * kT * kT);
    for (std::size_t t = 1; t < last.exactLoss.size(); ++t) QVERIFY(last.exactLoss[t] <= last.exactLoss[t - 1] + 1e-15);
    QVERIFY(last.exactLoss.back() - last.bestVertex < 0.1 * (last.exactLoss.front() - last.bestVertex));
    for (Estimator e : labEstimators()) {
        const std::vector<double>& loss = last.loss[at(e)];
        QCOMPARE(static_cast<int>(loss.size()), 401);
        for (double l : loss) QVERIFY(std::isfinite(l));
    }
    // The unbiased estimators reach the optimum as the exact gradient does; straight-through, Gumbel-Rao (same mean)
    // and the relaxed estimator stall far from it: this toy is the lab's lesson on their bias.
    const double start = last.exactLoss.front() - last.bestVertex;
    for (Estimator e : {Estimator::Reinforce, Estimator::ReinforceMean}) {
        QVERIFY2(last.loss[at(e)].back() - last.bestVertex < 0.05 * start, qPrintable(estimatorTitle(e)));
    }
    for (Estimator e : {Estimator::Relaxed, Estimator::StraightThrough, Estimator::GumbelRao}) {
        QVERIFY2(last.loss[at(e)].back() - last.bestVertex > 0.2 * start, qPrintable(estimatorTitle(e)));
    }
    // Why: past p_0 of about 0.12 straight-through's mean points the other way from the exact gradient.
    GradientPointResult point;
    GradientLabSettings pointSettings;
    pointSettings.samplesPerPoint = 100000;
    computeGradientPoint((Eigen::VectorXd(2) << -1.0, 1.0).finished(), pointSettings, 0.5, 1, cancel,
                         [&](const GradientPointResult& r) { point = r; });
    QVERIFY(point.exact[0] > 0.0);
    const double standardError = point.standardDeviation[at(Estimator::StraightThrough)][0] / std::sqrt(1e5);
    QVERIFY2(point.mean[at(Estimator::StraightThrough)][0] < -4.0 * standardError,
             qPrintable(QString("mean %1, standard error %2").arg(point.mean[at(Estimator::StraightThrough)][0]).arg(standardError)));
    // Annealing follows Jang et al.'s schedule.
    s.anneal = true;
    s.annealRate = 0.01;
    s.tauMin = 0.5;
    computeGradientRace(zeros(2), s, 0.5, 3, cancel, [&](const GradientRaceResult& r) { last = r; });
    QCOMPARE(last.taus.front(), 1.0);
    QCOMPARE(last.taus[10], std::exp(-0.1));
    QCOMPARE(last.taus.back(), 0.5);
}

void TstGradientLab::cancelStopsEveryComputation() {
    const std::atomic<bool> cancel{true};
    int published = 0;
    GradientLabSettings s;
    computeGradientSweep(zeros(3), s, 1, cancel, [&](const GradientSweepResult&) { ++published; });
    computeGradientPoint(zeros(3), s, 1.0, 1, cancel, [&](const GradientPointResult&) { ++published; });
    computeGradientRace(zeros(3), s, 1.0, 1, cancel, [&](const GradientRaceResult&) { ++published; });
    QCOMPARE(published, 0);
}

void TstGradientLab::nothingRunsWhileInactive() {
    ExplorerState state;
    GradientLab lab(state);
    QSignalSpy sweeps(&lab, &GradientLab::sweepUpdated);
    QVERIFY(state.apply([](ExplorerParameters& p) { p.tau = 0.7; }).ok());
    QVERIFY(lab.apply([](GradientLabSettings& s) { s.conditional = 3; }).ok());
    QTest::qWait(300);
    QCOMPARE(sweeps.count(), 0);
    lab.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(lab.complete(), 120000);
    QCOMPARE(lab.lastPoint().tau, 0.7);
}

void TstGradientLab::theLatestTauWinsAndNoOlderPointFollowsIt() {
    ExplorerState state;
    GradientLab lab(state);
    // Enough samples that a point is still computing when the next tau arrives, few enough for the sanitizer build.
    QVERIFY(lab.apply([](GradientLabSettings& s) { s.samplesPerPoint = 30000; }).ok());
    lab.setActive(true);
    QList<double> seen;
    connect(&lab, &GradientLab::pointUpdated, this, [&seen](const GradientPointResult& r) { seen << r.tau; });
    const double taus[] = {0.05, 0.2, 0.9, 3.0, 0.33};
    for (double tau : taus) {
        QVERIFY(state.apply([tau](ExplorerParameters& p) { p.tau = tau; }).ok());
        QTest::qWait(5);
    }
    QTRY_VERIFY_WITH_TIMEOUT(lab.complete(), 240000);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 0.33);
    QCOMPARE(lab.lastPoint().tau, 0.33);
    const int firstLatest = static_cast<int>(seen.indexOf(0.33));
    for (int i = firstLatest; i < seen.size(); ++i) QCOMPARE(seen[i], 0.33);
}

void TstGradientLab::largeKStaysFinite() {
    GradientLabSettings s;
    s.preset = ObjectivePreset::HitFirst;
    s.samplesPerPoint = 1000;
    s.steps = 20;
    Eigen::VectorXd theta = Eigen::VectorXd::LinSpaced(200, 0.0, -30.0);
    const std::atomic<bool> cancel{false};
    GradientSweepResult sweep;
    computeGradientSweep(theta, s, 5, cancel, [&](const GradientSweepResult& r) { sweep = r; });
    QVERIFY(sweep.finished && sweep.error.isEmpty());
    for (const GradientCurvePoint& p : sweep.points) {
        for (Estimator e : labEstimators()) {
            QVERIFY(std::isfinite(p.meanSquaredError[at(e)]));
            QVERIFY(std::isfinite(p.variance[at(e)]));
        }
    }
    GradientRaceResult race;
    computeGradientRace(theta, s, 0.01, 5, cancel, [&](const GradientRaceResult& r) { race = r; });
    QVERIFY(race.finished && race.error.isEmpty());
    for (Estimator e : labEstimators()) {
        for (double l : race.loss[at(e)]) QVERIFY(std::isfinite(l));
    }
}

// The microscope's sample n is the lab's: its point C_n gives the relaxed estimate J(C_n) grad f(C_n) / tau written
// out here, its winner is C_n's largest entry, its arrows are the engine's estimates of sample n, and its cloud's
// column n is sample n again.
void TstGradientLab::microscopeShowsTheLabsSample() {
    GradientLabSettings s;
    s.estimators = (1u << kEstimatorCount) - 1;
    const Eigen::Vector3d theta = Eigen::Vector3d(0.5, 0.3, 0.2).array().log();
    const Objective objective = s.objective(3).value();
    for (double tau : {0.1, 1.0, 3.0}) {
        for (std::uint64_t n : {0u, 7u, 123u}) {
            const MicroscopeData d = computeMicroscope(theta, s, tau, 5, n, true);
            QVERIFY(d.ok());
            QCOMPARE(std::abs(d.point.sum() - 1.0) < 1e-12, true);
            Eigen::Index largest = 0;
            d.point.maxCoeff(&largest);
            QCOMPARE(d.winner, static_cast<int>(largest));
            const Eigen::Vector3d c = d.point;
            const Eigen::Vector3d v = 2.0 * objective.weights().cwiseProduct(c - objective.target());
            const Eigen::Vector3d relaxed = (c.cwiseProduct(v) - c * c.dot(v)) / tau;
            const Eigen::Vector3d shown = d.estimate[static_cast<std::size_t>(Estimator::Relaxed)];
            QVERIFY2((shown - relaxed).norm() <= 1e-9 * (1.0 + relaxed.norm()), qPrintable(QString("tau %1 n %2").arg(tau).arg(n)));
            const GradientEstimators engine = GradientEstimators::create(theta, objective, s.engineSettings(tau, 5)).value();
            for (Estimator e : allEstimators()) {
                QVERIFY((d.estimate[static_cast<std::size_t>(e)] - engine.estimate(n, e)).norm() <= 1e-12 * (1.0 + engine.estimate(n, e).norm()));
                QCOMPARE(d.cloud[static_cast<std::size_t>(e)].cols(), static_cast<Eigen::Index>(MicroscopeData::kCloud));
                QVERIFY((d.cloud[static_cast<std::size_t>(e)].col(static_cast<Eigen::Index>(n)) - d.estimate[static_cast<std::size_t>(e)]).norm() <= 1e-12 * (1.0 + d.estimate[static_cast<std::size_t>(e)].norm()));
            }
        }
    }
    QVERIFY(!computeMicroscope(Eigen::VectorXd::Zero(4), s, 1.0, 5, 0, false).ok());  // k = 3 only
    // A projected gradient lies in the triangle's plane.
    QVERIFY(std::abs(projectOnPlane(Eigen::Vector3d(1.0, -4.0, 2.5)).sum()) < 1e-15);
}

// The three schedules against their formulas: Jang's max(tau_min, exp(-r t)); linear and exponential from 5 at step
// 0 to 0.05 at step T - 1, the exponential one evenly in log tau.
void TstGradientLab::schedulesFollowTheirFormulas() {
    GradientLabSettings s;
    s.anneal = true;
    s.steps = 101;
    s.schedule = AnnealSchedule::Jang;
    QCOMPARE(s.raceTau(0, 0.3), 1.0);
    QCOMPARE(s.raceTau(10, 0.3), std::max(s.tauMin, std::exp(-s.annealRate * 10)));
    QCOMPARE(s.raceTau(100, 0.3), s.tauMin);
    s.schedule = AnnealSchedule::Linear;
    QCOMPARE(s.raceTau(0, 0.3), 5.0);
    QVERIFY(std::abs(s.raceTau(50, 0.3) - 2.525) < 1e-12);
    QVERIFY(std::abs(s.raceTau(100, 0.3) - 0.05) < 1e-12);
    s.schedule = AnnealSchedule::Exponential;
    QVERIFY(std::abs(s.raceTau(50, 0.3) - 0.5) < 1e-12);  // the geometric middle of 5 and 0.05
    QVERIFY(std::abs(s.raceTau(100, 0.3) - 0.05) < 1e-12);
    s.anneal = false;
    QCOMPARE(s.raceTau(50, 0.3), 0.3);
    // Sessions keep the schedule; an unknown one is refused with its name.
    s.anneal = true;
    QCOMPARE(GradientLabSettings::fromJson(s.toJson()).value().schedule, AnnealSchedule::Exponential);
    QJsonObject o = s.toJson();
    o["schedule"] = "cosine";
    QVERIFY(QString::fromStdString(GradientLabSettings::fromJson(o).error()).contains("gradientLab.schedule"));
}

QTEST_MAIN(TstGradientLab)
#include "tst_gradient_lab.moc"
