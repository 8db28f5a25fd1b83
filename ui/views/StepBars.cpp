#include "ui/views/StepBars.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/views/Palette.h"

namespace gumbel::ui {

StepBars::StepBars(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::StrongFocus);
}

void StepBars::setStep(const QString& title, const QString& formula, const Eigen::VectorXd& values, int highlight) {
    title_ = title;
    formula_ = formula;
    values_ = values;
    highlight_ = highlight;
    setAccessibleName(title_);
    cursor_.setShape(values_.size() > 0 ? 1 : 0, static_cast<int>(values_.size()));
    if (hasFocus()) announce();
    update();
}

QString StepBars::barText(int category) const {
    if (category < 0 || category >= values_.size()) return title_;
    const double v = values_[category];
    const QString value = std::isfinite(v) ? QString::number(v, 'g', 6) : (v < 0 ? QString("-inf") : QString("inf"));
    return tr("%1, category %2: %3").arg(title_).arg(category).arg(value);
}

void StepBars::announce() { announceCell(*this, barText(cursor_.valid() ? cursor_.column() : -1)); }

void StepBars::setSharedRange(std::optional<std::pair<double, double>> range) {
    shared_ = range;
    update();
}

std::pair<double, double> StepBars::drawnRange() const {
    double lo = 0.0;
    double hi = 0.0;
    for (double v : values_) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (shared_ && std::isfinite(shared_->first) && std::isfinite(shared_->second)) {
        lo = std::min({lo, shared_->first, 0.0});
        hi = std::max({hi, shared_->second, 0.0});
    }
    if (hi - lo <= 0.0) hi = lo + 1.0;
    return {lo, hi};
}

void StepBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(4, 2, width() - 8, fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter, title_);
    painter.setFont(font());
    painter.setPen(palette::exact().darker(120));
    painter.drawText(QRect(4, fm.height() + 4, width() - 8, fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter, formula_);
    const auto [lo, hi] = drawnRange();
    const QString hiLabel = QLocale().toString(hi, 'g', 3);
    const QString loLabel = QLocale().toString(lo, 'g', 3);
    // The axis labels get the room they need at any font size (the minus sign was cut off in presentation mode).
    const int labelWidth = std::max(fm.horizontalAdvance(hiLabel), fm.horizontalAdvance(loLabel)) + 6;
    const int left = std::max(48, labelWidth + 6);
    // Room above and below the bars for their value labels, and below for the category numbers.
    const QRect plot(left, 3 * fm.height() + 10, width() - left - 8, height() - 5 * fm.height() - 14);
    const Eigen::Index k = values_.size();
    if (k == 0 || plot.height() < 10) return;
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(plot.left(), yOf(0.0)), QPointF(plot.right(), yOf(0.0)));
    painter.setPen(text);
    painter.drawText(QRectF(0, yOf(hi) - fm.height() / 2.0, left - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter, hiLabel);
    painter.drawText(QRectF(0, yOf(lo) - fm.height() / 2.0, left - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter, loLabel);
    const double slot = static_cast<double>(plot.width()) / static_cast<double>(k);
    const bool labels = slot >= fm.horizontalAdvance("-0.000") + 4;
    for (Eigen::Index i = 0; i < k; ++i) {
        const double left = plot.left() + i * slot + slot * 0.12;
        const double barWidth = std::max(1.0, slot * 0.76);
        const double v = values_[i];
        const QColor colour = i == highlight_ ? palette::exact() : palette::samples();
        if (!std::isfinite(v)) {
            painter.setPen(colour);
            painter.drawText(QRectF(left - 4, yOf(0.0) + 2, barWidth + 8, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                             v < 0 ? "-inf" : "inf");
            if (hasFocus() && cursor_.valid() && i == cursor_.column()) {
                paintCellCursor(painter, QRectF(left - 4, yOf(0.0) + 2, barWidth + 8, fm.height()));
            }
            continue;
        }
        const double y0 = yOf(0.0);
        const double y1 = yOf(v);
        painter.fillRect(QRectF(left, std::min(y0, y1), barWidth, std::max(1.0, std::fabs(y1 - y0))), colour);
        if (hasFocus() && cursor_.valid() && i == cursor_.column()) {
            paintCellCursor(painter, QRectF(left, std::min(y0, y1), barWidth, std::max(1.0, std::fabs(y1 - y0))));
        }
        if (labels) {
            painter.setPen(text);
            const double labelY = v >= 0 ? y1 - fm.height() - 1 : y1 + 1;
            painter.drawText(QRectF(left - slot * 0.12, labelY, slot, fm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                             QLocale().toString(v, 'g', 3));
        }
    }
    // Category numbers under the axis, thinned to fit.
    painter.setPen(text);
    const int step = std::max<int>(1, static_cast<int>(std::ceil((fm.horizontalAdvance("000") + 6) / slot)));
    for (Eigen::Index i = 0; i < k; i += step) {
        painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + fm.height() + 2, slot, fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, QString::number(i));
    }
}

bool StepBars::event(QEvent* event) {
    if (cursor_.handleEvent(*this, event, [this] { announce(); })) return true;
    return QWidget::event(event);
}

}  // namespace gumbel::ui
