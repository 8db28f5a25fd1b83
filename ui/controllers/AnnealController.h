#pragma once
// Annealing: moves tau from 10 down to 0.01 on a log scale while the noise
// stays fixed, so every view shows the same sample freezing into one-hots.
// Play, pause, speed (decades per second) and loop.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "ui/model/ExplorerState.h"

namespace gumbel::ui {

class AnnealController : public QObject {
    Q_OBJECT
public:
    static constexpr double kStartTau = ExplorerLimits::kSliderMaxTau;  // the slider's range, from its top
    static constexpr double kEndTau = ExplorerLimits::kSliderMinTau;

    explicit AnnealController(ExplorerState& state, QObject* parent = nullptr);

    bool isPlaying() const { return timer_.isActive(); }
    double speed() const { return speed_; }
    bool loops() const { return loop_; }

    void play();
    void pause();
    void toggle() { isPlaying() ? pause() : play(); }
    void setSpeed(double decadesPerSecond);  // 0.05 .. 3
    void setLoop(bool loop) { loop_ = loop; }
    // One frame of `seconds` (the timer calls it with the measured time; tests call it directly).
    void advance(double seconds);

signals:
    void playingChanged(bool playing);

private:
    // Moves tau; a refusal (it cannot happen for the path's own values) is shown as a notice and stops the run.
    void setTau(double tau);

    ExplorerState& state_;
    QTimer timer_;
    QElapsedTimer clock_;
    double speed_ = 0.5;
    bool loop_ = false;
    bool resumable_ = false;  // paused mid-run: play() continues instead of restarting
};

}  // namespace gumbel::ui
