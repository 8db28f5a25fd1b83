// ExplorerDocument without any window: sessions, the live sample, the histogram and sweep runners.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/model/ExplorerDocument.h"
#include "ui/model/SessionFile.h"

using namespace gumbel::ui;

class TstExplorerDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sessionOpensWithoutAWindow();
    void failedOpenLeavesEverythingAsItWas();
    void changesMarkTheDocumentModified();
    void liveSampleKeepsItsNoiseWhenTauMoves();
    void histogramsFinishAndAChangeRestartsThem();
    void aStaleSweepIsStoppedAndNeverShown();
    void largeLiveSamplesArriveLatestLastWithoutGaps();
    void aCancelledLiveSampleStopsAndGivesNothing();
    void recycledBuffersHoldNothingOfTheirLastSample();
    void aTauChangeReshapesTheHeldNoise();
    void histogramsWaitForADragToPause();
    void annealingFramesHaveCompleteHistogramsOfOneN();
};

void TstExplorerDocument::sessionOpensWithoutAWindow() {
    QTemporaryDir dir;
    Session session;
    session.parameters.tau = 2.5;
    session.parameters.k = 7;
    session.view = ViewId::Sweep;
    const QString path = dir.filePath("lecture.gumbel.json");
    QVERIFY(saveSession(session, path).ok());
    ExplorerDocument document;
    QSignalSpy views(&document, &ExplorerDocument::viewRequested);
    QSignalSpy files(&document, &ExplorerDocument::fileChanged);
    QVERIFY(document.open(path).ok());
    QCOMPARE(document.parameters().tau, 2.5);
    QCOMPARE(document.parameters().k, 7);
    QCOMPARE(document.path(), path);
    QCOMPARE(document.displayName(), QString("lecture.gumbel.json"));
    QVERIFY(!document.isModified());
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().first().value<ViewId>(), ViewId::Sweep);
    QCOMPARE(document.view(), ViewId::Sweep);
    QVERIFY(files.size() >= 1);
    QVERIFY(document.recentFiles().first().endsWith("lecture.gumbel.json"));
}

void TstExplorerDocument::failedOpenLeavesEverythingAsItWas() {
    QTemporaryDir dir;
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 0.7; }).ok());
    const ExplorerParameters before = document.parameters();
    const auto status = document.open(dir.filePath("missing.gumbel.json"));
    QVERIFY(!status.ok());
    QVERIFY(QString::fromStdString(status.error()).contains("missing.gumbel.json"));
    QVERIFY(document.parameters() == before);
    QVERIFY(document.path().isEmpty());
    QVERIFY(document.isModified());  // the tau change above is still unsaved
}

void TstExplorerDocument::changesMarkTheDocumentModified() {
    QTemporaryDir dir;
    ExplorerDocument document;
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), QString("untitled"));
    ExplorerParameters start;
    start.k = 12;
    QVERIFY(document.start(start).ok());  // the command line's state is where the document starts, not an edit
    QCOMPARE(document.parameters().k, 12);
    QVERIFY(!document.isModified());
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.m = 2; }).ok());
    QVERIFY(document.isModified());
    QVERIFY(document.saveTo(dir.filePath("a.gumbel.json")).ok());
    QVERIFY(!document.isModified());
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.seed = 9; }).ok());
    QVERIFY(document.isModified());
    // What was saved reopens to the same parameters, with the view the document was told about.
    document.setView(ViewId::Pipeline);
    QVERIFY(document.saveTo(dir.filePath("b.gumbel.json")).ok());
    const auto reloaded = loadSession(dir.filePath("b.gumbel.json"));
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded->parameters == document.parameters());
    QCOMPARE(reloaded->view, ViewId::Pipeline);
}

void TstExplorerDocument::liveSampleKeepsItsNoiseWhenTauMoves() {
    ExplorerDocument document;
    QSignalSpy live(&document, &ExplorerDocument::liveSampleChanged);
    const Eigen::MatrixXd eps = document.liveSample().eps();
    const Eigen::MatrixXd before = document.liveSample().c();
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 3.0; }).ok());
    QCOMPARE(live.size(), 1);
    QVERIFY(document.liveSample().eps() == eps);
    QVERIFY(!(document.liveSample().c() == before));
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.samples = 2000; }).ok());
    QCOMPARE(live.size(), 1);  // N does not reshape the live sample
}

