// ExplorerState: the one checked way to change the parameters. A change is committed whole with what changed, or
// refused whole with the reason; custom weights follow k; m and the category are clamped with a notice.
#include <QSignalSpy>
#include <QtTest>

#include "ui/model/ExplorerState.h"

using namespace gumbel::ui;
using Changes = ExplorerState::Changes;

Q_DECLARE_METATYPE(std::function<void(gumbel::ui::ExplorerParameters&)>)

class TstExplorerState : public QObject {
    Q_OBJECT
private slots:
    void eachEditReportsWhatChanged_data();
    void eachEditReportsWhatChanged();
    void refusedEditChangesNothing_data();
    void refusedEditChangesNothing();
    void customWeightsFollowK();
    void mIsLoweredToTheSupportWithANotice();
    void anEditThatChangesNothingIsSilent();
    void logitTemperatureSamplesFromPToTheOneOverT_data();
    void logitTemperatureSamplesFromPToTheOneOverT();
};

using Edit = std::function<void(ExplorerParameters&)>;

void TstExplorerState::eachEditReportsWhatChanged_data() {
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("expected");
    QTest::newRow("tau") << Edit([](ExplorerParameters& p) { p.tau = 2.0; }) << int(ExplorerState::Tau);
    QTest::newRow("seed") << Edit([](ExplorerParameters& p) { p.seed = 5; }) << int(ExplorerState::Noise);
    QTest::newRow("k") << Edit([](ExplorerParameters& p) { p.k = 12; }) << int(ExplorerState::Probabilities);
    QTest::newRow("d") << Edit([](ExplorerParameters& p) { p.d = 7; }) << int(ExplorerState::Columns);
    QTest::newRow("m") << Edit([](ExplorerParameters& p) { p.m = 2; }) << int(ExplorerState::MHot);
    QTest::newRow("hard") << Edit([](ExplorerParameters& p) { p.hard = true; }) << int(ExplorerState::Kind);
    QTest::newRow("samples") << Edit([](ExplorerParameters& p) { p.samples = 5000; }) << int(ExplorerState::Sampling);
    QTest::newRow("category") << Edit([](ExplorerParameters& p) { p.category = 4; }) << int(ExplorerState::Category);
    QTest::newRow("logit temperature") << Edit([](ExplorerParameters& p) { p.logitTemperature = 0.5; })
                                       << int(ExplorerState::Probabilities);
    QTest::newRow("tau and d") << Edit([](ExplorerParameters& p) {
        p.tau = 0.5;
        p.d = 9;
    }) << int(ExplorerState::Tau | ExplorerState::Columns);
    QTest::newRow("dirichlet seed") << Edit([](ExplorerParameters& p) {
        p.preset = Preset::Dirichlet;
        p.seed = 3;
    }) << int(ExplorerState::Noise | ExplorerState::Probabilities);
}

