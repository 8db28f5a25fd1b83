// ExplorerController: the explorer view follows the document while it is in front, is left alone behind another
// view, and catches up (live sample and histograms) when it comes to the front.
#include <QLabel>
#include <QStackedWidget>
#include <QtTest>

#include "core/GoodnessOfFit.h"

#include "ui/controllers/ExplorerController.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/ExplorerView.h"
#include "ui/views/HeatmapWidget.h"

using namespace gumbel::ui;

namespace {
// A document and its explorer view in front, bound by the controller under test.
struct ExplorerOnScreen {
    ExplorerDocument document;
    QStackedWidget stack;
    ExplorerView* view = new ExplorerView;  // owned by the stack
    ExplorerController controller{document, *view};
    ExplorerOnScreen() {
        stack.addWidget(view);
        stack.show();
    }
};
}  // namespace

class TstExplorerController : public QObject {
    Q_OBJECT
private slots:
    void viewInFrontFollowsTheDocument();
    void viewBehindCatchesUpWhenShown();
    void winnerVerdictFollowsTheNoiseLaw_data();
    void winnerVerdictFollowsTheNoiseLaw();
    void winnerVerdictWaitsForEnoughSamples();
    void winnersFollowTheLogitTemperatureNotTau_data();
    void winnersFollowTheLogitTemperatureNotTau();
    void oneSampleHighlightsTheBarsItAddsTo();
};

void TstExplorerController::viewInFrontFollowsTheDocument() {
    ExplorerOnScreen screen;
    ExplorerDocument& document = screen.document;
    ExplorerView* view = screen.view;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.samples = 2000; }).ok());
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.d = 9; }).ok());
    QCOMPARE(view->gHeatmap()->image().width(), 9);
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QVERIFY(view->argmaxChart()->isSeriesVisible(ExplorerView::Sampled));
}

void TstExplorerController::viewBehindCatchesUpWhenShown() {
    ExplorerOnScreen screen;
    ExplorerDocument& document = screen.document;
    ExplorerView* view = screen.view;
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.samples = 2000; }).ok());
    auto* other = new QWidget;
    screen.stack.addWidget(other);
    screen.stack.setCurrentWidget(other);  // the explorer view is behind another one
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.d = 11; }).ok());
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QVERIFY(view->gHeatmap()->image().width() != 11);                          // not redrawn while hidden
    QVERIFY(!view->argmaxChart()->isSeriesVisible(ExplorerView::Sampled));
    screen.stack.setCurrentWidget(view);
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
    ExplorerOnScreen screen;
    ExplorerDocument& document = screen.document;
    ExplorerView* view = screen.view;
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

void TstExplorerController::winnersFollowTheLogitTemperatureNotTau_data() {
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("tau");
    for (double tau : {0.05, 5.0}) {
        QTest::addRow("T = 0.5, tau = %g", tau) << 0.5 << tau;
        QTest::addRow("T = 2, tau = %g", tau) << 2.0 << tau;
    }
}

// The two temperatures' lesson: at any tau the winners follow p^(1/T) (the verdict says Yes), and the same counts
// fail against p itself: T moved the law, tau did not.
void TstExplorerController::winnersFollowTheLogitTemperatureNotTau() {
    QFETCH(double, t);
    QFETCH(double, tau);
    ExplorerOnScreen screen;
    ExplorerDocument& document = screen.document;
    ExplorerView* view = screen.view;
    QVERIFY(document.state().apply([&](ExplorerParameters& p) {
        p.k = 5;
        p.preset = Preset::Zipf;
        p.presetParameter = 1.0;
        p.samples = 100000;
        p.tau = tau;
        p.logitTemperature = t;
    }).ok());
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    const QString text = view->fitLabel()->text();
    QVERIFY2(text.contains("p^(1/T)?") && text.contains("<b>Yes</b>"), qPrintable(text));
    QVERIFY(view->argmaxChart()->isSeriesVisible(ExplorerView::BaseP));  // p as set, in grey, beside p^(1/T)
    const auto base = document.parameters().baseDistribution();
    QVERIFY(base.ok());
    const gumbel::WinnerFit againstP = gumbel::winnerFit(document.lastSampling().stats->argmaxCounts(), base->probabilities());
    QVERIFY2(againstP.pValue < 1e-6, qPrintable(QString::number(againstP.pValue)));
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.logitTemperature = 1.0; }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!view->argmaxChart()->isSeriesVisible(ExplorerView::BaseP), 60000);
}

