#pragma once
// What an annealing animation covers: tau from `fromTau` to `toTau` on a log scale (the noise fixed), in `frames`
// frames of `frameMs` each, the last one held for `holdLastMs` before the loop starts again.
#include "core/Result.h"
#include "ui/model/ExplorerParameters.h"

namespace gumbel::ui {

struct AnimationSettings {
    static constexpr int kMinFrames = 2, kMaxFrames = 600;
    static constexpr int kMinFrameMs = 20, kMaxFrameMs = 10000;

    int frames = 60;
    double fromTau = ExplorerLimits::kSliderMaxTau;  // 10
    double toTau = ExplorerLimits::kSliderMinTau;    // 0.01
    int frameMs = 100;
    int holdLastMs = 1500;

    // The temperature of frame i (0 .. frames - 1): fromTau first, toTau last, evenly spaced in log tau.
    double tauAt(int i) const;
    // Every value in range, named when not.
    [[nodiscard]] Status check() const;
};

}  // namespace gumbel::ui
