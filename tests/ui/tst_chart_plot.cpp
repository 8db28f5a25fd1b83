// ChartPlot: ranges of every kind (empty histograms, NaN, inf, reversed, tiny, huge) never make Qt Charts lay out
// more than a few dozen ticks, not even between two calls (random input once drove it to about 1e11 ticks: the
// range changed before the interval did).
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>
#include <QtTest>
#include <QLineSeries>
#include <QScatterSeries>
#include <cmath>
#include <limits>

#include "ui/charts/ChartPlot.h"

using namespace gumbel::ui;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Ticks Qt Charts would lay out on a dynamic axis (its loop: from the first tick above min, while value <= max).
double tickCount(const QValueAxis* axis) {
    if (axis->tickType() != QValueAxis::TicksDynamic) return axis->tickCount();
    return std::floor((axis->max() - axis->min()) / axis->tickInterval()) + 1.0;
}

// Records the largest tick count an axis passes through, at every intermediate step of every change.
struct TickWatch {
    double worst = 0.0;
    void watch(QValueAxis* axis) {
        const auto check = [this, axis] { worst = std::max(worst, tickCount(axis)); };
        QObject::connect(axis, &QValueAxis::rangeChanged, axis, check);
        QObject::connect(axis, &QValueAxis::tickIntervalChanged, axis, check);
        QObject::connect(axis, &QValueAxis::tickTypeChanged, axis, check);
        QObject::connect(axis, &QValueAxis::tickAnchorChanged, axis, check);
    }
};

QValueAxis* verticalAxis(ChartPlot& plot) {
    auto* view = plot.findChild<QChartView*>();
    return qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Vertical).value(0));
}

QValueAxis* horizontalAxis(ChartPlot& plot) {
    auto* view = plot.findChild<QChartView*>();
    return qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
}
}  // namespace

class TstChartPlot : public QObject {
    Q_OBJECT
private slots:
    void noRangeSequenceLaysOutMoreThanAFewDozenTicks_data();
    void noRangeSequenceLaysOutMoreThanAFewDozenTicks();
    void badRangesBecomeFiniteIncreasingRanges_data();
    void badRangesBecomeFiniteIncreasingRanges();
    void integerTicksStayFewAtEveryCategoryCount();
    void hiddenSeriesStayHiddenAndShownOnesComeBack();
    void logAxesTakePositiveValuesAndFewDecades_data();
    void logAxesTakePositiveValuesAndFewDecades();
    void denseBarsAreDrawnWithoutAnOutline();
    void denseBarsAreDrawnAndHiddenWithTheirSeries();
    void manyMarkersBecomeOneLine();
    void theSameCurveAgainChangesNothingAndANewOneShows();
};

void TstChartPlot::noRangeSequenceLaysOutMoreThanAFewDozenTicks_data() {
    QTest::addColumn<QVector<double>>("tops");  // successive y maxima (y from 0)
    // The random-input finding: an empty histogram (top 1e-9), then a normal one.
    QTest::newRow("empty histogram, then data") << QVector<double>{1e-9, 1.0, 1e-9, 3.7};
    QTest::newRow("tiny, then huge") << QVector<double>{1e-12, 1e9};
    QTest::newRow("NaN and inf in between") << QVector<double>{kNaN, 2.0, kInf, -kInf, 0.5};
    QTest::newRow("zero and negative") << QVector<double>{0.0, -1.0, 1.0, 1e-300};
    QTest::newRow("denormal") << QVector<double>{4.9e-324, 1.0};
}

void TstChartPlot::noRangeSequenceLaysOutMoreThanAFewDozenTicks() {
    QFETCH(QVector<double>, tops);
    ChartPlot plot("t", "x", "y");
    plot.resize(400, 300);
    TickWatch watch;
    watch.watch(verticalAxis(plot));
    for (double top : tops) {
        plot.setRange(0.0, 1.0, 0.0, top);
        QVERIFY2(watch.worst <= 41.0, qPrintable(QString("%1 ticks after top = %2").arg(watch.worst).arg(top)));
        QVERIFY(plot.yTickCount() >= 2);
        QVERIFY(plot.yTickCount() <= 41);
    }
}

