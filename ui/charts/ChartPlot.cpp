#include "ui/charts/ChartPlot.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace gumbel::ui {

namespace {
double niceStep(double span, int wanted) {
    const double raw = span / std::max(1, wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double base : {1.0, 2.0, 5.0, 10.0}) {
        if (base * magnitude >= raw) return base * magnitude;
    }
    return 10.0 * magnitude;
}
}  // namespace

ChartPlot::ChartPlot(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent)
    : QWidget(parent), chart_(new QChart), view_(new QChartView(chart_)), xAxis_(new QValueAxis), yAxis_(new QValueAxis) {
    chart_->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart_->setTitleFont(titleFont);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    chart_->setBackgroundRoundness(0);
    chart_->legend()->setAlignment(Qt::AlignTop);
    chart_->legend()->setFont(font());
    chart_->setAnimationOptions(QChart::NoAnimation);
    xAxis_->setTitleText(xTitle);
    yAxis_->setTitleText(yTitle);
    for (QValueAxis* axis : {xAxis_, yAxis_}) {
        axis->setLabelsFont(font());
        axis->setTitleFont(font());
        chart_->addAxis(axis, axis == xAxis_ ? Qt::AlignBottom : Qt::AlignLeft);
    }
    yAxis_->setLabelFormat("%.3g");
    xAxis_->setLabelFormat("%.3g");
    view_->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

ChartPlot::~ChartPlot() = default;

QXYSeries* ChartPlot::series(int slot, Style style, const QString& name, const QColor& color) {
    Slot& s = slots_[slot];
    if (s.points == nullptr || s.style != style) {
        if (s.shown != nullptr) {
            chart_->removeSeries(s.shown);
            delete s.shown;
        }
        s = Slot{};
        s.style = style;
        if (style == Style::Bars) {
            auto* upper = new QLineSeries;
            auto* area = new QAreaSeries(upper);
            upper->setParent(area);  // QAreaSeries does not own its boundary series
            s.points = upper;
            s.shown = area;
        } else if (style == Style::Markers) {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerSize(9);
            scatter->setBorderColor(color.darker(160));
            s.points = scatter;
            s.shown = scatter;
        } else {
            s.points = new QLineSeries;
            s.shown = s.points;
        }
        chart_->addSeries(s.shown);
        s.shown->attachAxis(xAxis_);
        s.shown->attachAxis(yAxis_);
    }
    s.shown->setName(name);
    if (auto* area = qobject_cast<QAreaSeries*>(s.shown)) {
        QColor fill = color;
        fill.setAlpha(170);
        area->setBrush(fill);
        area->setPen(QPen(color.darker(130), 1.0));
    } else if (style == Style::Markers) {
        static_cast<QScatterSeries*>(s.points)->setColor(color);
    } else {
        s.points->setPen(QPen(color, 2.0));
    }
    s.shown->setVisible(true);
    for (QLegendMarker* marker : chart_->legend()->markers(s.shown)) marker->setVisible(true);
    return s.points;
}

void ChartPlot::setBars(int slot, const QVector<double>& heights, double x0, double step, double gap,
                        const QString& name, const QColor& color) {
    QList<QPointF> outline;
    outline.reserve(heights.size() * 4);
    const double inset = step * gap / 2.0;
    for (int i = 0; i < heights.size(); ++i) {
        const double left = x0 + i * step + inset;
        const double right = x0 + (i + 1) * step - inset;
        const double h = std::isfinite(heights[i]) ? heights[i] : 0.0;
        outline << QPointF(left, 0.0) << QPointF(left, h) << QPointF(right, h) << QPointF(right, 0.0);
    }
    series(slot, Style::Bars, name, color)->replace(outline);
}

void ChartPlot::setCurve(int slot, const QVector<QPointF>& points, Style style, const QString& name, const QColor& color) {
    QList<QPointF> finite;
    finite.reserve(points.size());
    for (const QPointF& p : points) {
        if (std::isfinite(p.x()) && std::isfinite(p.y())) finite << p;
    }
    series(slot, style, name, color)->replace(finite);
}

void ChartPlot::hideSeries(int slot) {
    const auto it = slots_.find(slot);
    if (it == slots_.end() || it->second.shown == nullptr) return;
    it->second.shown->setVisible(false);
    for (QLegendMarker* marker : chart_->legend()->markers(it->second.shown)) marker->setVisible(false);
}

bool ChartPlot::isSeriesVisible(int slot) const {
    const auto it = slots_.find(slot);
    return it != slots_.end() && it->second.shown != nullptr && it->second.shown->isVisible();
}

QVector<QPointF> ChartPlot::seriesPoints(int slot) const {
    const auto it = slots_.find(slot);
    if (it == slots_.end() || it->second.points == nullptr) return {};
    return it->second.points->points();
}

void ChartPlot::setRange(double x0, double x1, double y0, double y1) {
    if (!(x1 > x0)) x1 = x0 + 1.0;
    if (!(y1 > y0)) y1 = y0 + 1.0;
    xAxis_->setRange(x0, x1);
    if (integerTicks_) {
        xAxis_->setTickType(QValueAxis::TicksDynamic);
        xAxis_->setTickAnchor(0.0);
        xAxis_->setTickInterval(std::max(1.0, niceStep(x1 - x0, 8)));
        xAxis_->setLabelFormat("%.0f");
    } else {
        xAxis_->setTickType(QValueAxis::TicksFixed);
        xAxis_->setTickCount(6);
    }
    // Round the value axis to 1-2-5 steps so its labels read well.
    const double yStep = niceStep(y1 - y0, 4);
    yAxis_->setRange(y0, std::ceil(y1 / yStep - 1e-9) * yStep);
    yAxis_->setTickType(QValueAxis::TicksDynamic);
    yAxis_->setTickAnchor(0.0);
    yAxis_->setTickInterval(yStep);
    yAxis_->setLabelFormat(yStep >= 1.0 ? "%.0f" : "%g");
}

void ChartPlot::setIntegerXTicks(bool integer) { integerTicks_ = integer; }

void ChartPlot::setTitle(const QString& title) { chart_->setTitle(title); }

void ChartPlot::setXTitle(const QString& title) { xAxis_->setTitleText(title); }

void ChartPlot::setYTitle(const QString& title) { yAxis_->setTitleText(title); }

}  // namespace gumbel::ui
