#include "ui/model/ExplorerState.h"

#include <algorithm>

namespace gumbel::ui {

ExplorerState::ExplorerState(QObject* parent)
    : QObject(parent), distribution_(ExplorerParameters().distribution().value()) {}

Status ExplorerState::apply(const std::function<void(ExplorerParameters&)>& edit) {
    ExplorerParameters next = parameters_;
    edit(next);
    QString note;
    if (next.preset == Preset::Custom && static_cast<int>(next.customWeights.size()) != next.k &&
        next.k >= ExplorerLimits::kMinK && next.k <= ExplorerLimits::kMaxK) {
        // Keep the weights a person typed; new categories start at weight 1.
        next.customWeights.resize(static_cast<std::size_t>(next.k), 1.0);
    }
    next.category = std::clamp(next.category, 0, std::max(0, next.k - 1));
    const Result<Distribution> p = next.distribution();
    if (p && next.m > p->supportSize()) {
        next.m = p->supportSize();
        note = tr("m lowered to %1: only %1 categories have p > 0").arg(next.m);
    }
    if (Status s = next.validate(); !s) return s;
    if (next == parameters_) return {};

    Changes what;
    const ExplorerParameters& old = parameters_;
    if (next.tau != old.tau) what |= Tau;
    if (next.seed != old.seed) what |= Noise;
    if (next.noise != old.noise) what |= NoiseLaw;
    if (next.k != old.k || next.preset != old.preset || next.presetParameter != old.presetParameter ||
        next.customWeights != old.customWeights || next.logitTemperature != old.logitTemperature || (next.preset == Preset::Dirichlet && next.seed != old.seed)) {
        what |= Probabilities;
    }
    if (next.d != old.d) what |= Columns;
    if (next.m != old.m || next.method != old.method) what |= MHot;
    if (next.hard != old.hard) what |= Kind;
    if (next.samples != old.samples || next.bins != old.bins) what |= Sampling;
    if (next.category != old.category) what |= Category;

    parameters_ = std::move(next);
    distribution_ = p.value();
    emit changed(what);
    if (!note.isEmpty()) emit notice(note);
    return {};
}

}  // namespace gumbel::ui
