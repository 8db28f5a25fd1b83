// TeachingController: the sweep is computed only when its view is in front, recomputed when p changes while it
// is in front, and shown for the current k; tau moves only the marker.
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include "ui/TeachingController.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/PipelineView.h"
#include "ui/views/SimplexView.h"
#include "ui/views/SweepView.h"

using namespace gumbel::ui;

class TstTeachingController : public QObject {
    Q_OBJECT
private slots:
    void sweepRunsOnlyInFrontAndFollowsP();
};

void TstTeachingController::sweepRunsOnlyInFrontAndFollowsP() {
    ExplorerDocument document;
    QTabWidget tabs;
    auto* pipeline = new PipelineView;
    auto* simplex = new SimplexView;
    auto* sweep = new SweepView;
    tabs.addTab(pipeline, "pipeline");
    tabs.addTab(simplex, "simplex");
    tabs.addTab(sweep, "sweep");
    TeachingController controller(document, tabs, *pipeline, *simplex, *sweep);
    tabs.show();
    QSignalSpy updates(&document, &ExplorerDocument::sweepUpdated);
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.k = 4; }).ok());
    QTest::qWait(200);
    QCOMPARE(updates.size(), 0);  // not in front: nothing computed
    tabs.setCurrentWidget(sweep);
    QTRY_VERIFY_WITH_TIMEOUT(document.sweepComplete(), 120000);
    QCOMPARE(sweep->last().points.front().meanC.size(), Eigen::Index{4});
    QVERIFY(sweep->meanChart()->isSeriesVisible(3));
    // tau only moves the marker: no new sweep.
    updates.clear();
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.tau = 2.0; }).ok());
    QTest::qWait(200);
    QCOMPARE(updates.size(), 0);
    QVERIFY(document.sweepComplete());
    // p changes while the sweep is in front: it is recomputed for the new k.
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.k = 3; }).ok());
    QVERIFY(!document.sweepComplete());
    QTRY_VERIFY_WITH_TIMEOUT(document.sweepComplete(), 120000);
    QCOMPARE(sweep->last().points.front().meanC.size(), Eigen::Index{3});
    QVERIFY(!sweep->meanChart()->isSeriesVisible(3));
}

QTEST_MAIN(TstTeachingController)
#include "tst_teaching_controller.moc"
