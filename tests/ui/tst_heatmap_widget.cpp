#include <QtTest>

#include "ui/graphics/ColorMap.h"
#include "ui/views/HeatmapWidget.h"

using gumbel::ui::ColorMap;
using gumbel::ui::HeatmapWidget;

class TstHeatmapWidget : public QObject {
    Q_OBJECT
private slots:
    void pixelsFollowTheColorMap_data();
    void pixelsFollowTheColorMap();
    void colorMapEnds();
    void tooltipNamesTheCell();
    void placeholderReplacesTheImage();
    void aNarrowPictureOfAWideMatrixStillNamesEveryColumn();
};

void TstHeatmapWidget::pixelsFollowTheColorMap_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("index");
    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("one") << 1.0 << 255;
    QTest::newRow("half") << 0.5 << 128;
    QTest::newRow("below") << -0.2 << 0;
    QTest::newRow("above") << 7.0 << 255;
    QTest::newRow("quarter") << 0.25 << 64;
}

void TstHeatmapWidget::pixelsFollowTheColorMap() {
    QFETCH(double, value);
    QFETCH(int, index);
    HeatmapWidget widget("G", "category i", "feature j");
    Eigen::MatrixXd m(3, 4);
    m.setConstant(0.3);
    m(1, 2) = value;
    widget.setMatrix(m);
    const QImage& image = widget.image();
    QCOMPARE(image.width(), 4);
    QCOMPARE(image.height(), 3);
    QCOMPARE(image.pixel(2, 1), ColorMap::viridis().entry(index));
    QCOMPARE(image.pixel(0, 0), ColorMap::viridis().color(0.3));
}

void TstHeatmapWidget::colorMapEnds() {
    // Viridis: dark purple at 0, yellow at 1.
    QCOMPARE(QColor(ColorMap::viridis().entry(0)), QColor(0x44, 0x01, 0x54));
    QCOMPARE(QColor(ColorMap::viridis().entry(255)), QColor(0xfd, 0xe7, 0x25));
    QCOMPARE(ColorMap::viridis().color(std::nan("")), ColorMap::viridis().entry(0));
}

void TstHeatmapWidget::tooltipNamesTheCell() {
    HeatmapWidget widget("G", "category i", "feature j");
    widget.resize(500, 300);
    Eigen::MatrixXd values(2, 2);
    values << 0.1, 0.2, 0.3, 0.4;
    Eigen::MatrixXd noise(2, 2);
    noise << -1.5, 0.25, 2.0, 3.0;
    widget.setMatrix(values, &noise);
    const QRect cells = widget.cellArea();
    const QPoint lowerRight(cells.left() + cells.width() * 3 / 4, cells.top() + cells.height() * 3 / 4);
    const QString text = widget.toolTipAt(lowerRight);
    QVERIFY2(text.contains("category i 1"), qPrintable(text));
    QVERIFY2(text.contains("feature j 1"), qPrintable(text));
    QVERIFY2(text.contains("value = 0.4"), qPrintable(text));
    QVERIFY2(text.contains("eps = 3"), qPrintable(text));
    QVERIFY(widget.toolTipAt(QPoint(1, 1)).isEmpty());
}

void TstHeatmapWidget::placeholderReplacesTheImage() {
    HeatmapWidget widget("V", "category i", "draw");
    widget.setMatrix(Eigen::MatrixXd::Zero(2, 2));
    widget.setPlaceholder("the rejection rule hit its cap");
    QVERIFY(widget.image().isNull());
    widget.resize(300, 200);
    const QImage withText = widget.grab().toImage();
    widget.setPlaceholder(QString());
    const QImage empty = widget.grab().toImage();
    QVERIFY(withText != empty);  // the placeholder text is painted where the cells would be
}

// The live sample's picture of a 10,000-column G has 2,048 columns: the axis and the tooltips still count the
// matrix's columns and read its values.
void TstHeatmapWidget::aNarrowPictureOfAWideMatrixStillNamesEveryColumn() {
    HeatmapWidget widget("G", "category", "feature");
    widget.resize(800, 300);
    auto values = std::make_shared<Eigen::MatrixXd>(Eigen::MatrixXd::Zero(3, 10000));
    QImage picture(2048, 3, QImage::Format_RGB32);
    picture.fill(Qt::black);
    widget.setImage(picture, values.get(), nullptr, values);
    QCOMPARE(widget.columns(), 10000);
    QCOMPARE(widget.rows(), 3);
    const QRect cells = widget.cellArea();
    // The last pixel covers about 10000 / width columns; it names the first of them, past column 2048.
    const int column = (cells.width() - 1) * 10000 / cells.width();
    QVERIFY(column > 9900);
    (*values)(1, column) = 0.625;
    const QString tip = widget.toolTipAt(QPoint(cells.right(), cells.top() + cells.height() / 2));
    QVERIFY2(tip.contains(QString("feature %1").arg(column)) && tip.contains("0.625"), qPrintable(tip));
    values.reset();  // the widget keeps what it shows alive
    QVERIFY(widget.toolTipAt(QPoint(cells.right(), cells.top() + cells.height() / 2)).contains("0.625"));
}

QTEST_MAIN(TstHeatmapWidget)
#include "tst_heatmap_widget.moc"
