#include "ui/views/HeatmapWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <QToolTip>
#include <cmath>

namespace gumbel::ui {

namespace {
constexpr int kColorBarWidth = 14;

// A tick step from {1, 2, 5} x 10^n that leaves at least `minGap` pixels between labels.
int tickStep(int count, double pixels, double minGap) {
    if (count <= 1) return 1;
    const double perCell = pixels / count;
    for (int magnitude = 1;; magnitude *= 10) {
        for (int base : {1, 2, 5}) {
            const int step = base * magnitude;
            if (step * perCell >= minGap || step >= count) return step;
        }
    }
}
}  // namespace

HeatmapWidget::HeatmapWidget(const QString& title, const QString& rowLabel, const QString& columnLabel, QWidget* parent)
    : QWidget(parent), title_(title), rowLabel_(rowLabel), columnLabel_(columnLabel) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(title_);
}

void HeatmapWidget::setMatrix(const Eigen::MatrixXd& values, const Eigen::MatrixXd* noise) {
    placeholder_.clear();
    owner_.reset();
    ownValues_ = values;
    values_ = &ownValues_;
    if (noise != nullptr) {
        ownNoise_ = *noise;
        noise_ = &ownNoise_;
    } else {
        ownNoise_.resize(0, 0);
        noise_ = nullptr;
    }
    const int rows = static_cast<int>(values.rows());
    const int cols = static_cast<int>(values.cols());
    if (image_.width() != cols || image_.height() != rows) image_ = QImage(cols, rows, QImage::Format_RGB32);
    for (int r = 0; r < rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(image_.scanLine(r));
        for (int c = 0; c < cols; ++c) line[c] = map_.color(values(r, c));
    }
    shapeChanged();
    update();
}

void HeatmapWidget::setImage(const QImage& image, const Eigen::MatrixXd* values, const Eigen::MatrixXd* noise,
                             std::shared_ptr<const void> owner) {
    placeholder_.clear();
    owner_ = std::move(owner);
    ownValues_.resize(0, 0);
    ownNoise_.resize(0, 0);
    values_ = values;
    noise_ = noise;
    image_ = image;
    shapeChanged();
    update();
}

void HeatmapWidget::setColumnMarkers(std::vector<int> rowPerColumn) {
    markers_ = std::move(rowPerColumn);
    update();
}

void HeatmapWidget::markColumnWinners(const Eigen::MatrixXd& values) {
    std::vector<int> winners;
    if (values.cols() <= 1000) {
        winners.resize(static_cast<std::size_t>(values.cols()));
        for (Eigen::Index j = 0; j < values.cols(); ++j) {
            Eigen::Index row = 0;
            values.col(j).maxCoeff(&row);
            winners[static_cast<std::size_t>(j)] = static_cast<int>(row);
        }
    }
    setColumnMarkers(std::move(winners));
}

void HeatmapWidget::setTitle(const QString& title) {
    if (title == title_) return;
    title_ = title;
    setAccessibleName(title_);
    update();
}

void HeatmapWidget::setPlaceholder(const QString& text) {
    placeholder_ = text;
    owner_.reset();
    ownValues_.resize(0, 0);
    ownNoise_.resize(0, 0);
    values_ = nullptr;
    noise_ = nullptr;
    image_ = QImage();
    shapeChanged();
    update();
}

int HeatmapWidget::titleLines() const {
    // A title wider than the widget (V's, on a narrow V in presentation mode) takes two lines rather than being cut.
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(title_) > width() - 8 && title_.contains(' ') ? 2 : 1;
}

bool HeatmapWidget::titleFits() const {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QRect needed = metrics.boundingRect(QRect(0, 0, width() - 4, 1000), Qt::AlignHCenter | Qt::TextWordWrap, title_);
    return needed.width() <= width() - 4 && needed.height() <= titleLines() * metrics.height() + 4;
}

QRect HeatmapWidget::cellArea() const {
    const QFontMetrics fm(font());
    const int left = fm.height() + fm.horizontalAdvance("0000") + 10;
    const int top = titleLines() * fm.height() + 8;
    const int bottom = 2 * fm.height() + 10;
    const int right = kColorBarWidth + fm.horizontalAdvance("0.00") + 22;
    return QRect(left, top, std::max(10, width() - left - right), std::max(10, height() - top - bottom));
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(2, 2, width() - 4, titleLines() * fm.height() + 4), Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap,
                     title_);
    painter.setFont(font());
    const QRect cells = cellArea();
    if (image_.isNull()) {
        painter.drawText(cells, Qt::AlignCenter | Qt::TextWordWrap, placeholder_.isEmpty() ? tr("no data") : placeholder_);
        return;
    }
    // Nearest-neighbour when enlarging (crisp cells); smooth when many cells share a pixel.
    const bool shrinking = image_.width() > cells.width() || image_.height() > cells.height();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, shrinking);
    painter.drawImage(cells, image_);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const double cellWidth = static_cast<double>(cells.width()) / std::max(1, columns());
    const double cellHeight = static_cast<double>(cells.height()) / std::max(1, rows());
    if (!markers_.empty() && static_cast<int>(markers_.size()) == columns() && cellWidth >= 5.0 && cellHeight >= 5.0) {
        // White ring with a dark rim: visible on every viridis colour, even 1/k's near-black at large tau.
        painter.setRenderHint(QPainter::Antialiasing);
        for (int c = 0; c < columns(); ++c) {
            const int r = markers_[static_cast<std::size_t>(c)];
            if (r < 0 || r >= rows()) continue;
            const QRectF cell(cells.left() + c * cellWidth, cells.top() + r * cellHeight, cellWidth, cellHeight);
            const QRectF ring = cell.adjusted(1.5, 1.5, -1.5, -1.5);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0, 0, 0, 200), 3.0));
            painter.drawRect(ring);
            painter.setPen(QPen(Qt::white, 1.4));
            painter.drawRect(ring);
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    if (hasFocus() && cursor_.valid()) {
        paintCellCursor(painter, QRectF(cells.left() + cursor_.column() * cellWidth, cells.top() + cursor_.row() * cellHeight,
                                        cellWidth, cellHeight));
    }
    paintAxes(painter, cells);
    paintColorBar(painter, QRect(cells.right() + 12, cells.top(), kColorBarWidth, cells.height()));
}

