#include "ui/model/GradientLab.h"

#include <algorithm>

namespace gumbel::ui {

GradientLab::GradientLab(ExplorerState& state, QObject* parent) : QObject(parent), state_(state) {
    qRegisterMetaType<gumbel::ui::GradientSweepResult>();
    qRegisterMetaType<gumbel::ui::GradientPointResult>();
    qRegisterMetaType<gumbel::ui::GradientRaceResult>();
    qRegisterMetaType<gumbel::ui::DecoupledMapResult>();
    connect(&state_, &ExplorerState::changed, this, &GradientLab::stateChanged);
}

GradientLab::~GradientLab() = default;

Status GradientLab::apply(const std::function<void(GradientLabSettings&)>& edit) {
    GradientLabSettings next = settings_;
    edit(next);
    if (Status s = next.validate(state_.parameters().k); !s) return s;
    if (next == settings_) return {};
    GradientLabSettings cloudOnly = settings_;
    cloudOnly.microscopeCloud = next.microscopeCloud;
    if (cloudOnly == next) {  // the microscope's cloud: nothing the lab computes depends on it
        settings_ = next;
        emit settingsChanged();
        return {};
    }
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
    // The map depends on the objective, and runs only while shown.
    GradientLabSettings mapPart = settings_;
    mapPart.preset = next.preset;
    mapPart.target = next.target;
    mapPart.weights = next.weights;
    const bool mapSame = mapPart == settings_ && next.mapShown() == settings_.mapShown();
    settings_ = next;
    emit settingsChanged();
    restart((sweepSame ? 0 : Sweep) | (pointSame ? 0 : Point) | Race | (mapSame ? 0 : Map));
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
        // Stop what runs; it restarts when the lab is shown again. What finished stays (its last result may
        // still be on its way to this thread).
        const auto stop = [this](auto& computation, Part part) {
            if (!computation.busy()) return;
            computation.cancel();
            stale_ |= part;
        };
        stop(sweep_, Sweep);
        stop(point_, Point);
        stop(race_, Race);
        stop(map_, Map);
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
        sweep_.start([logits, settings, seed, threads](const std::atomic<bool>& cancel, const auto& publish) {
            computeGradientSweep(logits, settings, seed, cancel, publish, threads);
        });
    }
    if (parts & Point) {
        point_.start([logits, settings, seed, tau](const std::atomic<bool>& cancel, const auto& publish) {
            computeGradientPoint(logits, settings, tau, seed, cancel, publish);
        });
    }
    if (parts & Race) {
        race_.start([logits, settings, seed, tau](const std::atomic<bool>& cancel, const auto& publish) {
            computeGradientRace(logits, settings, tau, seed, cancel, publish);
        });
    }
    if ((parts & Map) && settings.mapShown()) {
        map_.start([logits, settings, seed, threads](const std::atomic<bool>& cancel, const auto& publish) {
            computeDecoupledMap(logits, settings, seed, cancel, publish, threads);
        });
    } else if (parts & Map) {
        map_.cancel();  // not shown: nothing to compute
        map_.clearLast();
    }
}

}  // namespace gumbel::ui