void TstChartPlot::badRangesBecomeFiniteIncreasingRanges_data() {
    QTest::addColumn<double>("y0");
    QTest::addColumn<double>("y1");
    QTest::newRow("NaN") << kNaN << 1.0;
    QTest::newRow("inf") << 0.0 << kInf;
    QTest::newRow("reversed") << 1.0 << 0.0;
    QTest::newRow("empty") << 2.0 << 2.0;
    QTest::newRow("tiny around a large value") << 1e6 << 1e6 + 1e-9;
    QTest::newRow("beyond any data") << -1e300 << 1e300;
}

void TstChartPlot::badRangesBecomeFiniteIncreasingRanges() {
    QFETCH(double, y0);
    QFETCH(double, y1);
    ChartPlot plot("t", "x", "y");
    plot.setRange(0.0, 1.0, y0, y1);
    const auto [lo, hi] = plot.yRange();
    QVERIFY(std::isfinite(lo));
    QVERIFY(std::isfinite(hi));
    QVERIFY(hi > lo);
    // Stepping from tick to tick always moves (no endless layout loop).
    QVERIFY(lo + plot.yTickInterval() > lo);
    QVERIFY(plot.yTickCount() <= 41);
}

void TstChartPlot::integerTicksStayFewAtEveryCategoryCount() {
    ChartPlot plot("t", "category i", "y");
    plot.setIntegerXTicks(true);
    TickWatch watch;
    watch.watch(horizontalAxis(plot));
    for (int k : {2, 1000, 2, 3, 1000, 1}) {
        plot.setRange(-0.5, k - 0.5, 0.0, 1.0);
        QVERIFY2(watch.worst <= 41.0, qPrintable(QString("%1 ticks at k = %2").arg(watch.worst).arg(k)));
        const auto [lo, hi] = plot.xRange();
        QCOMPARE(lo, -0.5);
        QCOMPARE(hi, k - 0.5);
    }
}

void TstChartPlot::hiddenSeriesStayHiddenAndShownOnesComeBack() {
    ChartPlot plot("t", "x", "y");
    plot.setBars(0, {0.5, 0.25}, -0.5, 1.0, 0.25, "bars", Qt::blue);
    QVERIFY(plot.isSeriesVisible(0));
    plot.hideSeries(0);
    QVERIFY(!plot.isSeriesVisible(0));
    plot.setCurve(1, {QPointF(0, kNaN), QPointF(1, 2)}, ChartPlot::Style::Line, "curve", Qt::red);
    QCOMPARE(plot.seriesPoints(1).size(), 1);  // the non-finite point is dropped
    plot.setBars(0, {0.5}, -0.5, 1.0, 0.25, "bars", Qt::blue);
    QVERIFY(plot.isSeriesVisible(0));
}

void TstChartPlot::logAxesTakePositiveValuesAndFewDecades_data() {
    QTest::addColumn<double>("y0");
    QTest::addColumn<double>("y1");
    QTest::newRow("ordinary") << 1e-4 << 10.0;
    QTest::newRow("zero low end") << 0.0 << 1.0;
    QTest::newRow("negative") << -5.0 << -1.0;
    QTest::newRow("NaN") << kNaN << 1.0;
    QTest::newRow("reversed") << 10.0 << 1e-3;
    QTest::newRow("every double") << 1e-300 << 1e300;
}

