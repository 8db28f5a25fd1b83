#pragma once
// Keyboard use of a custom-painted view: a cursor over its cells (a heatmap's rows and columns, a bar chart's
// bars, the simplex's samples). Arrows move it, Home and End jump to the ends of the row, Page Up and Page Down
// to the ends of the column. The view draws the cursor while it has focus and reads the cell out with
// announceCell(): as its accessible description (screen readers) and in the window's status bar.
#include <QString>
#include <functional>

class QEvent;
class QKeyEvent;
class QPainter;
class QRectF;
class QWidget;

namespace gumbel::ui {

class CellCursor {
public:
    // Keeps the cursor inside the new shape (an empty shape: no cell).
    void setShape(int rows, int columns);
    // True when the key is one of the cursor's (then the view repaints and reads the cell out).
    bool handleKey(const QKeyEvent& event);
    // The view's keyboard events, called first from its event(): a cursor key moves the cursor, then `announce`
    // reads the cell out and the view repaints (true: the event is taken); focus in announces and repaints, focus
    // out repaints (false: the view handles them too).
    bool handleEvent(QWidget& view, QEvent* event, const std::function<void()>& announce);
    bool valid() const { return rows_ > 0 && columns_ > 0; }
    int row() const { return row_; }
    int column() const { return column_; }
    void moveTo(int row, int column);

private:
    int rows_ = 0, columns_ = 0;
    int row_ = 0, column_ = 0;
};

// The cell's text as the widget's accessible description and as a status tip (shown by the main window's status
// bar, like a menu entry's).
void announceCell(QWidget& widget, const QString& text);
// The cursor: a white frame inside a black one, visible on every colour of the views.
void paintCellCursor(QPainter& painter, const QRectF& cell);

}  // namespace gumbel::ui