// F7 adds one sample: histogram (1) highlights the one bar whose count grew, (4) the m bars of its S; a larger step
// (or the full run) highlights nothing.
void TstExplorerController::oneSampleHighlightsTheBarsItAddsTo() {
    ExplorerOnScreen screen;
    ExplorerDocument& document = screen.document;
    ExplorerView* view = screen.view;
    QVERIFY(document.state().apply([](ExplorerParameters& p) {
        p.k = 6;
        p.m = 2;
        p.samples = 1000;
    }).ok());
    document.setOneAtATime(true);
    for (int step = 1; step <= 5; ++step) {
        const std::vector<long long> before =
            document.lastSampling().stats ? document.lastSampling().stats->argmaxCounts() : std::vector<long long>(6, 0);
        document.stepSamples(1);
        QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete() && document.lastSampling().stats &&
                                     document.lastSampling().stats->oneHotSamples() == step,
                                 60000);
        const std::vector<long long>& after = document.lastSampling().stats->argmaxCounts();
        int winner = -1;
        for (int i = 0; i < 6; ++i) {
            if (after[static_cast<std::size_t>(i)] > before[static_cast<std::size_t>(i)]) winner = i;
        }
        QVERIFY(winner >= 0);
        if (step == 1) continue;  // the first sample has nothing before it to compare with
        QVERIFY2(view->argmaxChart()->isSeriesVisible(ExplorerView::Newest), qPrintable(QString("step %1").arg(step)));
        // One bar, over the winner's category (x from winner - 0.375 to winner + 0.375), as tall as its frequency.
        const QVector<QPointF> bar = view->argmaxChart()->seriesPoints(ExplorerView::Newest);
        QCOMPARE(bar.size(), 4);
        QVERIFY(std::abs(bar[0].x() - (winner - 0.375)) < 1e-9);
        QVERIFY(std::abs(bar[1].y() - static_cast<double>(after[static_cast<std::size_t>(winner)]) / step) < 1e-12);
        // S has m = 2 ones: two bars in (4), at its categories.
        const QVector<QPointF> inclusion = view->inclusionChart()->seriesPoints(ExplorerView::Newest);
        int raised = 0;
        for (int b = 0; b + 3 < inclusion.size(); b += 4) raised += inclusion[b + 1].y() > 0.0 ? 1 : 0;
        QCOMPARE(raised, 2);
    }
    document.stepSamples(1);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete() && document.lastSampling().stats->oneHotSamples() == 6, 60000);
    QVERIFY(view->argmaxChart()->isSeriesVisible(ExplorerView::Newest));
    document.stepSamples(10);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete() && document.lastSampling().stats->oneHotSamples() == 16, 60000);
    QVERIFY(!view->argmaxChart()->isSeriesVisible(ExplorerView::Newest));
    // Leaving one-at-a-time mode clears the highlight; the full run then highlights nothing.
    document.stepSamples(1);
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete() && document.lastSampling().stats->oneHotSamples() == 17, 60000);
    QVERIFY(view->argmaxChart()->isSeriesVisible(ExplorerView::Newest));
    document.setOneAtATime(false);
    QVERIFY(!view->argmaxChart()->isSeriesVisible(ExplorerView::Newest));
    QVERIFY(!view->inclusionChart()->isSeriesVisible(ExplorerView::Newest));
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QVERIFY(!view->argmaxChart()->isSeriesVisible(ExplorerView::Newest));
}

void TstExplorerController::winnerVerdictWaitsForEnoughSamples() {
    // Peaked q = 0.9999 over k = 10: N p_i = 1.1 for the rare categories at N = 1e5, too few for Pearson's test.
    ExplorerOnScreen screen;
    ExplorerDocument& document = screen.document;
    ExplorerView* view = screen.view;
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
