// DenseBarsItem draws many bars as an image of per-pixel coverage. Checked against closed forms: the image's total
// opacity is the bars' total area in pixels times the fill's alpha; bars aligned to pixel edges give fully covered
// or empty pixels; log axes, negative, non-finite and out-of-range heights stay inside the plot and finite.
#include <QtTest>
#include <cmath>

#include "ui/charts/DenseBarsItem.h"

using gumbel::ui::DenseBarsGeometry;
using gumbel::ui::DenseBarsItem;

namespace {
// Sum of the alpha channel over the image, in units of fully opaque pixels.
double totalOpacity(const QImage& image) {
    double sum = 0.0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) sum += qAlpha(line[x]) / 255.0;
    }
    return sum;
}

DenseBarsGeometry geometry(double width, double height, double xMin, double xMax, double yMin, double yMax) {
    DenseBarsGeometry g;
    g.plot = QRectF(10.0, 20.0, width, height);
    g.xMin = xMin;
    g.xMax = xMax;
    g.yMin = yMin;
    g.yMax = yMax;
    return g;
}
}  // namespace

class TstDenseBarsItem : public QObject {
    Q_OBJECT
private slots:
    void opacityIsTheBarsAreaTimesAlpha_data();
    void opacityIsTheBarsAreaTimesAlpha();
    void barsOnPixelEdgesFillWholePixels();
    void logAxisBarsRiseFromTheBottom();
    void hostileHeightsStayInsideThePlot();
    void imageIsRebuiltOnlyOnChange();
};

void TstDenseBarsItem::opacityIsTheBarsAreaTimesAlpha_data() {
    QTest::addColumn<int>("bars");
    QTest::addColumn<double>("gap");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    QTest::newRow("65 bars, wide plot") << 65 << 0.25 << 900.0 << 300.0;
    QTest::newRow("999 bars, narrow plot") << 999 << 0.25 << 177.0 << 356.0;
    QTest::newRow("999 bars, no gap") << 999 << 0.0 << 177.0 << 356.0;
    QTest::newRow("5000 bars, fractional plot") << 5000 << 0.1 << 333.5 << 120.25;
}

// Every bar lies inside the plot, so the coverage summed over the pixels is the bars' area in pixels; rounding each
// pixel's alpha to 8 bits costs at most half a level per pixel.
void TstDenseBarsItem::opacityIsTheBarsAreaTimesAlpha() {
    QFETCH(int, bars);
    QFETCH(double, gap);
    QFETCH(double, width);
    QFETCH(double, height);
    QVector<double> heights(bars);
    for (int i = 0; i < bars; ++i) heights[i] = 0.5 + 0.5 * std::sin(0.37 * i);  // 0 to 1
    const DenseBarsGeometry g = geometry(width, height, -0.5, bars - 0.5, 0.0, 1.25);
    const QColor fill(40, 120, 200, 170);
    const QImage image = DenseBarsItem::render(heights, -0.5, 1.0, gap, fill, g);
    QCOMPARE(image.width(), static_cast<int>(std::lround(width)));
    QCOMPARE(image.height(), static_cast<int>(std::lround(height)));
    const double pxPerX = image.width() / static_cast<double>(bars);
    const double pxPerY = image.height() / 1.25;
    double area = 0.0;
    for (double h : heights) area += (1.0 - gap) * pxPerX * h * pxPerY;
    const double expected = area * 170.0 / 255.0;
    const double tolerance = 0.5 / 255.0 * image.width() * image.height() + 1e-6 * expected;
    QVERIFY2(std::abs(totalOpacity(image) - expected) <= tolerance,
             qPrintable(QString("opacity %1, expected %2 +- %3").arg(totalOpacity(image)).arg(expected).arg(tolerance)));
}

// Ten bars of 10 px on a 100 x 50 plot, heights at whole pixels: every pixel is either the fill or empty.
void TstDenseBarsItem::barsOnPixelEdgesFillWholePixels() {
    QVector<double> heights;
    for (int i = 0; i < 10; ++i) heights << i * 0.1;  // 0 to 45 px of a 50 px plot showing 0 to 1
    const QColor fill(255, 0, 0, 255);
    const QImage image = DenseBarsItem::render(heights, 0.0, 1.0, 0.2, fill, geometry(100.0, 50.0, 0.0, 10.0, 0.0, 1.0));
    for (int i = 0; i < 10; ++i) {
        const int barHeight = i * 5;
        for (int x = 10 * i; x < 10 * i + 10; ++x) {
            const bool insideColumn = x >= 10 * i + 1 && x < 10 * i + 9;  // a gap of 0.2 leaves 1 px on each side
            for (int y = 0; y < 50; ++y) {
                const bool inside = insideColumn && y >= 50 - barHeight;
                QCOMPARE(qAlpha(image.pixel(x, y)), inside ? 255 : 0);
            }
        }
    }
}

