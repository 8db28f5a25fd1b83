// SweepView: one curve per category of the current p, nothing left over from an earlier sweep.
#include <QtTest>

#include "ui/charts/ChartPlot.h"
#include "ui/views/SweepView.h"

using namespace gumbel;
using namespace gumbel::ui;

namespace {
SweepUpdate sweepOf(int k, int points) {
    SweepUpdate update;
    update.generation = 1;
    update.total = points;
    update.finished = true;
    for (int t = 0; t < points; ++t) {
        SweepPoint point;
        point.tau = 0.01 * std::pow(1000.0, static_cast<double>(t) / (points - 1));
        point.meanC = Eigen::VectorXd::Constant(k, 1.0 / k);
        point.meanMax = 0.5;
        point.meanEntropy = 0.5;
        point.nearOneHotShare = 0.5;
        update.points.push_back(point);
    }
    return update;
}
}  // namespace

class TstSweepView : public QObject {
    Q_OBJECT
private slots:
    void oneCurvePerCategory_data();
    void oneCurvePerCategory();
    void pointsOfAnotherKAreNeverRead();
};

void TstSweepView::oneCurvePerCategory_data() {
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::newRow("3 -> 2 (the random-input finding)") << 3 << 2;
    QTest::newRow("8 -> 3") << 8 << 3;
    QTest::newRow("2 -> 5") << 2 << 5;
}

void TstSweepView::oneCurvePerCategory() {
    QFETCH(int, before);
    QFETCH(int, after);
    SweepView view;
    view.showResult(sweepOf(before, 5), Distribution::named("zipf", before).value());
    for (int i = 0; i < std::min(before, SweepView::kCurves); ++i) QVERIFY(view.meanChart()->isSeriesVisible(i));
    view.showResult(sweepOf(after, 5), Distribution::named("zipf", after).value());
    for (int i = 0; i < SweepView::kCurves; ++i) {
        QCOMPARE(view.meanChart()->isSeriesVisible(i), i < after);
        if (i < after) QCOMPARE(view.meanChart()->seriesPoints(i).size(), 5);
    }
}

void TstSweepView::pointsOfAnotherKAreNeverRead() {
    SweepView view;
    // A sweep of k = 2 shown against a distribution of k = 4: no curve reads past the points' end.
    view.showResult(sweepOf(2, 5), Distribution::named("zipf", 4).value());
    for (int i = 0; i < 4; ++i) QVERIFY(view.meanChart()->seriesPoints(i).isEmpty());
}

QTEST_MAIN(TstSweepView)
#include "tst_sweep_view.moc"
