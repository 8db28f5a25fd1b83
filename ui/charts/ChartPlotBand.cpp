// ChartPlot's translucent bands (confidence bands), suppressed slots (predict first) and the questions about what
// is shown: series state kept apart from the plain curves and bars of ChartPlot.cpp.
#include "ui/charts/ChartPlot.h"
#include "ui/charts/DenseBarsItem.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QXYSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <algorithm>
#include <cmath>

namespace gumbel::ui {

void ChartPlot::setBand(int slot, const QVector<QPointF>& lower, const QVector<QPointF>& upper, const QString& name,
                        const QColor& color, double logFloor) {
    const bool logX = qobject_cast<QLogValueAxis*>(xAxis_) != nullptr;
    const bool logY = qobject_cast<QLogValueAxis*>(yAxis_) != nullptr;
    QList<QPointF> top, bottom;
    for (int i = 0; i < std::min(lower.size(), upper.size()); ++i) {
        const double x = upper[i].x();
        double lo = lower[i].y();
        const double hi = upper[i].y();
        if (!std::isfinite(x) || !std::isfinite(lo) || !std::isfinite(hi) || (logX && !(x > 0.0))) continue;
        if (logY) {
            if (!(hi > 0.0)) continue;
            if (!(lo > logFloor) || !(lo > 0.0)) lo = logFloor > 0.0 ? logFloor : hi;
        }
        top << QPointF(x, hi);
        bottom << QPointF(x, std::min(lo, hi));
    }
    QXYSeries* upperSeries = series(slot, Style::Band, name, color);
    upperSeries->replace(top);
    slots_[slot].lower->replace(bottom);
}

QVector<QPointF> ChartPlot::bandLowerPoints(int slot) const {
    const auto it = slots_.find(slot);
    if (it == slots_.end() || it->second.lower == nullptr) return {};
    return it->second.lower->points();
}

void ChartPlot::setSuppressed(int slot, bool suppressed) {
    const auto at = std::find(suppressed_.begin(), suppressed_.end(), slot);
    if (suppressed == (at != suppressed_.end())) return;
    if (suppressed) {
        suppressed_.push_back(slot);
    } else {
        suppressed_.erase(at);
    }
    const auto it = slots_.find(slot);
    if (it == slots_.end() || it->second.shown == nullptr) return;
    Slot& s = it->second;
    const bool shown = s.wanted && !suppressed;
    s.shown->setVisible(shown);
    for (QLegendMarker* marker : chart_->legend()->markers(s.shown)) marker->setVisible(shown && !s.shown->name().isEmpty());
    if (s.image != nullptr) s.image->setVisible(shown && s.dense);
    fitLegend();
}

bool ChartPlot::isSeriesVisible(int slot) const {
    const auto it = slots_.find(slot);
    return it != slots_.end() && it->second.shown != nullptr && it->second.shown->isVisible();
}

std::vector<std::pair<QString, QColor>> ChartPlot::visibleSeriesColours() const {
    std::vector<std::pair<QString, QColor>> colours;
    for (const auto& [slot, s] : slots_) {
        if (s.shown != nullptr && s.shown->isVisible()) colours.emplace_back(s.shown->name(), s.color);
    }
    return colours;
}

QColor ChartPlot::background() const {
    return chart_->isPlotAreaBackgroundVisible() ? chart_->plotAreaBackgroundBrush().color() : chart_->backgroundBrush().color();
}

}  // namespace gumbel::ui
