#pragma once
// The gradient lab's part of the document: its settings, and its four computations (the sweep against tau, the
// statistics at the current tau, the optimisation race, decoupled straight-through's (tau_f, tau_b) map when shown) on background threads, the latest request winning and
// partial results arriving through one-slot mailboxes. theta = log p, the current tau and the seed come from the
// explorer's state; a change there or in the settings restarts what depends on it. Nothing runs until a view asks
// (setActive), so the lab costs nothing while it is not shown.
#include <QObject>
#include <algorithm>
#include <functional>
#include <thread>

#include "ui/model/DecoupledMapJob.h"
#include "ui/model/ExplorerState.h"
#include "ui/model/GradientLabJobs.h"
#include "ui/model/GradientLabSettings.h"
#include "ui/model/LatestComputation.h"

namespace gumbel::ui {

class GradientLab : public QObject {
    Q_OBJECT
public:
    explicit GradientLab(ExplorerState& state, QObject* parent = nullptr);
    ~GradientLab() override;

    const GradientLabSettings& settings() const { return settings_; }
    // Edits a copy, validates it against the current k, commits it (restarting what depends on it) or returns why not.
    [[nodiscard]] Status apply(const std::function<void(GradientLabSettings&)>& edit);
    // Replaces the settings without a check of k (a session being opened; the component is clamped).
    void restore(const GradientLabSettings& settings);

    // While active, every change restarts the computations; when inactive nothing runs.
    void setActive(bool active);
    bool active() const { return active_; }
    void setThreads(int threads) { threads_ = threads; }

    // The last results delivered (generation 0: none yet).
    const GradientSweepResult& lastSweep() const { return sweep_.last(); }
    const GradientPointResult& lastPoint() const { return point_.last(); }
    const GradientRaceResult& lastRace() const { return race_.last(); }
    const DecoupledMapResult& lastMap() const { return map_.last(); }
    bool sweepComplete() const { return sweep_.complete(); }
    bool mapComplete() const { return map_.complete(); }
    // The sweep, the statistics at the current tau, the race and (when shown) the map finished for the settings.
    bool complete() const {
        return stale_ == 0 && sweep_.complete() && point_.complete() && race_.complete() &&
               (!settings_.mapShown() || map_.complete());
    }

signals:
    void settingsChanged();
    void sweepUpdated(const gumbel::ui::GradientSweepResult& result);
    void pointUpdated(const gumbel::ui::GradientPointResult& result);
    void raceUpdated(const gumbel::ui::GradientRaceResult& result);
    void mapUpdated(const gumbel::ui::DecoupledMapResult& result);
    void restarted();  // new computations began: what is shown is being replaced

private:
    enum Part { Sweep = 1, Point = 2, Race = 4, Map = 8, All = 15 };
    void stateChanged(ExplorerState::Changes what);
    void restart(int parts);
    Eigen::VectorXd theta() const;

    ExplorerState& state_;
    GradientLabSettings settings_;
    bool active_ = false;
    int threads_ = std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1);  // all cores but one
    int stale_ = All;
    LatestComputation<GradientSweepResult> sweep_{this, [this](const GradientSweepResult& r) { emit sweepUpdated(r); }};
    LatestComputation<GradientPointResult> point_{this, [this](const GradientPointResult& r) { emit pointUpdated(r); }};
    LatestComputation<GradientRaceResult> race_{this, [this](const GradientRaceResult& r) { emit raceUpdated(r); }};
    LatestComputation<DecoupledMapResult> map_{this, [this](const DecoupledMapResult& r) { emit mapUpdated(r); }};
};

}  // namespace gumbel::ui

Q_DECLARE_METATYPE(gumbel::ui::GradientSweepResult)
Q_DECLARE_METATYPE(gumbel::ui::GradientPointResult)
Q_DECLARE_METATYPE(gumbel::ui::GradientRaceResult)
Q_DECLARE_METATYPE(gumbel::ui::DecoupledMapResult)
