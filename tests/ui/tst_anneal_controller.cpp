#include <QtTest>

#include "ui/controllers/AnnealController.h"

using namespace gumbel::ui;

class TstAnnealController : public QObject {
    Q_OBJECT
private slots:
    void advancesOnALogScale();
    void stopsAtTheEndUnlessLooping();
    void playsFromTheTimerAndPauses();
};

void TstAnnealController::advancesOnALogScale() {
    ExplorerState state;
    AnnealController anneal(state);
    QVERIFY(state.apply([](ExplorerParameters& p) { p.tau = 10.0; }).ok());
    anneal.setSpeed(1.0);  // one decade per second
    anneal.advance(1.0);
    QVERIFY(std::fabs(state.parameters().tau - 1.0) < 1e-12);
    anneal.advance(0.5);
    QVERIFY(std::fabs(state.parameters().tau - std::sqrt(0.1)) < 1e-12);
}

void TstAnnealController::stopsAtTheEndUnlessLooping() {
    ExplorerState state;
    AnnealController anneal(state);
    anneal.setSpeed(3.0);
    anneal.play();
    QVERIFY(anneal.isPlaying());
    QCOMPARE(state.parameters().tau, AnnealController::kStartTau);
    for (int i = 0; i < 10; ++i) anneal.advance(0.2);
    QCOMPARE(state.parameters().tau, AnnealController::kEndTau);
    QVERIFY(!anneal.isPlaying());
    anneal.setLoop(true);
    anneal.play();  // at the end: starts again from 10
    QCOMPARE(state.parameters().tau, AnnealController::kStartTau);
    for (int i = 0; i < 6; ++i) anneal.advance(0.2);
    QVERIFY(anneal.isPlaying());
    QVERIFY(state.parameters().tau > AnnealController::kEndTau);
    anneal.pause();
    // After a pause, play resumes where tau is.
    const double paused = state.parameters().tau;
    anneal.play();
    QCOMPARE(state.parameters().tau, paused);
    anneal.pause();
}

void TstAnnealController::playsFromTheTimerAndPauses() {
    ExplorerState state;
    AnnealController anneal(state);
    QSignalSpy playing(&anneal, &AnnealController::playingChanged);
    anneal.play();
    QTRY_VERIFY_WITH_TIMEOUT(state.parameters().tau < 9.0, 5000);
    anneal.toggle();
    QVERIFY(!anneal.isPlaying());
    const double paused = state.parameters().tau;
    QTest::qWait(200);
    QCOMPARE(state.parameters().tau, paused);
    QCOMPARE(playing.count(), 2);
}

QTEST_MAIN(TstAnnealController)
#include "tst_anneal_controller.moc"
