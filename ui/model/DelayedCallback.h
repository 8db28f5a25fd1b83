#pragma once
// Coalesces bursts (a dragged slider) into one call after a short quiet time:
// a single-shot QTimer restarted on every trigger (PlotJuggler's idea).
#include <QObject>
#include <QTimer>
#include <functional>
#include <utility>

namespace gumbel::ui {

class DelayedCallback : public QObject {
public:
    DelayedCallback(int milliseconds, std::function<void()> callback, QObject* parent = nullptr)
        : QObject(parent), callback_(std::move(callback)) {
        timer_.setSingleShot(true);
        timer_.setInterval(milliseconds);
        connect(&timer_, &QTimer::timeout, this, [this] { callback_(); });
    }
    void trigger() { timer_.start(); }
    bool pending() const { return timer_.isActive(); }
    void flush() {
        if (timer_.isActive()) {
            timer_.stop();
            callback_();
        }
    }

private:
    QTimer timer_;
    std::function<void()> callback_;
};

}  // namespace gumbel::ui
