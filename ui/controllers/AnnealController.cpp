#include "ui/controllers/AnnealController.h"

#include <algorithm>
#include <cmath>

namespace gumbel::ui {

AnnealController::AnnealController(ExplorerState& state, QObject* parent) : QObject(parent), state_(state) {
    timer_.setInterval(33);  // about 30 frames a second
    connect(&timer_, &QTimer::timeout, this, [this] {
        const double seconds = static_cast<double>(clock_.restart()) / 1000.0;
        advance(std::min(seconds, 0.2));
    });
}

void AnnealController::play() {
    if (isPlaying()) return;
    // A fresh run starts at tau = 10; after a pause it resumes where tau is.
    const double tau = state_.parameters().tau;
    if (!resumable_ || tau <= kEndTau * 1.0001 || tau > kStartTau) {
        setTau(kStartTau);
    }
    resumable_ = true;
    clock_.start();
    timer_.start();
    emit playingChanged(true);
}

void AnnealController::pause() {
    if (!isPlaying()) return;
    timer_.stop();
    emit playingChanged(false);
}

void AnnealController::setSpeed(double decadesPerSecond) { speed_ = std::clamp(decadesPerSecond, 0.05, 3.0); }

void AnnealController::advance(double seconds) {
    double tau = state_.parameters().tau * std::pow(10.0, -speed_ * seconds);
    bool finished = false;
    if (tau <= kEndTau) {
        tau = loop_ ? kStartTau : kEndTau;
        finished = !loop_;
    }
    setTau(tau);
    if (finished) {
        pause();
        resumable_ = false;
    }
}

void AnnealController::setTau(double tau) {
    if (const Status status = state_.apply([tau](ExplorerParameters& p) { p.tau = tau; }); !status) {
        pause();
        emit state_.notice(tr("Annealing stopped: %1").arg(QString::fromStdString(status.error())));
    }
}

}  // namespace gumbel::ui
