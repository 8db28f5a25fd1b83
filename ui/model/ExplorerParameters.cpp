#include "ui/model/ExplorerParameters.h"

#include <cmath>

#include "core/NumberParsing.h"

namespace gumbel::ui {


QString presetName(Preset preset) {
    switch (preset) {
        case Preset::Uniform: return "uniform";
        case Preset::Zipf: return "zipf";
        case Preset::Geometric: return "geometric";
        case Preset::Dirichlet: return "dirichlet";
        case Preset::Peaked: return "peaked";
        case Preset::Custom: return "custom";
    }
    return "custom";
}

QString presetParameterName(Preset preset) {
    switch (preset) {
        case Preset::Zipf: return "s";
        case Preset::Geometric: return "r";
        case Preset::Dirichlet: return "alpha";
        case Preset::Peaked: return "q";
        default: return {};
    }
}

double presetDefaultParameter(Preset preset) {
    switch (preset) {
        case Preset::Zipf: return 1.0;
        case Preset::Geometric: return 0.5;
        case Preset::Dirichlet: return 1.0;
        case Preset::Peaked: return 0.9;
        default: return 0.0;
    }
}

Result<std::pair<Preset, double>> parsePreset(const QString& text) {
    const QString name = text.section(':', 0, 0);
    for (Preset p : {Preset::Uniform, Preset::Zipf, Preset::Geometric, Preset::Dirichlet, Preset::Peaked}) {
        if (presetName(p) != name) continue;
        if (!text.contains(':')) return std::make_pair(p, presetDefaultParameter(p));
        if (presetParameterName(p).isEmpty()) return Error{"--dist " + name.toStdString() + " takes no parameter"};
        const Result<double> value = parseDouble(text.section(':', 1).toStdString(), "--dist " + name.toStdString());
        if (!value) return Error{value.error()};
        return std::make_pair(p, value.value());
    }
    return Error{"--dist: unknown distribution '" + name.left(40).toStdString() +
                 "' (known: uniform, zipf, geometric, dirichlet, peaked)"};
}

Result<Distribution> ExplorerParameters::distribution() const {
    Result<Distribution> base = baseDistribution();
    if (!base || logitTemperature == 1.0) return base;
    if (!(logitTemperature >= ExplorerLimits::kMinLogitT && logitTemperature <= ExplorerLimits::kMaxLogitT)) {
        return Error{"the logit temperature T = " + formatDouble(logitTemperature) + " is out of range (" +
                     formatRange(ExplorerLimits::kMinLogitT, ExplorerLimits::kMaxLogitT) + ")"};
    }
    const Eigen::VectorXd& logP = base->logProbabilities();
    std::vector<double> logits(static_cast<std::size_t>(logP.size()));
    for (Eigen::Index i = 0; i < logP.size(); ++i) logits[static_cast<std::size_t>(i)] = logP[i] / logitTemperature;  // -inf stays -inf
    return Distribution::fromLogits(logits);
}

Result<Distribution> ExplorerParameters::baseDistribution() const {
    if (preset == Preset::Custom) {
        if (static_cast<int>(customWeights.size()) != k) {
            return Error{"the custom weights have " + std::to_string(customWeights.size()) + " values but k = " +
                         std::to_string(k)};
        }
        return Distribution::fromWeights(customWeights);
    }
    std::string spec = presetName(preset).toStdString();
    if (!presetParameterName(preset).isEmpty()) spec += ":" + formatDouble(presetParameter);
    return Distribution::named(spec, k, seed);
}

Status ExplorerParameters::validate() const {
    using L = ExplorerLimits;
    if (!(tau >= L::kMinTau && tau <= L::kMaxTau)) {
        return Error{"tau = " + formatDouble(tau) + " is out of range (" + formatRange(L::kMinTau, L::kMaxTau) + ")"};
    }
    if (!(logitTemperature >= L::kMinLogitT && logitTemperature <= L::kMaxLogitT)) {
        return Error{"the logit temperature T = " + formatDouble(logitTemperature) + " is out of range (" +
                     formatRange(L::kMinLogitT, L::kMaxLogitT) + ")"};
    }
    if (k < L::kMinK || k > L::kMaxK) {
        return Error{"k = " + std::to_string(k) + " is out of range (" + std::to_string(L::kMinK) + " to " +
                     std::to_string(L::kMaxK) + ")"};
    }
    if (d < L::kMinD || d > L::kMaxD) {
        return Error{"d = " + std::to_string(d) + " is out of range (" + std::to_string(L::kMinD) + " to " +
                     std::to_string(L::kMaxD) + ")"};
    }
    if (samples < L::kMinSamples || samples > L::kMaxSamples) {
        return Error{"N = " + std::to_string(samples) + " samples is out of range (" + std::to_string(L::kMinSamples) +
                     " to " + std::to_string(L::kMaxSamples) + ")"};
    }
    if (bins < L::kMinBins || bins > L::kMaxBins) {
        return Error{"bins = " + std::to_string(bins) + " is out of range (" + std::to_string(L::kMinBins) + " to " +
                     std::to_string(L::kMaxBins) + ")"};
    }
    if (category < 0 || category >= k) {
        return Error{"category " + std::to_string(category) + " does not exist (k = " + std::to_string(k) + ")"};
    }
    const Result<Distribution> p = distribution();
    if (!p) return Error{p.error()};
    return p->checkSubsetSize(m);
}

bool ExplorerParameters::operator==(const ExplorerParameters& o) const {
    return tau == o.tau && k == o.k && d == o.d && m == o.m && seed == o.seed && preset == o.preset &&
           presetParameter == o.presetParameter && customWeights == o.customWeights && method == o.method &&
           hard == o.hard && samples == o.samples && bins == o.bins && category == o.category && noise == o.noise &&
           logitTemperature == o.logitTemperature;
}

}  // namespace gumbel::ui