void TstExplorerDocument::histogramsFinishAndAChangeRestartsThem() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.samples = 2000; }).ok());
    QSignalSpy finished(&document, &ExplorerDocument::samplingFinished);
    document.restartSampling();
    QVERIFY(!document.samplingComplete());
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(document.lastSampling().done, std::uint64_t{2000});
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 1.0; }).ok());
    QVERIFY(!document.samplingComplete());
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    document.cancelSampling();
    QVERIFY(!document.samplingComplete());
}

void TstExplorerDocument::aStaleSweepIsStoppedAndNeverShown() {
    ExplorerDocument document;
    QSignalSpy stale(&document, &ExplorerDocument::sweepStale);
    QSignalSpy updates(&document, &ExplorerDocument::sweepUpdated);
    document.requestSweep();
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.k = 4; }).ok());
    QCOMPARE(stale.size(), 1);
    QVERIFY(!document.sweepComplete());
    updates.clear();
    QTest::qWait(300);  // whatever the stopped sweep had queued arrives now, and must be dropped
    for (const QList<QVariant>& args : updates) {
        const auto update = args.first().value<SweepUpdate>();
        for (const SweepPoint& point : update.points) QCOMPARE(point.meanC.size(), Eigen::Index{4});
    }
    QCOMPARE(updates.size(), 0);
    // A new request computes the sweep of k = 4.
    document.requestSweep();
    QTRY_VERIFY_WITH_TIMEOUT(document.sweepComplete(), 120000);
    QCOMPARE(document.lastSweep().points.front().meanC.size(), Eigen::Index{4});
}

// k x d = 1e7: computed in the background. Whatever order the workers finish in, the samples that arrive never
// go back to older parameters, the last one is the latest, and the document always holds a whole sample (the
// previous one stays until the next is ready: nothing to flicker through).
void TstExplorerDocument::largeLiveSamplesArriveLatestLastWithoutGaps() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) {
        p.k = 1000;
        p.d = 10000;
        p.m = 2;
        p.samples = 1000;
    }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(document.liveSampleCurrent(), 60000);
    document.cancelSampling();
    const QList<double> taus{0.05, 0.1, 0.3, 1.0, 3.0, 7.0};
    QList<int> arrived;  // indices into taus
    bool wholeEveryTime = true;
    connect(&document, &ExplorerDocument::liveSampleChanged, this, [&] {
        const LiveSample& live = document.liveSample();
        arrived << static_cast<int>(taus.indexOf(live.parameters().tau));
        wholeEveryTime = wholeEveryTime && live.c().rows() == 1000 && live.c().cols() == 10000 &&
                         live.gImage().width() == LiveSample::kMaxImageColumns && live.gImage().height() == 1000;
    });
    for (double tau : taus) {
        QVERIFY(document.state().apply([tau](ExplorerParameters& p) { p.tau = tau; }).ok());
        QVERIFY(document.liveSample().c().cols() == 10000);  // the previous sample is still there
        QTest::qWait(3);
    }
    QTRY_VERIFY_WITH_TIMEOUT(document.liveSampleCurrent(), 60000);
    document.cancelSampling();
    QVERIFY(!arrived.isEmpty());
    QCOMPARE(arrived.last(), static_cast<int>(taus.size()) - 1);
    for (int i = 1; i < arrived.size(); ++i) QVERIFY2(arrived[i] > arrived[i - 1], "an older sample arrived after a newer one");
    QVERIFY(wholeEveryTime);
    // Small sizes are computed at once, as before.
    QVERIFY(document.state().apply([](ExplorerParameters& p) {
        p.k = 10;
        p.d = 32;
    }).ok());
    QVERIFY(document.liveSampleCurrent());
}

void TstExplorerDocument::aCancelledLiveSampleStopsAndGivesNothing() {
    ExplorerParameters p;
    p.k = 1000;
    p.d = 10000;
    const std::atomic<bool> cancel{true};
    QVERIFY(LiveSample::compute(p, p.distribution().value(), nullptr, &cancel, 0) == nullptr);
}

