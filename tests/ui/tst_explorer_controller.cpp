// ExplorerController: the explorer view follows the document while it is in front, is left alone behind another
// view, and catches up (live sample and histograms) when it comes to the front.
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

QTEST_MAIN(TstExplorerController)
#include "tst_explorer_controller.moc"
