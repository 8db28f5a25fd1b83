// ExplorerController: the explorer view follows the document while it is in front, is left alone behind another
// view, and catches up (live sample and histograms) when it comes to the front.
#include <QLabel>
#include <QStackedWidget>
#include <QtTest>

#include "ui/ExplorerController.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/ExplorerView.h"
#include "ui/views/HeatmapWidget.h"

using namespace gumbel::ui;

class TstExplorerController : public QObject {
    Q_OBJECT
private slots:
    void viewInFrontFollowsTheDocument();
    void viewBehindCatchesUpWhenShown();
    void winnerVerdictFollowsTheNoiseLaw_data();
    void winnerVerdictFollowsTheNoiseLaw();
    void winnerVerdictWaitsForEnoughSamples();
};

void TstExplorerController::viewInFrontFollowsTheDocument() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.samples = 2000; }).ok());
    QStackedWidget stack;
    auto* view = new ExplorerView;
    stack.addWidget(view);
    ExplorerController controller(document, *view);
    stack.show();
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.d = 9; }).ok());
    QCOMPARE(view->gHeatmap()->image().width(), 9);
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QVERIFY(view->argmaxChart()->isSeriesVisible(ExplorerView::Sampled));
}

void TstExplorerController::viewBehindCatchesUpWhenShown() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.samples = 2000; }).ok());
    QStackedWidget stack;
    auto* view = new ExplorerView;
    auto* other = new QWidget;
    stack.addWidget(view);
    stack.addWidget(other);
    ExplorerController controller(document, *view);
    stack.show();
    stack.setCurrentWidget(other);  // the explorer view is behind another one
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.d = 11; }).ok());
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QVERIFY(view->gHeatmap()->image().width() != 11);                          // not redrawn while hidden
    QVERIFY(!view->argmaxChart()->isSeriesVisible(ExplorerView::Sampled));
    stack.setCurrentWidget(view);
    QCOMPARE(view->gHeatmap()->image().width(), 11);                           // caught up on show
    QVERIFY(view->argmaxChart()->isSeriesVisible(ExplorerView::Sampled));
}

void TstExplorerController::winnerVerdictFollowsTheNoiseLaw_data() {
    QTest::addColumn<int>("noise");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("verdict");
    // Zipf p, N = 1e5, seed 0: Gumbel passes, every stand-in fails at k >= 3 (tst_goodness_of_fit has the statistics).
    for (int k : {3, 10}) {
        QTest::addRow("gumbel, k = %d", k) << static_cast<int>(gumbel::NoiseKind::Gumbel) << k << "<b>Yes</b>";
        QTest::addRow("gaussian, k = %d", k) << static_cast<int>(gumbel::NoiseKind::Gaussian) << k << "<b>No</b>";
        QTest::addRow("uniform, k = %d", k) << static_cast<int>(gumbel::NoiseKind::Uniform) << k << "<b>No</b>";
        QTest::addRow("none, k = %d", k) << static_cast<int>(gumbel::NoiseKind::None) << k << "<b>No</b>";
    }
}

void TstExplorerController::winnerVerdictFollowsTheNoiseLaw() {
    QFETCH(int, noise);
    QFETCH(int, k);
    QFETCH(QString, verdict);
    ExplorerDocument document;
    QStackedWidget stack;
    auto* view = new ExplorerView;
    stack.addWidget(view);
    ExplorerController controller(document, *view);
    stack.show();
    QVERIFY(document.state().apply([&](ExplorerParameters& p) {
        p.k = k;
        p.preset = Preset::Zipf;
        p.presetParameter = 1.0;
        p.samples = 100000;
        p.noise = static_cast<gumbel::NoiseKind>(noise);
    }).ok());
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    const QString text = view->fitLabel()->text();
    QVERIFY2(text.contains(verdict), qPrintable(text));
    QVERIFY2(text.contains("100,000") || text.contains("100.000"), qPrintable(text));
    // Predict first: the verdict is an exact overlay too, out of sight until revealed.
    view->setExactHidden(true);
    QVERIFY(view->fitLabel()->isHidden());
    view->setExactHidden(false);
    QVERIFY(!view->fitLabel()->isHidden());
}

void TstExplorerController::winnerVerdictWaitsForEnoughSamples() {
    // Peaked q = 0.9999 over k = 10: N p_i = 1.1 for the rare categories at N = 1e5, too few for Pearson's test.
    ExplorerDocument document;
    QStackedWidget stack;
    auto* view = new ExplorerView;
    stack.addWidget(view);
    ExplorerController controller(document, *view);
    stack.show();
    QVERIFY(document.state().apply([](ExplorerParameters& p) {
        p.preset = Preset::Peaked;
        p.presetParameter = 0.9999;
        p.samples = 100000;
    }).ok());
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    const QString text = view->fitLabel()->text();
    QVERIFY2(text.contains("Too few samples"), qPrintable(text));
    QVERIFY2(!text.contains("<b>No</b>") && !text.contains("<b>Yes</b>"), qPrintable(text));
}

QTEST_MAIN(TstExplorerController)
#include "tst_explorer_controller.moc"
