#include "ui/charts/ChartPlot.h"

#include "ui/charts/DenseBarsItem.h"
#include "ui/text/Language.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QFontMetrics>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace gumbel::ui {

namespace {
constexpr double kMaxTicks = 40.0;          // no axis ever gets more major ticks than this
constexpr double kSmallestSpan = 1e-12;     // narrower ranges are widened
constexpr double kLargestValue = 1e12;      // larger values are clamped (nothing the app draws comes near)
constexpr int kMaxOutlinedBars = 64;        // more bars than this are drawn as an image (DenseBarsItem)
constexpr int kMaxMarkers = 200;            // more points than this are drawn as a line (see setCurve)
constexpr double kDenseBarsZ = 4.0;         // Qt Charts' z for series: above grid and axes, below lines and markers

struct AxisRange {
    double lo;
    double hi;
};

double niceStep(double span, int wanted) {
    const double raw = span / std::max(1, wanted);
    if (!(raw > 0.0) || !std::isfinite(raw)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double base : {1.0, 2.0, 5.0, 10.0}) {
        if (base * magnitude >= raw) return base * magnitude;
    }
    return 10.0 * magnitude;
}

// The smallest 1-2-5 integer step whose labels (the integers of [lo, hi] divisible by it) number at most `labels`.
double integerStep(double lo, double hi, int labels) {
    for (double magnitude = 1.0; magnitude < 1e15; magnitude *= 10.0) {
        for (double base : {1.0, 2.0, 5.0}) {
            const double step = base * magnitude;
            if (std::floor(hi / step) - std::ceil(lo / step) + 1.0 <= std::max(1, labels)) return step;
        }
    }
    return 1e15;
}

// A range Qt Charts can lay out: finite, increasing, and wide enough against its own magnitude that adding a tick
// interval to a tick value always moves it (Qt Charts walks from tick to tick while value <= max).
AxisRange sanitizedRange(double lo, double hi) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return {0.0, 1.0};
    if (hi < lo) std::swap(lo, hi);
    lo = std::clamp(lo, -kLargestValue, kLargestValue);
    hi = std::clamp(hi, -kLargestValue, kLargestValue);
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    const double smallest = std::max(kSmallestSpan, 1e-9 * magnitude);
    if (hi - lo < smallest) {
        const double widen = magnitude > 0.0 ? 0.1 * magnitude : 1.0;
        return {lo, lo + std::max(widen, smallest)};
    }
    return {lo, hi};
}

// The same for a log axis, whose range must also be positive.
AxisRange sanitizedLogRange(double lo, double hi) {
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi <= 0.0) return {0.01, 10.0};
    if (hi < lo) std::swap(lo, hi);
    hi = std::min(hi, 1e300);
    if (lo <= 0.0) lo = hi / 1000.0;
    lo = std::max(lo, hi * 1e-30);  // a log axis has a tick per decade: at most about 30
    if (hi < lo * (1.0 + 1e-9)) hi = lo * 10.0;
    return {lo, hi};
}

// How many major ticks Qt Charts lays out for dynamic ticks (its loop: from the first tick above min, step by
// interval while value <= max).
int dynamicTickCount(double lo, double hi, double interval) {
    if (!(interval > 0.0) || !std::isfinite(interval)) return 0;
    const double count = std::floor((hi - lo) / interval) + 1.0;
    return count > 1e9 ? 1000000000 : static_cast<int>(count);
}

// Moves an axis to a new range and tick interval without ever passing through a state where Qt Charts would lay out
// (range / interval) ticks for a mismatched pair: the interval is first widened to cover both the old and the new
// range, then the range changes, then the interval settles. The interval is capped at kMaxTicks ticks.
void setDynamicTicks(QValueAxis& axis, const AxisRange& range, double interval) {
    const double span = range.hi - range.lo;
    if (!(interval > 0.0) || !std::isfinite(interval)) interval = span / 4.0;
    interval = std::max(interval, span / kMaxTicks);
    const double oldSpan = axis.max() - axis.min();
    const double current = axis.tickInterval();
    double wide = std::max({interval, oldSpan / kMaxTicks, span / kMaxTicks});
    if (std::isfinite(current) && current > wide) wide = current;
    axis.setTickInterval(wide);
    axis.setTickAnchor(0.0);
    axis.setRange(range.lo, range.hi);
    axis.setTickType(QValueAxis::TicksDynamic);
    axis.setTickInterval(interval);
}
}  // namespace

