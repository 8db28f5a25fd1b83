#include "ui/views/GradientBars.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/text/Language.h"
#include "ui/views/Palette.h"

namespace gumbel::ui {

QColor estimatorColor(Estimator estimator) {
    switch (estimator) {
        case Estimator::Reinforce: return Qt::black;
        case Estimator::ReinforceMean: return palette::brown();
        case Estimator::Relaxed: return palette::samples();
        case Estimator::StraightThrough: return palette::indigo();
        case Estimator::GumbelRao: return palette::accent();
        case Estimator::Rloo: return palette::wine();
        case Estimator::ReinMax: return palette::violet();
        case Estimator::GappedStraightThrough: return palette::orchid();
        case Estimator::DecoupledStraightThrough: return palette::pink();
    }
    return Qt::black;
}

GradientBars::GradientBars(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Exact gradient and estimator means"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void GradientBars::showResult(const GradientPointResult& result) {
    result_ = result;
    update();
}

void GradientBars::clear() {
    result_ = GradientPointResult{};
    update();
}

void GradientBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QString title = result_.exact.size() == 0 ? tr("At the current tau: waiting for samples")
                                                    : tr("tau = %L1: exact g*, each mean \u00b1 1 sd").arg(result_.tau, 0, 'g', 3);
    // Title and sample count wrap onto further lines rather than being cut on a narrow chart.
    const int wrap = Qt::AlignHCenter | Qt::TextWordWrap;
    const int titleHeight = QFontMetrics(bold).boundingRect(QRect(0, 0, std::max(1, width() - 4), 10 * line), wrap, title).height();
    painter.drawText(QRect(2, 2, width() - 4, titleHeight), wrap, title);
    painter.setFont(font());
    if (result_.exact.size() == 0 || !result_.error.isEmpty()) {
        if (!result_.error.isEmpty()) painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, result_.error);
        return;
    }
    std::vector<Estimator> shown;
    for (Estimator e : allEstimators()) {
        if ((result_.estimators & (1u << static_cast<int>(e))) && result_.mean[static_cast<std::size_t>(e)].size() == result_.exact.size()) {
            shown.push_back(e);
        }
    }
    const int components = std::min<int>(kMaxComponents, static_cast<int>(result_.exact.size()));
    // The vertical range: every bar and error bar, and zero.
    double lo = 0.0, hi = 0.0;
    for (int i = 0; i < components; ++i) {
        lo = std::min(lo, result_.exact[i]);
        hi = std::max(hi, result_.exact[i]);
        for (Estimator e : shown) {
            const auto s = static_cast<std::size_t>(e);
            lo = std::min(lo, result_.mean[s][i] - result_.standardDeviation[s][i]);
            hi = std::max(hi, result_.mean[s][i] + result_.standardDeviation[s][i]);
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi - lo < 1e-300) {
        lo = -1.0;
        hi = 1.0;
    }
    const double pad = 0.05 * (hi - lo);
    lo -= pad;
    hi += pad;
    // The view's shared legend names the colours; here the sample count, then the plot.
    const int infoY = titleHeight + 4;
    const QString info = tr("%1 samples; exact first (red-orange)").arg(displayCount(result_.samples));
    const int infoHeight = metrics.boundingRect(QRect(0, 0, std::max(1, width() - 4), 10 * line), wrap, info).height();
    painter.drawText(QRect(2, infoY, width() - 4, infoHeight), wrap, info);
    const int labelWidth = metrics.horizontalAdvance("-0.0000") + 6;
    const int plotTop = infoY + infoHeight + 8;
    const QRect plot(labelWidth, plotTop, width() - labelWidth - 8, height() - plotTop - line - 8);
    if (plot.width() < 40 || plot.height() < 30) return;
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    // Grid and labels at round values.
    const double raw = (hi - lo) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double base : {1.0, 2.0, 5.0, 10.0}) {
        if (base * magnitude >= raw) {
            step = base * magnitude;
            break;
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    for (double v = std::ceil(lo / step) * step; v <= hi; v += step) {
        const double y = yOf(v);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(QRectF(0, y - line / 2.0, labelWidth - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                         displayNumber(std::abs(v) < step * 1e-6 ? 0.0 : v, 'g', 3));
    }
    painter.setPen(QPen(palette().color(QPalette::Text), 1.2));
    painter.drawLine(QPointF(plot.left(), yOf(0.0)), QPointF(plot.right(), yOf(0.0)));
    // Bars.
    const double group = static_cast<double>(plot.width()) / components;
    const int series = 1 + static_cast<int>(shown.size());
    const double barWidth = 0.8 * group / series;
    for (int i = 0; i < components; ++i) {
        const double left = plot.left() + i * group + 0.1 * group;
        const auto bar = [&](int slot, double value, const QColor& color, double sd) {
            const double x0 = left + slot * barWidth;
            const QRectF r(QPointF(x0, std::min(yOf(value), yOf(0.0))), QPointF(x0 + barWidth * 0.9, std::max(yOf(value), yOf(0.0))));
            painter.fillRect(r, color);
            if (sd > 0.0) {
                const double cx = x0 + barWidth * 0.45;
                painter.setPen(QPen(palette().color(QPalette::Text), 1.2));
                painter.drawLine(QPointF(cx, yOf(value - sd)), QPointF(cx, yOf(value + sd)));
                painter.drawLine(QPointF(cx - 3, yOf(value - sd)), QPointF(cx + 3, yOf(value - sd)));
                painter.drawLine(QPointF(cx - 3, yOf(value + sd)), QPointF(cx + 3, yOf(value + sd)));
            }
        };
        bar(0, result_.exact[i], palette::exact(), 0.0);
        for (std::size_t s = 0; s < shown.size(); ++s) {
            const auto e = static_cast<std::size_t>(shown[s]);
            bar(static_cast<int>(s) + 1, result_.mean[e][i], estimatorColor(shown[s]), result_.standardDeviation[e][i]);
        }
        painter.setPen(palette().color(QPalette::Text));
        const QString label = QString("g_%1").arg(i);
        const int stride = std::max(1, static_cast<int>(std::ceil((metrics.horizontalAdvance(label) + 6) / group)));
        if (i % stride == 0) {
            painter.drawText(QRectF(plot.left() + i * group - group, plot.bottom() + 4, 3 * group, line), Qt::AlignHCenter, label);
        }
    }
    if (result_.exact.size() > components) {
        painter.drawText(QRect(plot.left(), plot.top(), plot.width(), line), Qt::AlignRight,
                         tr("first %1 of %2 components").arg(components).arg(result_.exact.size()));
    }
}

}  // namespace gumbel::ui