// Samples of 2^20 cells or more hand G's buffer to the next sample of the same size when they die (a drag at
// k x d = 1e7 would otherwise allocate and fault in 80 MB a step): what the next one computes in it is exactly
// a fresh sample, whatever the buffer held.
void TstExplorerDocument::recycledBuffersHoldNothingOfTheirLastSample() {
    ExplorerParameters p;
    p.k = 500;
    p.d = 4000;
    p.seed = 9;
    const gumbel::Distribution distribution = p.distribution().value();
    auto first = LiveSample::compute(p, distribution, nullptr, nullptr, 0);
    p.tau = 2.0;
    const auto second = LiveSample::compute(p, distribution, first.get(), nullptr, 0);
    const Eigen::MatrixXd firstG = first->c();
    first.reset();  // its buffer is now spare
    p.tau = 0.05;
    const auto third = LiveSample::compute(p, distribution, second.get(), nullptr, 0);
    ExplorerParameters q = p;
    const auto fresh = LiveSample::compute(q, distribution, nullptr, nullptr, 1);
    QVERIFY(third->c() == fresh->c());
    QVERIFY(third->c() != firstG);
    QVERIFY(third->gImage() == fresh->gImage());
}

// A change of tau keeps the noise and redoes the softmax only: the result equals a sample drawn afresh.
void TstExplorerDocument::aTauChangeReshapesTheHeldNoise() {
    ExplorerParameters p;
    p.k = 50;
    p.d = 3000;
    p.seed = 4;
    const gumbel::Distribution distribution = p.distribution().value();
    const auto first = LiveSample::compute(p, distribution, nullptr, nullptr, 0);
    p.tau = 2.5;
    p.d = 3500;  // more columns too: the new ones are drawn
    const auto reshaped = LiveSample::compute(p, distribution, first.get(), nullptr, 0);
    const auto fresh = LiveSample::compute(p, distribution, nullptr, nullptr, 1);
    QVERIFY(reshaped->c() == fresh->c());
    QVERIFY(reshaped->eps() == fresh->eps());
    QVERIFY(reshaped->gImage() == fresh->gImage());
    QCOMPARE(reshaped->mHot().order, fresh->mHot().order);
}

// A burst of changes (a drag) stops the histograms at once and starts them again only when the changes pause:
// no job is started for a tau that is already gone, and the last one completes.
void TstExplorerDocument::histogramsWaitForADragToPause() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) {
        p.samples = 20000;
        p.k = 100;
        p.d = 5000;  // a live sample computed in the background: a drag there must not also restart the histograms
    }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QSignalSpy updates(&document, &ExplorerDocument::samplingUpdated);
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 0.2; }).ok());  // the first change starts at once
    for (double tau : {0.3, 0.4, 0.5}) {
        QVERIFY(document.state().apply([tau](ExplorerParameters& p) { p.tau = tau; }).ok());
        QVERIFY(!document.samplingComplete());
    }
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QVERIFY(!updates.isEmpty());
    // Every update after the burst is for the last tau's job: the finished one describes tau = 0.5.
    const auto last = updates.last().at(0).value<SamplingUpdate>();
    QVERIFY(last.finished);
    QCOMPARE(last.generation, document.lastSampling().generation);
    QCOMPARE(document.lastSampling().done, 20000u);
}

void TstExplorerDocument::annealingFramesHaveCompleteHistogramsOfOneN() {
    // During annealing (lecture finding 10) the histograms restarted at every frame and never got past a partial
    // N, which the four panels showed differently. Now each frame's histograms are complete at one N.
    ExplorerDocument document;
    QVERIFY(document.start([] {
        ExplorerParameters p;
        p.k = 5;
        p.samples = 200000;
        return p;
    }()).ok());
    document.setAnnealing(true);
    for (double tau : {10.0, 3.0, 1.0, 0.3}) {
        QVERIFY(document.state().apply([tau](ExplorerParameters& p) { p.tau = tau; }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 30000);
        const SamplingUpdate& last = document.lastSampling();
        QCOMPARE(last.total, std::uint64_t(ExplorerDocument::kAnnealingSamples));
        QCOMPARE(last.stats->oneHotSamples(), ExplorerDocument::kAnnealingSamples);
        QCOMPARE(last.stats->mHotSamples(), ExplorerDocument::kAnnealingSamples);  // the same N in every panel
    }
    document.setAnnealing(false);  // stopped: the full N again, at the tau where it stopped
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QCOMPARE(document.lastSampling().stats->oneHotSamples(), 200000LL);
    QCOMPARE(document.parameters().tau, 0.3);
}

QTEST_MAIN(TstExplorerDocument)
#include "tst_explorer_document.moc"
