// SweepView: one curve per category of the current p, nothing left over from an earlier sweep.
#include <QtTest>

#include "ui/charts/ChartPlot.h"
#include "ui/views/Palette.h"
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
    void categoryColoursKeepClearOfOtherMeaningsAndReadOnWhite();
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

namespace {
// WCAG relative luminance and contrast ratio.
double luminance(const QColor& c) {
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrastOnWhite(const QColor& c) { return 1.05 / (luminance(c) + 0.05); }
}  // namespace

// A lecturer found E[C_5] drawn in the vermillion that means p, and E[C_6] in a yellow a projector washes out.
// The category curves now avoid the colours that carry a meaning elsewhere and have at least the 3:1 contrast on
// white that WCAG asks of graphics.
void TstSweepView::categoryColoursKeepClearOfOtherMeaningsAndReadOnWhite() {
    QSet<QRgb> seen;
    for (int i = 0; i < SweepView::kCurves; ++i) {
        const QColor c = palette::series(i);
        QVERIFY2(c != palette::exact() && c != palette::secondary(), qPrintable(QString("curve %1").arg(i)));
        QVERIFY2(contrastOnWhite(c) >= 3.0, qPrintable(QString("curve %1: contrast %2").arg(i).arg(contrastOnWhite(c))));
        seen.insert(c.rgb());
    }
    QCOMPARE(static_cast<int>(seen.size()), SweepView::kCurves);
}

QTEST_MAIN(TstSweepView)
#include "tst_sweep_view.moc"
