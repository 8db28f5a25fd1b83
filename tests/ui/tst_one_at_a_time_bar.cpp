#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "ui/window/MainWindow.h"
#include "ui/panels/OneAtATimeBar.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/views/SimplexView.h"

using namespace gumbel::ui;

namespace {
ExplorerParameters small(int k = 4) {
    ExplorerParameters p;
    p.k = k;
    p.d = 6;
    p.m = 2;
    p.samples = 1000;
    p.tau = 0.5;
    p.seed = 11;
    return p;
}
long long sampled(const ExplorerDocument& document) {
    const auto& stats = document.lastSampling().stats;
    return stats ? stats->oneHotSamples() : -1;
}
}  // namespace

class TstOneAtATimeBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void stepsAddSamplesFromNothing();
    void aChangeKeepsTheCountAndAllStepsGiveTheUsualHistograms();
    void stepSizeIsOneThenGrows_data();
    void stepSizeIsOneThenGrows();
    void playRunsToNAndStops();
    void theSimplexShowsAsManyDotsAsSamples();
};

void TstOneAtATimeBar::stepsAddSamplesFromNothing() {
    ExplorerDocument document;
    QVERIFY(document.start(small()).ok());
    QSignalSpy wanted(&document, &ExplorerDocument::samplesWantedChanged);
    document.setOneAtATime(true);
    QCOMPARE(wanted.last().at(0).toLongLong(), 0LL);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(sampled(document), 0LL);  // empty histograms, the exact overlay still drawn
    QVERIFY(document.lastSampling().theory != nullptr);
    document.stepSamples(1);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(sampled(document), 1LL);
    document.stepSamples(4);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(sampled(document), 5LL);
    long long counted = 0;
    for (long long c : document.lastSampling().stats->argmaxCounts()) counted += c;
    QCOMPARE(counted, 5LL);
    document.stepSamples(5000);  // capped at N
    QCOMPARE(document.samplesWanted(), 1000LL);
    document.setOneAtATime(false);
    QCOMPARE(document.samplesWanted(), 1000LL);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(sampled(document), 1000LL);
    document.stepSamples(1);  // ignored outside the mode
    QCOMPARE(document.samplesWanted(), 1000LL);
}

void TstOneAtATimeBar::aChangeKeepsTheCountAndAllStepsGiveTheUsualHistograms() {
    ExplorerDocument full;
    QVERIFY(full.start(small()).ok());
    full.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(full.samplingComplete(), 30000);
    const std::vector<long long> usual = full.lastSampling().stats->argmaxCounts();

    ExplorerDocument document;
    QVERIFY(document.start(small()).ok());
    document.setOneAtATime(true);
    document.stepSamples(7);
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 2.0; }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(sampled(document), 7LL);  // the same seven samples, at the new tau
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 0.5; }).ok());
    document.stepSamples(993);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(sampled(document), 1000LL);
    // Sample j depends on (seed, j) only: stepping to N gives exactly the usual histograms.
    QCOMPARE(document.lastSampling().stats->argmaxCounts(), usual);
}

void TstOneAtATimeBar::stepSizeIsOneThenGrows_data() {
    QTest::addColumn<long long>("n");
    QTest::addColumn<long long>("step");
    QTest::newRow("none yet") << 0LL << 1LL;
    QTest::newRow("the last single one") << OneAtATimeBar::kSingleSteps - 1 << 1LL;
    QTest::newRow("growing") << 100LL << 4LL;
    QTest::newRow("thousands") << 50000LL << 2000LL;
}

void TstOneAtATimeBar::stepSizeIsOneThenGrows() {
    QFETCH(long long, n);
    QFETCH(long long, step);
    QCOMPARE(OneAtATimeBar::stepSize(n), step);
}

void TstOneAtATimeBar::playRunsToNAndStops() {
    ExplorerDocument document;
    QVERIFY(document.start(small()).ok());
    OneAtATimeBar bar(document);
    QVERIFY(!bar.stepAction()->isEnabled());  // nothing to step outside the mode
    bar.playAction()->trigger();              // Play switches the mode on
    QVERIFY(document.oneAtATime());
    QVERIFY(bar.playing());
    QCOMPARE(bar.playAction()->text(), QString("Pause samples"));
    // A tick waits for the last tick's histograms.
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(bar.tick(), 1LL);
    QCOMPARE(bar.tick(), 0LL);  // the histograms of that sample are not complete yet
    // Play to the end by ticking here as soon as each tick's histograms are complete (the bar's own 100 ms timer may
    // tick in between; a tick before completion adds nothing): work decides the pace, not the clock.
    for (int ticks = 0; bar.playing(); ++ticks) {
        QVERIFY2(ticks < 1000, "Play did not reach N in 1,000 ticks");
        QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
        bar.tick();
    }
    QCOMPARE(document.samplesWanted(), 1000LL);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
    QCOMPARE(sampled(document), 1000LL);
    QVERIFY(!bar.stepAction()->isEnabled());
    QVERIFY(!bar.playAction()->isEnabled());
    bar.modeAction()->setChecked(false);
    QVERIFY(!document.oneAtATime());
}

void TstOneAtATimeBar::theSimplexShowsAsManyDotsAsSamples() {
    ExplorerDocument document;
    QVERIFY(document.start(small(3)).ok());
    MainWindow window(document);
    window.show();
    QVERIFY(window.showView("simplex"));
    QCOMPARE(window.simplexView().shownSamples(), Eigen::Index{SimplexView::kSamples});
    window.oneAtATimeBar().modeAction()->trigger();
    QCOMPARE(window.simplexView().shownSamples(), Eigen::Index{0});
    window.oneAtATimeBar().stepAction()->trigger();
    window.oneAtATimeBar().stepAction()->trigger();
    window.oneAtATimeBar().stepAction()->trigger();
    QCOMPARE(window.simplexView().shownSamples(), Eigen::Index{3});
    const Eigen::Vector3d shares = window.simplexView().regionShares();
    QCOMPARE(shares.sum(), 1.0);
    QVERIFY((shares * 3.0 - (shares * 3.0).array().round().matrix()).norm() < 1e-12);  // thirds of three dots
    window.oneAtATimeBar().modeAction()->trigger();
    QCOMPARE(window.simplexView().shownSamples(), Eigen::Index{SimplexView::kSamples});
}

QTEST_MAIN(TstOneAtATimeBar)
#include "tst_one_at_a_time_bar.moc"