void TstExplorerState::eachEditReportsWhatChanged() {
    QFETCH(Edit, edit);
    QFETCH(int, expected);
    ExplorerState state;
    QSignalSpy changed(&state, &ExplorerState::changed);
    QVERIFY(state.apply(edit).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(int(changed.first().first().value<Changes>()), expected);
}

void TstExplorerState::refusedEditChangesNothing_data() {
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("tau NaN") << Edit([](ExplorerParameters& p) { p.tau = std::nan(""); }) << "tau";
    QTest::newRow("tau too large") << Edit([](ExplorerParameters& p) { p.tau = 1e6; }) << "tau";
    QTest::newRow("k too large") << Edit([](ExplorerParameters& p) { p.k = 5000; }) << "k";
    QTest::newRow("d zero") << Edit([](ExplorerParameters& p) { p.d = 0; }) << "d";
    QTest::newRow("logit temperature zero") << Edit([](ExplorerParameters& p) { p.logitTemperature = 0.0; })
                                            << "logit temperature T = 0 is out of range (0.05 to 20)";
    QTest::newRow("logit temperature NaN") << Edit([](ExplorerParameters& p) { p.logitTemperature = std::nan(""); })
                                           << "logit temperature";
    QTest::newRow("logit temperature huge") << Edit([](ExplorerParameters& p) { p.logitTemperature = 1e300; })
                                            << "logit temperature";
    QTest::newRow("all weights zero") << Edit([](ExplorerParameters& p) {
        p.preset = Preset::Custom;
        p.customWeights.assign(static_cast<std::size_t>(p.k), 0.0);
    }) << "zero";
    QTest::newRow("negative weight") << Edit([](ExplorerParameters& p) {
        p.preset = Preset::Custom;
        p.customWeights.assign(static_cast<std::size_t>(p.k), 1.0);
        p.customWeights[2] = -1.0;
    }) << "negative";
}

void TstExplorerState::refusedEditChangesNothing() {
    QFETCH(Edit, edit);
    QFETCH(QString, mentions);
    ExplorerState state;
    const ExplorerParameters before = state.parameters();
    QSignalSpy changed(&state, &ExplorerState::changed);
    const auto status = state.apply(edit);
    QVERIFY(!status.ok());
    QVERIFY2(QString::fromStdString(status.error()).contains(mentions), status.error().c_str());
    QVERIFY(state.parameters() == before);
    QCOMPARE(changed.size(), 0);
}

void TstExplorerState::customWeightsFollowK() {
    ExplorerState state;
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.preset = Preset::Custom;
        p.k = 3;
        p.customWeights = {5, 6, 7};
    }).ok());
    QVERIFY(state.apply([](ExplorerParameters& p) { p.k = 5; }).ok());
    const std::vector<double> grown{5, 6, 7, 1, 1};  // typed weights kept, new categories at weight 1
    QCOMPARE(state.parameters().customWeights, grown);
    QVERIFY(state.apply([](ExplorerParameters& p) { p.k = 2; }).ok());
    const std::vector<double> shrunk{5, 6};
    QCOMPARE(state.parameters().customWeights, shrunk);
}

void TstExplorerState::mIsLoweredToTheSupportWithANotice() {
    ExplorerState state;
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.k = 6;
        p.m = 4;
    }).ok());
    QSignalSpy notices(&state, &ExplorerState::notice);
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.preset = Preset::Custom;
        p.customWeights = {1, 0, 0, 2, 0, 0};
        p.category = 40;
    }).ok());
    QCOMPARE(state.parameters().m, 2);
    QCOMPARE(state.parameters().category, 5);  // clamped to the last category
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().first().toString().contains("m lowered to 2"));
}

void TstExplorerState::anEditThatChangesNothingIsSilent() {
    ExplorerState state;
    QSignalSpy changed(&state, &ExplorerState::changed);
    QVERIFY(state.apply([](ExplorerParameters& p) { p.tau = p.tau; }).ok());
    QCOMPARE(changed.size(), 0);
}

void TstExplorerState::logitTemperatureSamplesFromPToTheOneOverT_data() {
    QTest::addColumn<double>("t");
    QTest::newRow("T = 1 leaves p") << 1.0;
    QTest::newRow("T = 0.5 squares p") << 0.5;
    QTest::newRow("T = 3") << 3.0;
    QTest::newRow("smallest T") << ExplorerLimits::kMinLogitT;
    QTest::newRow("largest T") << ExplorerLimits::kMaxLogitT;
}

// q_i = p_i^(1/T) / sum_j p_j^(1/T), by hand from the weights; a zero weight stays zero; the base keeps p.
void TstExplorerState::logitTemperatureSamplesFromPToTheOneOverT() {
    QFETCH(double, t);
    ExplorerState state;
    const std::vector<double> weights{4, 0, 2, 1, 1};
    QVERIFY(state.apply([&](ExplorerParameters& p) {
        p.k = 5;
        p.m = 2;
        p.preset = Preset::Custom;
        p.customWeights = weights;
        p.logitTemperature = t;
    }).ok());
    double sum = 0.0;
    for (double w : weights) sum += std::pow(w / 8.0, 1.0 / t);
    const Eigen::VectorXd& q = state.distribution().probabilities();
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double expected = std::pow(weights[i] / 8.0, 1.0 / t) / sum;
        QVERIFY2(std::abs(q[static_cast<Eigen::Index>(i)] - expected) <= 1e-12 * std::max(1.0, expected),
                 qPrintable(QString("q_%1 = %2, expected %3").arg(i).arg(q[static_cast<Eigen::Index>(i)]).arg(expected)));
    }
    QCOMPARE(q[1], 0.0);
    const auto base = state.parameters().baseDistribution();
    QVERIFY(base.ok());
    QCOMPARE(base->probabilities()[0], 0.5);
}

QTEST_MAIN(TstExplorerState)
#include "tst_explorer_state.moc"
