#include "ui/views/CellCursor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QStatusTipEvent>
#include <QWidget>
#include <algorithm>

namespace gumbel::ui {

void CellCursor::setShape(int rows, int columns) {
    rows_ = std::max(0, rows);
    columns_ = std::max(0, columns);
    moveTo(row_, column_);
}

void CellCursor::moveTo(int row, int column) {
    row_ = std::clamp(row, 0, std::max(0, rows_ - 1));
    column_ = std::clamp(column, 0, std::max(0, columns_ - 1));
}

bool CellCursor::handleKey(const QKeyEvent& event) {
    if (!valid() || (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) return false;
    switch (event.key()) {
        case Qt::Key_Left: moveTo(row_, column_ - 1); return true;
        case Qt::Key_Right: moveTo(row_, column_ + 1); return true;
        case Qt::Key_Up: moveTo(row_ - 1, column_); return true;
        case Qt::Key_Down: moveTo(row_ + 1, column_); return true;
        case Qt::Key_Home: moveTo(row_, 0); return true;
        case Qt::Key_End: moveTo(row_, columns_ - 1); return true;
        case Qt::Key_PageUp: moveTo(0, column_); return true;
        case Qt::Key_PageDown: moveTo(rows_ - 1, column_); return true;
        default: return false;
    }
}

bool CellCursor::handleEvent(QWidget& view, QEvent* event, const std::function<void()>& announce) {
    switch (event->type()) {
        case QEvent::KeyPress:
            if (!handleKey(*static_cast<QKeyEvent*>(event))) return false;
            announce();
            view.update();
            event->accept();
            return true;
        case QEvent::FocusIn:
            announce();
            view.update();
            return false;
        case QEvent::FocusOut:
            view.update();
            return false;
        default:
            return false;
    }
}

void announceCell(QWidget& widget, const QString& text) {
    widget.setAccessibleDescription(text);  // tells assistive technology that it changed
    QStatusTipEvent tip(text);
    QApplication::sendEvent(&widget, &tip);  // travels up to the main window's status bar
}

void paintCellCursor(QPainter& painter, const QRectF& cell) {
    // At least 7 pixels across, so that it shows on a heatmap of thousands of columns too.
    const QPointF centre = cell.center();
    const QRectF frame = QRectF(0, 0, std::max(7.0, cell.width()), std::max(7.0, cell.height())).translated(
        centre - QPointF(std::max(7.0, cell.width()) / 2.0, std::max(7.0, cell.height()) / 2.0));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 3.0));
    painter.drawRect(frame.adjusted(-1.0, -1.0, 1.0, 1.0));
    painter.setPen(QPen(Qt::white, 1.0, Qt::DashLine));
    painter.drawRect(frame.adjusted(-1.0, -1.0, 1.0, 1.0));
    painter.restore();
}

}  // namespace gumbel::ui
