#include "ui/views/LegendStrip.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace gumbel::ui {

LegendStrip::LegendStrip(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAutoFillBackground(false);
}

void LegendStrip::setEntries(const QVector<Entry>& entries) {
    if (entries == entries_) return;
    entries_ = entries;
    setAccessibleDescription(plainText());
    updateGeometry();
    update();
}

QString LegendStrip::plainText() const {
    QStringList texts;
    for (const Entry& e : entries_) texts << e.text;
    return texts.join("; ");
}

int LegendStrip::markWidth() const { return fontMetrics().height() * 2; }

QVector<LegendStrip::Placed> LegendStrip::layoutFor(int width) const {
    const QFontMetrics metrics = fontMetrics();
    const int gap = metrics.height();
    const int line = metrics.height() + metrics.height() / 4;
    QVector<Placed> placed;
    int x = 0, y = 0;
    for (int i = 0; i < entries_.size(); ++i) {
        const int w = markWidth() + metrics.height() / 3 + metrics.horizontalAdvance(entries_[i].text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        placed.push_back({i, QRect(x, y, std::min(w, std::max(width, 1)), line)});
        x += w + gap;
    }
    return placed;
}

int LegendStrip::heightForWidth(int width) const {
    const QVector<Placed> placed = layoutFor(width);
    return placed.isEmpty() ? 0 : placed.back().box.bottom() + 1;
}

QSize LegendStrip::sizeHint() const {
    const int width = 900;
    return {width, heightForWidth(width)};
}

QSize LegendStrip::minimumSizeHint() const { return {fontMetrics().height() * 8, fontMetrics().height()}; }

void LegendStrip::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateGeometry();
}

void LegendStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    // The charts' pen: 2 px at the normal font, thicker with it (as ChartPlot::lineScale()).
    const double pen = 2.0 * std::max(1.0, font().pointSizeF() / 10.0);
    for (const Placed& p : layoutFor(width())) {
        const Entry& e = entries_[p.entry];
        const QRect mark(p.box.left(), p.box.top(), markWidth(), p.box.height());
        const double mid = mark.center().y() + 0.5;
        switch (e.mark) {
            case Mark::Line:
            case Mark::Dashed:
            case Mark::Dotted: {
                const Qt::PenStyle style = e.mark == Mark::Line ? Qt::SolidLine : e.mark == Mark::Dashed ? Qt::DashLine : Qt::DotLine;
                painter.setPen(QPen(e.color, pen, style, Qt::FlatCap));
                painter.drawLine(QPointF(mark.left() + 1, mid), QPointF(mark.right() - 1, mid));
                break;
            }
            case Mark::Band: {
                QColor fill = e.color;
                fill.setAlpha(60);
                painter.fillRect(QRectF(mark.left() + 1, mark.top() + mark.height() * 0.2, mark.width() - 2, mark.height() * 0.6), fill);
                break;
            }
            case Mark::Marker: {
                painter.setPen(QPen(e.color.darker(160), 1.0));
                painter.setBrush(e.color);
                const double r = metrics.height() * 0.28;
                painter.drawEllipse(QPointF(mark.center().x(), mid), r, r);
                painter.setBrush(Qt::NoBrush);
                break;
            }
        }
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect text(mark.right() + metrics.height() / 3, p.box.top(), p.box.right() - mark.right(), p.box.height());
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
}

}  // namespace gumbel::ui
