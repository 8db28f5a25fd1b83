#include "ui/views/ColorBar.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include "ui/text/Language.h"

namespace gumbel::ui {

void paintColorBar(QPainter& painter, const QRectF& bar, const ColorMap& map, double low, double high, char format,
                   int precision) {
    QImage strip(1, 256, QImage::Format_RGB32);
    for (int i = 0; i < 256; ++i) strip.setPixel(0, 255 - i, map.entry(i));
    painter.drawImage(bar, strip);
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    const QFontMetricsF fm(painter.font());
    for (double t : {0.0, 0.5, 1.0}) {
        const double y = bar.bottom() - t * bar.height();
        painter.drawLine(QPointF(bar.right() + 1, y), QPointF(bar.right() + 4, y));
        painter.drawText(QRectF(bar.right() + 6, y - fm.height() / 2.0, 80, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         displayNumber(low + t * (high - low), format, precision));
    }
    painter.restore();
}

}  // namespace gumbel::ui
