#include "ui/model/GradientLab.h"

#include <algorithm>

namespace gumbel::ui {

GradientLab::GradientLab(ExplorerState& state, QObject* parent) : QObject(parent), state_(state) {
    qRegisterMetaType<gumbel::ui::GradientSweepResult>();
    qRegisterMetaType<gumbel::ui::GradientPointResult>();
    qRegisterMetaType<gumbel::ui::GradientRaceResult>();
    connect(&state_, &ExplorerState::changed, this, &GradientLab::stateChanged);
}

GradientLab::~GradientLab() = default;

Status GradientLab::apply(const std::function<void(GradientLabSettings&)>& edit) {
    GradientLabSettings next = settings_;
    edit(next);
    if (Status s = next.validate(state_.parameters().k); !s) return s;
    if (next == settings_) return {};
    // The sweep ignores the component and the race settings; the point ignores the race settings.
    GradientLabSettings sweepPart = next;
    sweepPart.component = settings_.component;
    sweepPart.batch = settings_.batch;
    sweepPart.learningRate = settings_.learningRate;
    sweepPart.steps = settings_.steps;
    sweepPart.anneal = settings_.anneal;
    sweepPart.annealRate = settings_.annealRate;
    sweepPart.tauMin = settings_.tauMin;
    const bool sweepSame = sweepPart == settings_;
    GradientLabSettings pointPart = sweepPart;
    pointPart.component = next.component;
    const bool pointSame = sweepSame && pointPart.component == settings_.component;
    settings_ = next;
    emit settingsChanged();
    restart((sweepSame ? 0 : Sweep) | (pointSame ? 0 : Point) | Race);
    return {};
}

void GradientLab::restore(const GradientLabSettings& settings) {
    settings_ = settings;
    settings_.component = std::clamp(settings_.component, 0, state_.parameters().k - 1);
    emit settingsChanged();
    restart(All);
}

void GradientLab::setActive(bool active) {
    active_ = active;
    if (active_ && stale_ != 0) {
        restart(stale_);
    } else if (!active_) {
        // Stop what runs; it restarts when the lab is shown again.
        if (sweepThread_.busy()) stale_ |= Sweep;
        if (pointThread_.busy()) stale_ |= Point;
        if (raceThread_.busy()) stale_ |= Race;
        sweepThread_.cancel();
        pointThread_.cancel();
        raceThread_.cancel();
    }
}

void GradientLab::stateChanged(ExplorerState::Changes what) {
    using S = ExplorerState;
    if (settings_.component >= state_.parameters().k) {
        settings_.component = state_.parameters().k - 1;
        emit settingsChanged();
    }
    int parts = 0;
    if (what & (S::Probabilities | S::Noise)) parts |= All;
    if (what & S::Tau) parts |= Point | (settings_.anneal ? 0 : Race);
    if (parts != 0) restart(parts);
}

Eigen::VectorXd GradientLab::theta() const { return state_.distribution().logProbabilities(); }

void GradientLab::restart(int parts) {
    if (!active_) {
        stale_ |= parts;
        return;
    }
    stale_ &= ~parts;
    emit restarted();
    const Eigen::VectorXd logits = theta();
    const std::uint64_t seed = state_.parameters().seed;
    const double tau = state_.parameters().tau;
    const GradientLabSettings settings = settings_;
    const int threads = threads_;
    if (parts & Sweep) {
        sweepGeneration_ = sweepThread_.submit([this, logits, settings, seed, threads](const std::atomic<bool>& cancel, quint64 generation) {
            computeGradientSweep(logits, settings, seed, cancel, [&](const GradientSweepResult& r) {
                GradientSweepResult tagged = r;
                tagged.generation = generation;
                sweepBox_.put(std::move(tagged), this, [this](const GradientSweepResult& newest) {
                    if (newest.generation != sweepGeneration_) return;
                    sweep_ = newest;
                    emit sweepUpdated(sweep_);
                });
            }, threads);
        });
    }
    if (parts & Point) {
        pointGeneration_ = pointThread_.submit([this, logits, settings, seed, tau](const std::atomic<bool>& cancel, quint64 generation) {
            computeGradientPoint(logits, settings, tau, seed, cancel, [&](const GradientPointResult& r) {
                GradientPointResult tagged = r;
                tagged.generation = generation;
                pointBox_.put(std::move(tagged), this, [this](const GradientPointResult& newest) {
                    if (newest.generation != pointGeneration_) return;
                    point_ = newest;
                    emit pointUpdated(point_);
                });
            });
        });
    }
    if (parts & Race) {
        raceGeneration_ = raceThread_.submit([this, logits, settings, seed, tau](const std::atomic<bool>& cancel, quint64 generation) {
            computeGradientRace(logits, settings, tau, seed, cancel, [&](const GradientRaceResult& r) {
                GradientRaceResult tagged = r;
                tagged.generation = generation;
                raceBox_.put(std::move(tagged), this, [this](const GradientRaceResult& newest) {
                    if (newest.generation != raceGeneration_) return;
                    race_ = newest;
                    emit raceUpdated(race_);
                });
            });
        });
    }
}

}  // namespace gumbel::ui
