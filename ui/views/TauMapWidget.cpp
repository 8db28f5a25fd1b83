#include "ui/views/TauMapWidget.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/graphics/ColorMap.h"
#include "ui/text/Language.h"
#include "ui/views/ColorBar.h"

namespace gumbel::ui {

namespace {
constexpr double kTauMin = GradientLabLimits::kSweepTauMin, kTauMax = GradientLabLimits::kSweepTauMax;
constexpr double kTicks[] = {0.01, 0.1, 1.0, 10.0};
}  // namespace

TauMapWidget::TauMapWidget(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Decoupled straight-through: MSE over tau_f and tau_b"));
    setToolTip(tr("Click a cell to set tau (tau_f) and tau_b to its temperatures"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    updateDescription();
}

void TauMapWidget::showResult(const DecoupledMapResult& result) {
    result_ = result;
    updateDescription();
    update();
}

void TauMapWidget::setBatch(int batch) {
    batch_ = std::max(1, batch);
    updateDescription();
    update();
}

void TauMapWidget::setCurrent(double tauF, double tauB) {
    currentF_ = tauF;
    currentB_ = tauB;
    update();
}

TauMapWidget::Best TauMapWidget::best() const {
    Best out;
    const int n = static_cast<int>(result_.taus.size());
    const int rows = result_.cells.empty() ? 0 : n;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < n; ++column) {
            const double v = mse(static_cast<std::size_t>(row * n + column));
            if (std::isfinite(v) && (!out.valid || v < out.mse)) {
                out = {v, result_.taus[static_cast<std::size_t>(column)], result_.taus[static_cast<std::size_t>(row)], true};
            }
        }
    }
    return out;
}

QString TauMapWidget::summary() const {
    if (!result_.error.isEmpty()) return tr("The map cannot be computed: %1").arg(result_.error);
    const Best b = best();
    if (!b.valid) return tr("Computing the map...");
    const QString where = tr("lowest: %1 at tau_f = %L2, tau_b = %L3")
                              .arg(displayNumber(b.mse, 'g', 3))
                              .arg(b.tauF, 0, 'g', 2)
                              .arg(b.tauB, 0, 'g', 2);
    if (result_.finished) return where;
    return tr("%1 (%2 of %3 samples a cell)").arg(where, QLocale().toString(result_.samples), QLocale().toString(result_.total));
}

void TauMapWidget::updateDescription() { setAccessibleDescription(summary()); }

QString TauMapWidget::title() const { return tr("Decoupled ST: log10 MSE of a mean of B = %L1").arg(batch_); }

// The title (bold) and the summary, each broken into lines to fit the width.
double TauMapWidget::headerHeight() const {
    QFont bold = font();
    bold.setBold(true);
    const QRectF room(0, 0, std::max(10, width() - 4), 1000);
    const int wrap = Qt::AlignHCenter | Qt::TextWordWrap;
    return QFontMetricsF(bold).boundingRect(room, wrap, title()).height() +
           QFontMetricsF(font()).boundingRect(room, wrap, summary()).height() + 6;
}

QRectF TauMapWidget::mapRect() const {
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double left = fm.horizontalAdvance("0.01") + line * 1.6;  // tick labels and the axis title
    const double top = headerHeight();
    const double right = fm.horizontalAdvance("-0.0") + line * 1.8;  // colour bar and its numbers
    const double bottom = line * 2.3;
    const double w = std::max(10.0, width() - left - right);
    const double h = std::max(10.0, height() - top - bottom);
    return {left, top, w, h};
}

double TauMapWidget::xOf(double tau) const {
    const QRectF r = mapRect();
    const double t = (std::log10(tau) - std::log10(kTauMin)) / (std::log10(kTauMax) - std::log10(kTauMin));
    return r.left() + t * r.width();
}

double TauMapWidget::yOf(double tau) const {
    const QRectF r = mapRect();
    const double t = (std::log10(tau) - std::log10(kTauMin)) / (std::log10(kTauMax) - std::log10(kTauMin));
    return r.bottom() - t * r.height();
}

std::pair<int, int> TauMapWidget::cellAt(const QPointF& position) const {
    const QRectF r = mapRect();
    const int n = static_cast<int>(result_.taus.size());
    if (n == 0 || !r.contains(position)) return {-1, -1};
    const int column = std::clamp(static_cast<int>((position.x() - r.left()) / r.width() * n), 0, n - 1);
    const int row = std::clamp(static_cast<int>((r.bottom() - position.y()) / r.height() * n), 0, n - 1);
    return {column, row};
}

void TauMapWidget::mousePressEvent(QMouseEvent* event) {
    const auto [column, row] = cellAt(event->position());
    if (column < 0) return QWidget::mousePressEvent(event);
    emit cellChosen(result_.taus[static_cast<std::size_t>(column)], result_.taus[static_cast<std::size_t>(row)]);
}

void TauMapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const double line = fm.height();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const int wrap = Qt::AlignHCenter | Qt::TextWordWrap;
    const QRectF room(2, 2, std::max(10, width() - 4), 1000);
    QRectF used;
    painter.drawText(room, wrap, title(), &used);
    painter.setFont(font());
    painter.drawText(room.adjusted(0, used.height(), 0, 0), wrap, summary());

