#include "ui/charts/DenseBarsItem.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace gumbel::ui {

namespace {
constexpr int kMaxImageSide = 8192;  // a plot larger than this (in device pixels) is drawn at reduced resolution

// Maps data values to image pixels along one axis (linear or log10), with the pixel count and direction.
struct AxisMap {
    double lo, hi, pixels;
    bool log, flipped;
    double operator()(double v) const {
        double t;
        if (log) {
            if (!(v > 0.0)) return flipped ? pixels : 0.0;  // at or below zero: the bottom (or left) edge
            t = (std::log10(v) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
        } else {
            t = (v - lo) / (hi - lo);
        }
        if (!std::isfinite(t)) t = v > lo ? 1.0 : 0.0;
        t = std::clamp(t, -1.0, 2.0);  // far outside the plot is as good as just outside it
        return flipped ? (1.0 - t) * pixels : t * pixels;
    }
};

double overlap(double a0, double a1, double b0, double b1) { return std::max(0.0, std::min(a1, b1) - std::max(a0, b0)); }
}  // namespace

DenseBarsItem::DenseBarsItem(QGraphicsItem* parent) : QGraphicsItem(parent) {}

void DenseBarsItem::setBars(const QVector<double>& heights, double x0, double step, double gap, const QColor& fill) {
    heights_ = heights;
    x0_ = x0;
    step_ = step;
    gap_ = gap;
    fill_ = fill;
    stale_ = true;
    update();
}

void DenseBarsItem::setGeometry(const DenseBarsGeometry& geometry) {
    if (geometry == geometry_) return;
    if (geometry.plot != geometry_.plot) prepareGeometryChange();
    geometry_ = geometry;
    stale_ = true;
    update();
}

const QImage& DenseBarsItem::image() {
    if (stale_) {
        cache_ = render(heights_, x0_, step_, gap_, fill_, geometry_);
        stale_ = false;
    }
    return cache_;
}

void DenseBarsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QImage& picture = image();
    if (picture.isNull()) return;
    painter->drawImage(geometry_.plot, picture);
}

QImage DenseBarsItem::render(const QVector<double>& heights, double x0, double step, double gap, const QColor& fill,
                             const DenseBarsGeometry& g) {
    const double ratio = std::clamp(std::isfinite(g.pixelRatio) ? g.pixelRatio : 1.0, 1.0, 4.0);
    const int width = std::clamp(static_cast<int>(std::lround(g.plot.width() * ratio)), 0, kMaxImageSide);
    const int height = std::clamp(static_cast<int>(std::lround(g.plot.height() * ratio)), 0, kMaxImageSide);
    if (width < 1 || height < 1 || heights.isEmpty() || !(step > 0.0) || !std::isfinite(step) || !std::isfinite(x0)) {
        return {};
    }
    const AxisMap toColumn{g.xMin, g.xMax, static_cast<double>(width), g.logX, false};
    const AxisMap toRow{g.yMin, g.yMax, static_cast<double>(height), g.logY, true};
    const double baseline = toRow(0.0);
    const double inset = step * std::clamp(gap, 0.0, 0.99) / 2.0;

    // Coverage of each pixel, summed over the bars that overlap it (bars never overlap each other).
    std::vector<float> coverage(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0.0f);
    for (int i = 0; i < heights.size(); ++i) {
        const double value = std::isfinite(heights[i]) ? heights[i] : 0.0;
        const double left = toColumn(x0 + i * step + inset);
        const double right = toColumn(x0 + (i + 1) * step - inset);
        const double top = std::min(toRow(value), baseline);
        const double bottom = std::max(toRow(value), baseline);
        const int c0 = std::max(0, static_cast<int>(std::floor(left)));
        const int c1 = std::min(width, static_cast<int>(std::ceil(right)));
        const int r0 = std::max(0, static_cast<int>(std::floor(top)));
        const int r1 = std::min(height, static_cast<int>(std::ceil(bottom)));
        for (int c = c0; c < c1; ++c) {
            const double across = overlap(left, right, c, c + 1.0);
            if (across <= 0.0) continue;
            for (int r = r0; r < r1; ++r) {
                const double down = overlap(top, bottom, r, r + 1.0);
                coverage[static_cast<std::size_t>(r) * width + c] += static_cast<float>(across * down);
            }
        }
    }

    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    const double alpha = fill.alphaF();
    for (int r = 0; r < height; ++r) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
        const float* row = coverage.data() + static_cast<std::size_t>(r) * width;
        for (int c = 0; c < width; ++c) {
            const double a = alpha * std::min(1.0f, row[c]);
            line[c] = qRgba(static_cast<int>(std::lround(fill.red() * a)), static_cast<int>(std::lround(fill.green() * a)),
                            static_cast<int>(std::lround(fill.blue() * a)), static_cast<int>(std::lround(255.0 * a)));
        }
    }
    return image;
}

}  // namespace gumbel::ui