ChartPlot::ChartPlot(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent, Scale xScale,
                     Scale yScale)
    : QWidget(parent),
      chart_(new QChart),
      view_(new QChartView(chart_)),
      xAxis_(xScale == Scale::Log ? static_cast<QAbstractAxis*>(new QLogValueAxis) : new QValueAxis),
      yAxis_(yScale == Scale::Log ? static_cast<QAbstractAxis*>(new QLogValueAxis) : new QValueAxis) {
    title_ = title;
    chart_->setTitle(title);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    chart_->setBackgroundRoundness(0);
    chart_->setBackgroundBrush(Qt::white);  // plain white, what the colours' contrast is measured against
    view_->setFocusPolicy(Qt::NoFocus);     // nothing to do with keys in a chart; its name is read from here
    setAccessibleName(title);
    chart_->legend()->setAlignment(Qt::AlignTop);
    // Each entry drawn as its series is: a line (dashed or dotted as drawn), a dot, a filled box for bars.
    chart_->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart_->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the window's locale (0,5 in German), without group separators (1000, not 1,000). Localized labels
    // need an explicit precision in their format: Qt Charts 6.4 draws none for "%g" (hence "%.6g", the same numbers).
    QLocale labels;
    labels.setNumberOptions(labels.numberOptions() | QLocale::OmitGroupSeparator);
    chart_->setLocale(labels);
    chart_->setLocalizeNumbers(true);
    xAxis_->setTitleText(xTitle);
    xTitle_ = xTitle;
    yTitle_ = yTitle;
    yAxis_->setTitleText(yTitle);
    chart_->addAxis(xAxis_, Qt::AlignBottom);
    chart_->addAxis(yAxis_, Qt::AlignLeft);
    for (QAbstractAxis* axis : {xAxis_, yAxis_}) {
        if (auto* linear = qobject_cast<QValueAxis*>(axis)) linear->setLabelFormat("%.3g");
        if (auto* log = qobject_cast<QLogValueAxis*>(axis)) {
            log->setBase(10.0);
            log->setLabelFormat("%.6g");
            log->setMinorTickCount(axis == yAxis_ ? 0 : 8);
        }
    }
    applyFonts();
    view_->setRenderHint(QPainter::Antialiasing);
    connect(chart_, &QChart::plotAreaChanged, this, [this] {
        updateDenseGeometry();
        laidOutTitle_ = chart_->title();
        layoutYTitle();  // its room is the plot's height, which the y title's lines do not change
        fitLogYLabels();  // the labels' spacing follows the plot's height (no new layout: the labels keep their width)
        const auto [lo, hi] = xRange();
        // Once per range or size: new labels can move the plot area again, and two tick counts could otherwise take
        // turns for ever (random input, seed 1 under AddressSanitizer: a layout loop at a 649 x 585 window).
        if (!autoRefitUsed_ && hasRange_ && qobject_cast<QValueAxis*>(xAxis_) != nullptr &&
            fittingXLabels(lo, hi) != appliedXLabels_) {
            setRange(requested_[0], requested_[1], requested_[2], requested_[3]);  // as many x labels as now fit
            autoRefitUsed_ = true;
        }
    });
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
        DenseBarsItem* image = s.image;
        const bool dense = s.dense && style == Style::Bars;
        if (image != nullptr) image->setVisible(false);
        s = Slot{};
        s.style = style;
        s.image = image;
        s.dense = dense;
        if (style == Style::Bars) {
            auto* upper = new QLineSeries;
            auto* area = new QAreaSeries(upper);
            upper->setParent(area);  // QAreaSeries does not own its boundary series
            s.points = upper;
            s.shown = area;
        } else if (style == Style::Band) {
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            auto* area = new QAreaSeries(upper, lower);
            upper->setParent(area);  // QAreaSeries does not own its boundary series
            lower->setParent(area);
            s.points = upper;
            s.lower = lower;
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
    s.color = color;
    if (style == Style::Bars) {
        applyBarStyle(slot);
    } else if (style == Style::Band) {
        auto* area = static_cast<QAreaSeries*>(s.shown);
        QColor fill = color;
        fill.setAlpha(60);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        for (QLegendMarker* marker : chart_->legend()->markers(area)) marker->setBrush(fill);
    } else if (style == Style::Markers) {
        auto* scatter = static_cast<QScatterSeries*>(s.points);
        scatter->setColor(color);
        scatter->setMarkerSize(9.0 * lineScale());
    } else {
        const Qt::PenStyle pen = style == Style::Dashed ? Qt::DashLine : style == Style::Dotted ? Qt::DotLine : Qt::SolidLine;
        // Flat caps: a square cap stretches each dot of a dotted line into a dash.
        s.points->setPen(QPen(color, 2.0 * lineScale(), pen, style == Style::Dotted ? Qt::FlatCap : Qt::SquareCap));
    }
    s.wanted = true;
    const bool shown = std::find(suppressed_.begin(), suppressed_.end(), slot) == suppressed_.end();
    s.shown->setVisible(shown);
    // A series without a name (a reference the view's text explains) has no legend entry.
    for (QLegendMarker* marker : chart_->legend()->markers(s.shown)) marker->setVisible(shown && !name.isEmpty());
    if (s.image != nullptr) s.image->setVisible(shown && s.dense && style == Style::Bars);
    fitLegend();
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
    Slot& s = slots_[slot];
    s.dense = heights.size() > kMaxOutlinedBars;
    if (s.dense) {
        // Many bars: an image draws them (see DenseBarsItem for why: 100 ms per fill in Qt, seed 1130 of random
        // input). The area series only keeps the legend entry: handing it the 4 x k outline points cost 7 ms per
        // update at k = 1000 (a tau drag there), though it neither fills nor strokes them. seriesPoints() gives
        // the outline kept here.
        if (s.image == nullptr) {
            s.image = new DenseBarsItem(chart_);
            s.image->setZValue(kDenseBarsZ);
        }
        QColor fill = color;
        fill.setAlpha(170);
        s.image->setBars(heights, x0, step, gap, fill);
        QXYSeries* stub = series(slot, Style::Bars, name, color);  // may renew the slot: the outline after it
        if (stub->count() != 1) stub->replace(QList<QPointF>{QPointF(x0, 0.0)});
        slots_[slot].denseOutline = std::move(outline);
    } else {
        s.denseOutline.clear();
        series(slot, Style::Bars, name, color)->replace(outline);
    }
    updateDenseGeometry();
}

void ChartPlot::applyBarStyle(int slot) {
    Slot& s = slots_[slot];
    auto* area = qobject_cast<QAreaSeries*>(s.shown);
    if (area == nullptr) return;
    QColor fill = s.color;
    fill.setAlpha(170);
    area->setBrush(s.dense ? QBrush(Qt::NoBrush) : QBrush(fill));
    area->setPen(s.dense ? QPen(Qt::NoPen) : QPen(s.color.darker(130), 1.0 * lineScale()));
    for (QLegendMarker* marker : chart_->legend()->markers(area)) {
        marker->setShape(QLegend::MarkerShapeRectangle);  // a filled box, as the bars are (not the outline's line)
        marker->setBrush(fill);
    }
}

void ChartPlot::updateDenseGeometry() {
    DenseBarsGeometry geometry;
    geometry.plot = chart_->plotArea();
    std::tie(geometry.xMin, geometry.xMax) = xRange();
    std::tie(geometry.yMin, geometry.yMax) = yRange();
    geometry.logX = qobject_cast<QLogValueAxis*>(xAxis_) != nullptr;
    geometry.logY = qobject_cast<QLogValueAxis*>(yAxis_) != nullptr;
    geometry.pixelRatio = view_->devicePixelRatioF();
    for (auto& [slot, s] : slots_) {
        if (s.image != nullptr && s.dense) s.image->setGeometry(geometry);
    }
}

bool ChartPlot::barsOutlined(int slot) const {
    const auto it = slots_.find(slot);
    if (it == slots_.end()) return false;
    auto* area = qobject_cast<QAreaSeries*>(it->second.shown);
    return area != nullptr && area->pen().style() != Qt::NoPen;
}

void ChartPlot::setCurve(int slot, const QVector<QPointF>& points, Style style, const QString& name, const QColor& color) {
    const bool logX = qobject_cast<QLogValueAxis*>(xAxis_) != nullptr;
    const bool logY = qobject_cast<QLogValueAxis*>(yAxis_) != nullptr;
    QList<QPointF> finite;
    finite.reserve(points.size());
    for (const QPointF& p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
        if ((logX && !(p.x() > 0.0)) || (logY && !(p.y() > 0.0))) continue;  // no place on a log axis
        finite << p;
    }
    // A marker is one graphics item in Qt Charts: at k = 1000 two marker series were 2,000 items, all repainted
    // with the chart at every step of a tau drag (7 ms). Past kMaxMarkers points a line through them (one item).
    if (style == Style::Markers && finite.size() > kMaxMarkers) style = Style::Line;
    // The same curve again (p and P(i in S) at every partial histogram update): nothing to redo.
    const auto it = slots_.find(slot);
    if (it != slots_.end() && it->second.points != nullptr && it->second.style == style && it->second.color == color &&
        it->second.shown->isVisible() && it->second.shown->name() == name && it->second.points->points() == finite) {
        return;
    }
    series(slot, style, name, color)->replace(finite);
}

void ChartPlot::hideSeries(int slot) {
    const auto it = slots_.find(slot);
    if (it == slots_.end() || it->second.shown == nullptr) return;
    it->second.wanted = false;
    it->second.shown->setVisible(false);
    if (it->second.image != nullptr) it->second.image->setVisible(false);
    for (QLegendMarker* marker : chart_->legend()->markers(it->second.shown)) marker->setVisible(false);
    fitLegend();
}

QVector<QPointF> ChartPlot::seriesPoints(int slot) const {
    const auto it = slots_.find(slot);
    if (it == slots_.end() || it->second.points == nullptr) return {};
    if (it->second.dense) return it->second.denseOutline;
    return it->second.points->points();
}

int ChartPlot::fittingXLabels(double lo, double hi) const {
    // How many x labels fit side by side on the plot's width, judged by the widest label this range can have: Qt
    // Charts writes "..." for labels that do not ("0 ... ... ... 1" on a narrow histogram in presentation mode).
    const QFontMetrics metrics(xAxis_->labelsFont());
    int widest = 0;
    for (double t : {0.0, 0.2, 0.25, 0.4, 0.5, 1.0}) {
        const double v = lo + t * (hi - lo);
        const QString label = integerTicks_ ? QString::number(std::round(v), 'f', 0) : displayNumber(v, 'g', 3);
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    double plot = chart_->plotArea().width();
    if (!(plot > 0.0)) plot = width() - 100.0;
    return std::max(2, static_cast<int>(plot / (widest + 16)));
}

void ChartPlot::setRange(double x0, double x1, double y0, double y1) {
    requested_ = {x0, x1, y0, y1};
    hasRange_ = true;
    autoRefitUsed_ = false;
    const bool logX = qobject_cast<QLogValueAxis*>(xAxis_) != nullptr;
    const AxisRange x = logX ? sanitizedLogRange(x0, x1) : sanitizedRange(x0, x1);
    if (auto* linear = qobject_cast<QValueAxis*>(xAxis_)) {
        appliedXLabels_ = fittingXLabels(x.lo, x.hi);
        if (integerTicks_) {
            // As many category labels as fit (0, 2, 4, 6, 8 for ten categories rather than 0, 5).
            setDynamicTicks(*linear, x, integerStep(x.lo, x.hi, std::min(9, appliedXLabels_)));
            linear->setLabelFormat("%.0f");
        } else {
            // Fixed ticks from end to end, as many as fit, in 1-2-5 steps of the range (0, 0.2, ..., 1 or 0, 0.5, 1).
            int count = 2;
            for (int intervals : {10, 5, 4, 2, 1}) {
                if (intervals + 1 <= std::min(xTickCount_, appliedXLabels_)) {
                    count = intervals + 1;
                    break;
                }
            }
            linear->setTickType(QValueAxis::TicksFixed);
            linear->setTickCount(count);
            linear->setRange(x.lo, x.hi);
        }
    } else {
        xAxis_->setRange(x.lo, x.hi);
    }
    auto* linearY = qobject_cast<QValueAxis*>(yAxis_);
    if (linearY == nullptr) {
        const AxisRange logY = sanitizedLogRange(y0, y1);
        yAxis_->setRange(logY.lo, logY.hi);
        fitLogYLabels();
        updateDenseGeometry();
        return;
    }
    // Labels at 1-2-5 steps from 0; the range itself keeps a little headroom above the data.
    const AxisRange y = sanitizedRange(y0, y1);
    const double yStep = niceStep(y.hi - y.lo, 4);
    setDynamicTicks(*linearY, y, yStep);
    linearY->setLabelFormat(yStep >= 1.0 ? "%.0f" : "%.6g");
    updateDenseGeometry();
}

namespace {
std::pair<double, double> axisRange(const QAbstractAxis* axis) {
    if (auto* linear = qobject_cast<const QValueAxis*>(axis)) return {linear->min(), linear->max()};
    auto* log = static_cast<const QLogValueAxis*>(axis);
    return {log->min(), log->max()};
}
}  // namespace

std::pair<double, double> ChartPlot::xRange() const { return axisRange(xAxis_); }

std::pair<double, double> ChartPlot::yRange() const { return axisRange(yAxis_); }

double ChartPlot::yTickInterval() const {
    auto* linear = qobject_cast<QValueAxis*>(yAxis_);
    return linear != nullptr ? linear->tickInterval() : 0.0;
}

int ChartPlot::yTickCount() const {
    if (auto* linear = qobject_cast<QValueAxis*>(yAxis_)) {
        return dynamicTickCount(linear->min(), linear->max(), linear->tickInterval());
    }
    const auto [lo, hi] = yRange();
    return static_cast<int>(std::floor(std::log10(hi)) - std::ceil(std::log10(lo))) + 1;
}

void ChartPlot::setIntegerXTicks(bool integer) { integerTicks_ = integer; }

void ChartPlot::setXTickCount(int count) { xTickCount_ = std::clamp(count, 2, 12); }

void ChartPlot::setLegendAlignment(Qt::Alignment alignment) { chart_->legend()->setAlignment(alignment); }

void ChartPlot::setLegendVisible(bool visible) { chart_->legend()->setVisible(visible); }

double ChartPlot::lineScale() const {
    // Lines thicken with the font (presentation mode), from a 10-point baseline.
    return std::max(1.0, font().pointSizeF() / 10.0);
}

void ChartPlot::applyFonts() {
    QFont title = font();
    title.setBold(true);
    chart_->setTitleFont(title);
    chart_->legend()->setFont(font());
    for (QAbstractAxis* axis : {xAxis_, yAxis_}) {
        axis->setLabelsFont(font());
        axis->setTitleFont(font());
    }
}

void ChartPlot::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange) return;
    applyFonts();
    fitLegend();
    layoutTitle();
    layoutYTitle();
    for (auto& [slot, s] : slots_) {
        if (s.points == nullptr) continue;
        const bool visible = s.shown->isVisible();
        series(slot, s.style, s.shown->name(), s.color);
        if (!visible) hideSeries(slot);
    }
}

void ChartPlot::repaintNow() {
    repaint();
    view_->viewport()->repaint();
}

void ChartPlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    autoRefitUsed_ = false;
    layoutTitle();
    layoutYTitle();
    fitLegend();
}

}  // namespace gumbel::ui
