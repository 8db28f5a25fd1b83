#include "ui/model/LiveSample.h"

namespace gumbel::ui {

void LiveSample::update(const ExplorerParameters& parameters, const Distribution& distribution) {
    const OneHotKind kind = parameters.hard ? OneHotKind::Hard : OneHotKind::Relaxed;
    const Result<OneHotSampler> oneHot = OneHotSampler::create(distribution, parameters.tau, parameters.seed);
    if (oneHot) oneHot->sample(Stream::Matrix, 0, 0, parameters.d, g_.c, kind, &g_.eps);

    MHotSettings settings;
    settings.m = parameters.m;
    settings.method = parameters.method;
    settings.kind = kind;
    // A smaller cap than the engine's: the live view must answer within a frame.
    settings.maxDraws = 100000;
    const Result<MHotSampler> sampler = MHotSampler::create(distribution, parameters.tau, settings, parameters.seed);
    mHotError_.clear();
    if (!sampler) {
        mHotError_ = QString::fromStdString(sampler.error());
    } else if (Status s = sampler->sample(0, mHot_, nullptr, &draws_); !s) {
        mHotError_ = QString::fromStdString(s.error());
    }
    if (!mHotError_.isEmpty()) mHot_ = MHotSample{};
}

}  // namespace gumbel::ui
