// TeachingController: the sweep is computed only when its view is in front, recomputed when p changes while it
// is in front, and shown for the current k; tau moves only the marker.
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include "ui/controllers/TeachingController.h"
#include "ui/views/HeatmapWidget.h"
#include "ui/views/TemperaturesView.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/PipelineView.h"
#include "ui/views/SimplexView.h"
#include "ui/views/SweepView.h"

using namespace gumbel::ui;

class TstTeachingController : public QObject {
    Q_OBJECT
private slots:
    void sweepRunsOnlyInFrontAndFollowsP();
    void temperaturesShowTheSameNoiseAtThreeTaus();
};

void TstTeachingController::sweepRunsOnlyInFrontAndFollowsP() {
    ExplorerDocument document;
    QTabWidget tabs;
    auto* pipeline = new PipelineView;
    auto* simplex = new SimplexView;
    auto* sweep = new SweepView;
    auto* temperatures = new TemperaturesView;
    tabs.addTab(pipeline, "pipeline");
    tabs.addTab(simplex, "simplex");
    tabs.addTab(sweep, "sweep");
    tabs.addTab(temperatures, "temperatures");
    TeachingController controller(document, tabs, *pipeline, *simplex, *sweep, *temperatures);
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

void TstTeachingController::temperaturesShowTheSameNoiseAtThreeTaus() {
    ExplorerDocument document;
    QVERIFY(document.start([] {
        ExplorerParameters p;
        p.k = 5;
        p.d = 9;
        p.tau = 0.7;
        return p;
    }()).ok());
    QTabWidget tabs;
    auto* pipeline = new PipelineView;
    auto* simplex = new SimplexView;
    auto* sweep = new SweepView;
    auto* temperatures = new TemperaturesView;
    for (QWidget* w : std::initializer_list<QWidget*>{pipeline, simplex, sweep, temperatures}) tabs.addTab(w, "view");
    TeachingController controller(document, tabs, *pipeline, *simplex, *sweep, *temperatures);
    tabs.show();
    tabs.setCurrentWidget(temperatures);
    const auto taus = temperatures->temperatures();
    QCOMPARE(taus[0], 0.1);
    QCOMPARE(taus[2], 10.0);
    const LiveSample& live = document.liveSample();
    // softmax((log p + eps) / tau) with the live sample's noise, at each column's tau.
    const Eigen::VectorXd logp = document.distribution().probabilities().array().log().matrix();
    for (int i = 0; i < TemperaturesView::kColumns; ++i) {
        HeatmapWidget* h = temperatures->heatmap(i);
        QCOMPARE(h->rows(), 5);
        QCOMPARE(h->columns(), 9);
        for (int j = 0; j < 9; ++j) {
            const Eigen::VectorXd z = (logp + live.eps().col(j)) / taus[static_cast<std::size_t>(i)];
            const Eigen::VectorXd expected = (z.array() - z.maxCoeff()).exp().matrix();
            const QString text = h->cellText(2, j);
            const double shown = text.section("value = ", 1).section('\n', 0, 0).toDouble();
            QVERIFY2(std::abs(shown - expected[2] / expected.sum()) < 1e-5, qPrintable(text));
        }
        // The winners are the same cells at every tau.
        QCOMPARE(h->columnMarkers(), temperatures->heatmap(0)->columnMarkers());
    }
    QVERIFY(temperatures->summary(0)->text().contains("max_i C_i"));
    // A new temperature redraws its column; the noise stays.
    temperatures->setTemperatures({0.05, 1.0, 100.0});
    QVERIFY(temperatures->heatmap(2)->cellText(0, 0).contains("value = 0.2"));  // nearly uniform, 1/k = 0.2
    // Too large to draw three times: a clear message instead.
    QVERIFY(document.state().apply([](ExplorerParameters& p) { p.d = 10000; p.k = 100; }).ok());
    QTRY_VERIFY(temperatures->heatmap(0)->image().isNull());
}

QTEST_MAIN(TstTeachingController)
#include "tst_teaching_controller.moc"
