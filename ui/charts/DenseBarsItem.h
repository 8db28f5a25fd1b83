#pragma once
// Many bars (more than the plot has pixels to give each an edge) drawn as one image instead of a vector path.
// Qt's rasterizer fills a 4,000-corner bar outline in about 100 ms (and a gap-less staircase in about 40 ms) on a
// 177 x 356 plot: two such histograms repainting at their update rate saturated the event loop (random input,
// seed 1130). Here each pixel's coverage is summed from the bars that overlap it, which costs one pass over the
// covered pixels, a fraction of a millisecond, and the image is cached until the bars, the axes or the plot change
// (the colour-map idea of QCustomPlot). Edges are antialiased by that coverage, as a vector fill would be.
#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QRectF>
#include <QVector>

namespace gumbel::ui {

struct DenseBarsGeometry {
    QRectF plot;              // the plot area in the chart's coordinates
    double xMin = 0.0, xMax = 1.0;
    double yMin = 0.0, yMax = 1.0;
    bool logX = false, logY = false;
    double pixelRatio = 1.0;  // device pixels per logical pixel
    bool operator==(const DenseBarsGeometry& o) const {
        return plot == o.plot && xMin == o.xMin && xMax == o.xMax && yMin == o.yMin && yMax == o.yMax && logX == o.logX &&
               logY == o.logY && pixelRatio == o.pixelRatio;
    }
};

class DenseBarsItem : public QGraphicsItem {
public:
    explicit DenseBarsItem(QGraphicsItem* parent);

    void setBars(const QVector<double>& heights, double x0, double step, double gap, const QColor& fill);
    void setGeometry(const DenseBarsGeometry& geometry);

    QRectF boundingRect() const override { return geometry_.plot; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // The image the item paints (built on demand): exposed for tests.
    const QImage& image();
    // Pure rendering, for tests: coverage-weighted bars in an image of the plot's size in device pixels.
    static QImage render(const QVector<double>& heights, double x0, double step, double gap, const QColor& fill,
                         const DenseBarsGeometry& geometry);

private:
    QVector<double> heights_;
    double x0_ = 0.0, step_ = 1.0, gap_ = 0.0;
    QColor fill_;
    DenseBarsGeometry geometry_;
    QImage cache_;
    bool stale_ = true;
};

}  // namespace gumbel::ui