// The gradient lab draws variances over many decades: a log y axis gets a positive range of at most about 30
// decades whatever arrives, and curves lose the points a log axis cannot place (zero, negative) instead of
// breaking the chart.
void TstChartPlot::logAxesTakePositiveValuesAndFewDecades() {
    QFETCH(double, y0);
    QFETCH(double, y1);
    ChartPlot plot("t", "x", "y", nullptr, ChartPlot::Scale::Log, ChartPlot::Scale::Log);
    plot.setRange(0.01, 10.0, y0, y1);
    const auto [lo, hi] = plot.yRange();
    QVERIFY(std::isfinite(lo) && std::isfinite(hi));
    QVERIFY(lo > 0.0);
    QVERIFY(hi > lo);
    QVERIFY2(plot.yTickCount() <= 32, qPrintable(QString("%1 decades").arg(plot.yTickCount())));
    plot.setCurve(0, {QPointF(0.1, 0.0), QPointF(0.2, -1.0), QPointF(0.0, 1.0), QPointF(0.5, 2.0)},
                  ChartPlot::Style::Line, "curve", Qt::red);
    QCOMPARE(plot.seriesPoints(0), (QVector<QPointF>{QPointF(0.5, 2.0)}));
}

// Random input (seed 1130) found repaints of many seconds at k near 1000 in presentation mode: Qt stroked the
// outline of 1,000 bars (4,000 corners) with a thick antialiased pen on every repaint. Dense bars now have no
// outline, including after a font change (presentation mode restyles every series).
void TstChartPlot::denseBarsAreDrawnWithoutAnOutline() {
    ChartPlot plot("t", "x", "y");
    plot.setBars(0, QVector<double>(10, 0.5), -0.5, 1.0, 0.25, "few", Qt::blue);
    QVERIFY(plot.barsOutlined(0));
    plot.setBars(0, QVector<double>(1000, 0.5), -0.5, 1.0, 0.25, "many", Qt::blue);
    QVERIFY(!plot.barsOutlined(0));
    QFont larger = plot.font();
    larger.setPointSizeF(larger.pointSizeF() * 2.0);
    plot.setFont(larger);
    QVERIFY(!plot.barsOutlined(0));
    plot.setBars(0, QVector<double>(10, 0.5), -0.5, 1.0, 0.25, "few again", Qt::blue);
    QVERIFY(plot.barsOutlined(0));
}

namespace {
// Pixels of the grabbed plot that are clearly the bars' blue (the chart's own colours are greys and white).
int bluePixels(ChartPlot& plot) {
    const QImage image = plot.grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > c.red() + 80 && c.blue() > c.green() + 80) ++count;
        }
    }
    return count;
}
}  // namespace

// A marker is one graphics item in Qt Charts, all repainted with the chart: at k = 1000 (two marker series on S)
// that cost 7 ms per step of a tau drag. Past 200 points the curve is one line through them.
void TstChartPlot::manyMarkersBecomeOneLine() {
    ChartPlot plot("t", "x", "y");
    plot.resize(500, 400);
    QVector<QPointF> few, many;
    for (int i = 0; i < 10; ++i) few << QPointF(i, 0.5);
    for (int i = 0; i < 1000; ++i) many << QPointF(i, 0.5);
    const auto count = [&plot](auto* type) {
        int n = 0;
        for (QAbstractSeries* series : plot.findChild<QChartView*>()->chart()->series()) {
            if (qobject_cast<decltype(type)>(series) != nullptr) ++n;
        }
        return n;
    };
    const auto scatterCount = [&] { return count(static_cast<QScatterSeries*>(nullptr)); };
    const auto lineCount = [&] { return count(static_cast<QLineSeries*>(nullptr)); };
    plot.setCurve(0, few, ChartPlot::Style::Markers, "p", QColor(0, 0, 255));
    QCOMPARE(scatterCount(), 1);
    plot.setCurve(0, many, ChartPlot::Style::Markers, "p", QColor(0, 0, 255));
    QCOMPARE(scatterCount(), 0);
    QCOMPARE(lineCount(), 1);
    QCOMPARE(plot.seriesPoints(0).size(), 1000);
    plot.setCurve(0, few, ChartPlot::Style::Markers, "p", QColor(0, 0, 255));
    QCOMPARE(scatterCount(), 1);
}