// On a log y axis the baseline (zero) has no place: bars start at the bottom edge, and a bar of height 10 on an axis
// from 1 to 100 reaches exactly half way.
void TstDenseBarsItem::logAxisBarsRiseFromTheBottom() {
    DenseBarsGeometry g = geometry(100.0, 100.0, 0.0, 100.0, 1.0, 100.0);
    g.logY = true;
    const QVector<double> heights(100, 10.0);
    const QImage image = DenseBarsItem::render(heights, 0.0, 1.0, 0.0, QColor(0, 0, 0, 255), g);
    for (int y = 0; y < 100; ++y) QCOMPARE(qAlpha(image.pixel(50, y)), y >= 50 ? 255 : 0);
}

// Non-finite heights draw nothing, huge and negative ones are cut at the plot's edges; nothing is drawn outside it
// and the image holds no NaN-born garbage (every pixel's colour is the fill's colour at some opacity).
void TstDenseBarsItem::hostileHeightsStayInsideThePlot() {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVector<double> heights{nan, inf, -inf, 1e300, -1e300, 0.5, -0.5, 0.0};
    while (heights.size() < 100) heights << heights[heights.size() % 8];
    const QColor fill(0, 0, 255, 255);
    const QImage image = DenseBarsItem::render(heights, 0.0, 1.0, 0.0, fill, geometry(100.0, 80.0, 0.0, 100.0, -1.0, 1.0));
    QCOMPARE(image.size(), QSize(100, 80));
    for (int x = 0; x < 100; ++x) {
        const int kind = x % 8;
        for (int y = 0; y < 80; ++y) {
            const QRgb p = image.pixel(x, y);
            QCOMPARE(qRed(p), 0);
            QCOMPARE(qGreen(p), 0);
            QCOMPARE(qBlue(p), qAlpha(p));
            const int expected = kind == 3 ? (y < 40 ? 255 : 0)      // up to the top
                                 : kind == 4 ? (y >= 40 ? 255 : 0)   // down to the bottom
                                 : kind == 5 ? (y >= 20 && y < 40 ? 255 : 0)
                                 : kind == 6 ? (y >= 40 && y < 60 ? 255 : 0)
                                 : 0;                                // NaN, +-inf, 0: nothing
            QCOMPARE(qAlpha(p), expected);
        }
    }
    // A plot with no area, or bars without a width, give an empty image rather than a failure.
    QVERIFY(DenseBarsItem::render(heights, 0.0, 1.0, 0.0, fill, geometry(0.0, 80.0, 0.0, 1.0, 0.0, 1.0)).isNull());
    QVERIFY(DenseBarsItem::render(heights, 0.0, 0.0, 0.0, fill, geometry(100.0, 80.0, 0.0, 1.0, 0.0, 1.0)).isNull());
    QVERIFY(DenseBarsItem::render(heights, nan, 1.0, 0.0, fill, geometry(100.0, 80.0, 0.0, 1.0, 0.0, 1.0)).isNull());
}

// The item keeps its image until the bars or the geometry change (the same image object is handed out).
void TstDenseBarsItem::imageIsRebuiltOnlyOnChange() {
    DenseBarsItem item(nullptr);
    item.setBars(QVector<double>(200, 0.5), 0.0, 1.0, 0.1, QColor(0, 0, 0, 200));
    item.setGeometry(geometry(200.0, 100.0, 0.0, 200.0, 0.0, 1.0));
    const qint64 first = item.image().cacheKey();
    QCOMPARE(item.image().cacheKey(), first);
    item.setGeometry(geometry(200.0, 100.0, 0.0, 200.0, 0.0, 1.0));  // the same geometry: nothing to do
    QCOMPARE(item.image().cacheKey(), first);
    item.setGeometry(geometry(200.0, 120.0, 0.0, 200.0, 0.0, 1.0));
    QVERIFY(item.image().cacheKey() != first);
    QCOMPARE(item.image().height(), 120);
}

QTEST_MAIN(TstDenseBarsItem)
#include "tst_dense_bars_item.moc"
