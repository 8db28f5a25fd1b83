#include "ui/animation/AnimationSettings.h"

#include <QString>
#include <cmath>

namespace gumbel::ui {

double AnimationSettings::tauAt(int i) const {
    if (i <= 0 || frames < 2) return fromTau;
    if (i >= frames - 1) return toTau;
    const double t = static_cast<double>(i) / (frames - 1);
    return std::exp(std::log(fromTau) + t * (std::log(toTau) - std::log(fromTau)));
}

Status AnimationSettings::check() const {
    if (frames < kMinFrames || frames > kMaxFrames) {
        return Error{QString("the number of frames must be from %1 to %2, not %3").arg(kMinFrames).arg(kMaxFrames).arg(frames).toStdString()};
    }
    for (const auto& [name, tau] : {std::pair{"start", fromTau}, std::pair{"end", toTau}}) {
        if (!(tau >= ExplorerLimits::kMinTau && tau <= ExplorerLimits::kMaxTau)) {
            return Error{QString("the %1 temperature must be from %2 to %3, not %4")
                             .arg(QString::fromLatin1(name))
                             .arg(ExplorerLimits::kMinTau)
                             .arg(ExplorerLimits::kMaxTau)
                             .arg(tau)
                             .toStdString()};
        }
    }
    if (fromTau == toTau) return Error{QString("the start and end temperatures are equal (%1): nothing would move").arg(fromTau).toStdString()};
    if (frameMs < kMinFrameMs || frameMs > kMaxFrameMs) {
        return Error{QString("a frame must last from %1 to %2 ms, not %3").arg(kMinFrameMs).arg(kMaxFrameMs).arg(frameMs).toStdString()};
    }
    if (holdLastMs < 0 || holdLastMs > kMaxFrameMs) {
        return Error{QString("the last frame may be held from 0 to %1 ms, not %2").arg(kMaxFrameMs).arg(holdLastMs).toStdString()};
    }
    return {};
}

}  // namespace gumbel::ui