// The histograms' partial updates set p and P(i in S) again 30 times a second: the same curve is skipped, a new
// one (points, name, colour, or after hiding) still shows.
void TstChartPlot::theSameCurveAgainChangesNothingAndANewOneShows() {
    ChartPlot plot("t", "x", "y");
    plot.resize(500, 400);
    QVector<QPointF> points;
    for (int i = 0; i < 10; ++i) points << QPointF(i, 0.1 * i);
    plot.setCurve(0, points, ChartPlot::Style::Markers, "p", QColor(0, 0, 255));
    QChart* chart = plot.findChild<QChartView*>()->chart();
    QAbstractSeries* first = chart->series().value(0);
    plot.setCurve(0, points, ChartPlot::Style::Markers, "p", QColor(0, 0, 255));
    QCOMPARE(chart->series().value(0), first);
    QCOMPARE(plot.seriesPoints(0), points);
    points[3] = QPointF(3, 0.9);
    plot.setCurve(0, points, ChartPlot::Style::Markers, "p", QColor(0, 0, 255));
    QCOMPARE(plot.seriesPoints(0), points);
    plot.setCurve(0, points, ChartPlot::Style::Markers, "q", QColor(0, 0, 255));
    QCOMPARE(chart->series().value(0)->name(), QString("q"));
    plot.hideSeries(0);
    plot.setCurve(0, points, ChartPlot::Style::Markers, "q", QColor(0, 0, 255));
    QVERIFY(plot.isSeriesVisible(0));
}

// More than 64 bars are drawn as an image (DenseBarsItem) instead of a filled area: Qt took about 100 ms to fill
// the outline of 1,000 bars, and two histograms repainting that way froze the window (random input, seed 1130 after
// seeds 1-5). The image shows with its series, hides with it, and gives way to a curve in the same slot.
void TstChartPlot::denseBarsAreDrawnAndHiddenWithTheirSeries() {
    ChartPlot plot("t", "x", "y");
    plot.resize(500, 400);
    plot.setRange(-0.5, 999.5, 0.0, 1.0);
    plot.setBars(0, QVector<double>(1000, 0.8), -0.5, 1.0, 0.25, "many", QColor(0, 0, 255));
    QCOMPARE(plot.seriesPoints(0).size(), 4000);  // the outline stays in the series (legend, tests, export)
    const int shown = bluePixels(plot);
    QVERIFY2(shown > 20000, qPrintable(QString("%1 blue pixels").arg(shown)));
    // Drawn once, translucent over white (the area series neither fills nor strokes as well): not dark blue.
    const QColor middle = plot.grab().toImage().pixelColor(250, 250);
    QVERIFY2(middle.red() > 60 && middle.blue() > 200, qPrintable(middle.name()));
    plot.hideSeries(0);
    QCOMPARE(bluePixels(plot), 0);
    plot.setBars(0, QVector<double>(1000, 0.8), -0.5, 1.0, 0.25, "many", QColor(0, 0, 255));
    QCOMPARE(bluePixels(plot), shown);
    plot.setRange(-0.5, 999.5, 0.0, 2.0);  // the image follows the axes: the bars now reach 40 % of the way up
    const int lower = bluePixels(plot);
    QVERIFY2(std::abs(lower - shown / 2) < shown / 20, qPrintable(QString("%1 vs %2 blue pixels").arg(lower).arg(shown)));
    plot.setCurve(0, {QPointF(0.0, 0.1), QPointF(999.0, 0.1)}, ChartPlot::Style::Line, "line", QColor(255, 0, 0));
    QCOMPARE(bluePixels(plot), 0);
    plot.setBars(0, QVector<double>(10, 0.8), -0.5, 100.0, 0.25, "few", QColor(0, 0, 255));  // few bars: a vector fill
    QVERIFY(bluePixels(plot) > 20000);
}

QTEST_MAIN(TstChartPlot)
#include "tst_chart_plot.moc"