void HeatmapWidget::paintAxes(QPainter& painter, const QRect& cells) const {
    const QFontMetrics fm(font());
    const int rows = this->rows();
    const int cols = columns();
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    const int rowStep = tickStep(rows, cells.height(), fm.height() * 1.3);
    for (int r = 0; r < rows; r += rowStep) {
        const double y = cells.top() + (r + 0.5) * cells.height() / rows;
        painter.drawLine(QPointF(cells.left() - 4, y), QPointF(cells.left(), y));
        painter.drawText(QRectF(0, y - fm.height() / 2.0, cells.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(r));
    }
    const int colStep = tickStep(cols, cells.width(), fm.horizontalAdvance(QString::number(cols - 1)) + 10);
    for (int c = 0; c < cols; c += colStep) {
        const double x = cells.left() + (c + 0.5) * cells.width() / cols;
        painter.drawLine(QPointF(x, cells.bottom() + 1), QPointF(x, cells.bottom() + 5));
        painter.drawText(QRectF(x - 40, cells.bottom() + 5, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(c));
    }
    // Centred under the cells but free to extend past them ("draw" under a V of two columns).
    const int labelWidth = std::min(width(), std::max(cells.width(), fm.horizontalAdvance(columnLabel_) + 8));
    const int labelLeft = std::clamp(cells.center().x() - labelWidth / 2, 0, std::max(0, width() - labelWidth));
    painter.drawText(QRect(labelLeft, cells.bottom() + 6 + fm.height(), labelWidth, fm.height() + 2),
                     Qt::AlignHCenter | Qt::AlignVCenter, columnLabel_);
    painter.save();
    painter.translate(fm.height() * 0.5 + 1, cells.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-cells.height() / 2, -fm.height() / 2, cells.height(), fm.height()), Qt::AlignCenter, rowLabel_);
    painter.restore();
}

void HeatmapWidget::paintColorBar(QPainter& painter, const QRect& bar) const {
    // The same lookup table as the cells.
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(font());
    gumbel::ui::paintColorBar(painter, QRectF(bar), map_, map_.low(), map_.high());
}

std::pair<int, int> HeatmapWidget::cellAt(const QPoint& position) const {
    const QRect cells = cellArea();
    if (image_.isNull() || !cells.contains(position)) return {-1, -1};
    const int col = std::min(columns() - 1, static_cast<int>(static_cast<qint64>(position.x() - cells.left()) * columns() / cells.width()));
    const int row = std::min(rows() - 1, static_cast<int>(static_cast<qint64>(position.y() - cells.top()) * rows() / cells.height()));
    return {row, col};
}

QString HeatmapWidget::toolTipAt(const QPoint& position) const {
    const auto [row, col] = cellAt(position);
    return row < 0 ? QString() : cellText(row, col);
}

QString HeatmapWidget::cellText(int row, int col) const {
    QString text = QString("%1 %2, %3 %4").arg(rowLabel_).arg(row).arg(columnLabel_).arg(col);
    if (values_ != nullptr && row < values_->rows() && col < values_->cols()) {
        text += "\n" + tr("value = %L1").arg((*values_)(row, col), 0, 'g', 6);
    }
    if (noise_ != nullptr && row < noise_->rows() && col < noise_->cols()) {
        text += "\n" + tr("noise eps = %L1").arg((*noise_)(row, col), 0, 'g', 6);
    }
    return text;
}

void HeatmapWidget::shapeChanged() {
    cursor_.setShape(image_.isNull() ? 0 : rows(), image_.isNull() ? 0 : columns());
    if (hasFocus()) announce();
}

void HeatmapWidget::announce() {
    if (!cursor_.valid()) {
        announceCell(*this, placeholder_.isEmpty() ? title_ : placeholder_);
        return;
    }
    announceCell(*this, QString(cellText(cursor_.row(), cursor_.column())).replace('\n', QLatin1String(", ")));
}

void HeatmapWidget::mousePressEvent(QMouseEvent* event) {
    const auto [row, col] = cellAt(event->position().toPoint());
    if (row >= 0) {
        cursor_.moveTo(row, col);
        announce();
        update();
    }
    QWidget::mousePressEvent(event);
}

bool HeatmapWidget::event(QEvent* event) {
    if (cursor_.handleEvent(*this, event, [this] { announce(); })) return true;
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace gumbel::ui
