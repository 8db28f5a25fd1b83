#include "ui/views/StepBars.h"

#include <QPainter>
#include <cmath>

#include "ui/views/Palette.h"

namespace gumbel::ui {

StepBars::StepBars(QWidget* parent) : QWidget(parent) { setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); }

void StepBars::setStep(const QString& title, const QString& formula, const Eigen::VectorXd& values, int highlight) {
    title_ = title;
    formula_ = formula;
    values_ = values;
    highlight_ = highlight;
    update();
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
    // Room above and below the bars for their value labels, and below for the category numbers.
    const QRect plot(48, 3 * fm.height() + 10, width() - 56, height() - 5 * fm.height() - 14);
    const Eigen::Index k = values_.size();
    if (k == 0 || plot.height() < 10) return;
    double lo = 0.0;
    double hi = 0.0;
    for (double v : values_) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (hi - lo <= 0.0) hi = lo + 1.0;
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(plot.left(), yOf(0.0)), QPointF(plot.right(), yOf(0.0)));
    painter.setPen(text);
    painter.drawText(QRectF(0, yOf(hi) - fm.height() / 2.0, 44, fm.height()), Qt::AlignRight | Qt::AlignVCenter, QString::number(hi, 'g', 3));
    painter.drawText(QRectF(0, yOf(lo) - fm.height() / 2.0, 44, fm.height()), Qt::AlignRight | Qt::AlignVCenter, QString::number(lo, 'g', 3));
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
            continue;
        }
        const double y0 = yOf(0.0);
        const double y1 = yOf(v);
        painter.fillRect(QRectF(left, std::min(y0, y1), barWidth, std::max(1.0, std::fabs(y1 - y0))), colour);
        if (labels) {
            painter.setPen(text);
            const double labelY = v >= 0 ? y1 - fm.height() - 1 : y1 + 1;
            painter.drawText(QRectF(left - slot * 0.12, labelY, slot, fm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                             QString::number(v, 'g', 3));
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

}  // namespace gumbel::ui
