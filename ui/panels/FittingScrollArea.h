#pragma once
// A vertical scroll area as wide as its content wants to be, at every font size: a dock holding it is never made so
// narrow that the content is cut at the right (presentation mode's larger fonts clipped "Resample" and the tau box
// when the width was fixed once at start-up). Only the height scrolls.
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace gumbel::ui {

class FittingScrollArea : public QScrollArea {
public:
    explicit FittingScrollArea(QWidget* content, QWidget* parent = nullptr) : QScrollArea(parent) {
        setWidget(content);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        content->installEventFilter(this);
    }

    QSize minimumSizeHint() const override {
        const int width = widget()->sizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
        return {width, QScrollArea::minimumSizeHint().height()};
    }
    QSize sizeHint() const override { return {minimumSizeHint().width(), QScrollArea::sizeHint().height()}; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == widget() && event->type() == QEvent::LayoutRequest) updateGeometry();  // a font change, say
        return QScrollArea::eventFilter(watched, event);
    }
};

}  // namespace gumbel::ui
