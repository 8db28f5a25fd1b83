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
};

void TstExplorerDocument::sessionOpensWithoutAWindow() {
    QTemporaryDir dir;
    Session session;
    session.parameters.tau = 2.5;
    session.parameters.k = 7;
    session.view = "sweep";
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
    QCOMPARE(views.first().first().toString(), QString("sweep"));
    QCOMPARE(document.viewName(), QString("sweep"));
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
    document.setViewName("pipeline");
    QVERIFY(document.saveTo(dir.filePath("b.gumbel.json")).ok());
    const auto reloaded = loadSession(dir.filePath("b.gumbel.json"));
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded->parameters == document.parameters());
    QCOMPARE(reloaded->view, QString("pipeline"));
}

void TstExplorerDocument::liveSampleKeepsItsNoiseWhenTauMoves() {
    ExplorerDocument document;
    QSignalSpy live(&document, &ExplorerDocument::liveSampleChanged);
    const Eigen::MatrixXd eps = document.liveSample().g().eps;
    const Eigen::MatrixXd before = document.liveSample().g().c;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 3.0; }).ok());
    QCOMPARE(live.size(), 1);
    QVERIFY(document.liveSample().g().eps == eps);
    QVERIFY(!(document.liveSample().g().c == before));
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

QTEST_MAIN(TstExplorerDocument)
#include "tst_explorer_document.moc"