    const QRectF r = mapRect();
    const int n = static_cast<int>(result_.taus.size());
    // The colour range: log10 of the MSE over the cells computed so far.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    const int rows = result_.cells.empty() ? 0 : n;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < n; ++column) {
            const double v = mse(static_cast<std::size_t>(row * n + column));
            if (v > 0.0 && std::isfinite(v)) {
                lo = std::min(lo, std::log10(v));
                hi = std::max(hi, std::log10(v));
            }
        }
    }
    if (!(hi > lo)) {
        lo = std::isfinite(lo) ? lo - 0.5 : -1.0;
        hi = lo + 1.0;
    }
    const ColorMap& map = ColorMap::viridis();
    painter.fillRect(r, palette().color(QPalette::Window));
    const double cw = r.width() / std::max(1, n), ch = r.height() / std::max(1, n);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < n; ++column) {
            const double v = mse(static_cast<std::size_t>(row * n + column));
            const double t = v > 0.0 && std::isfinite(v) ? (std::log10(v) - lo) / (hi - lo) : 0.0;
            const QRectF cell(r.left() + column * cw, r.bottom() - (row + 1) * ch, cw + 0.5, ch + 0.5);
            painter.fillRect(cell, QColor::fromRgb(map.color(t)));
        }
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
    // The diagonal tau_f = tau_b (the relaxed estimator): dashed, white over a dark line so that it shows on every colour.
    const QPointF a(xOf(kTauMin), yOf(kTauMin)), b(xOf(kTauMax), yOf(kTauMax));
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3.5));
    painter.drawLine(a, b);
    painter.setPen(QPen(Qt::white, 1.6, Qt::DashLine));
    painter.drawLine(a, b);
    // The lowest cell, framed.
    if (const Best best_ = best(); best_.valid) {
        const auto column = static_cast<int>(std::find(result_.taus.begin(), result_.taus.end(), best_.tauF) - result_.taus.begin());
        const auto row = static_cast<int>(std::find(result_.taus.begin(), result_.taus.end(), best_.tauB) - result_.taus.begin());
        const QRectF cell(r.left() + column * cw, r.bottom() - (row + 1) * ch, cw, ch);
        painter.setPen(QPen(Qt::black, 3.0));
        painter.drawRect(cell);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.drawRect(cell);
    }
    // The lab's current (tau, tau_b): a ring.
    if (currentF_ >= kTauMin && currentF_ <= kTauMax && currentB_ >= kTauMin && currentB_ <= kTauMax) {
        const QPointF c(xOf(currentF_), yOf(currentB_));
        const double radius = std::max(5.0, line * 0.4);
        painter.setPen(QPen(Qt::black, 3.0));
        painter.drawEllipse(c, radius, radius);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.drawEllipse(c, radius, radius);
    }
    // Axes: ticks at the decades, titles.
    painter.setPen(palette().color(QPalette::Text));
    for (double tick : kTicks) {
        const QString label = displayNumber(tick, 'g', 2);
        const double x = xOf(tick), y = yOf(tick);
        painter.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 4));
        painter.drawText(QRectF(x - 40, r.bottom() + 4, 80, line), Qt::AlignHCenter | Qt::AlignTop, label);
        painter.drawLine(QPointF(r.left() - 4, y), QPointF(r.left(), y));
        painter.drawText(QRectF(0, y - line / 2, r.left() - 6, line), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter.drawText(QRectF(r.left(), r.bottom() + line + 4, r.width(), line), Qt::AlignHCenter,
                     tr("tau_f"));
    painter.save();
    painter.translate(line * 0.1, r.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-r.height() / 2, 0, r.height(), line), Qt::AlignHCenter, tr("tau_b"));
    painter.restore();
    // The colour bar: log10 of the MSE (the title says so).
    const QRectF bar(r.right() + line * 0.5, r.top(), line * 0.7, r.height());
    paintColorBar(painter, bar, map, lo, hi, 'f', 1);
}

}  // namespace gumbel::ui
