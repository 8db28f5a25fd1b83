#pragma once
// Everything a person sets in Gumbel Explorer, as plain values. One place
// for the limits, the defaults and the check of a whole state.
#include <QString>
#include <cstdint>
#include <vector>

#include "core/Distribution.h"
#include "core/MHotSampler.h"
#include "core/NoiseField.h"
#include "core/Result.h"

namespace gumbel::ui {

enum class Preset { Uniform, Zipf, Geometric, Dirichlet, Peaked, Custom };

struct ExplorerLimits {
    static constexpr double kMinTau = 1e-4, kMaxTau = 1e3;
    static constexpr double kSliderMinTau = 0.01, kSliderMaxTau = 10.0;
    // The sweep goes two decades past the slider: at tau = 10 E[C_i] is still visibly off 1/k.
    static constexpr double kSweepMinTau = 0.01, kSweepMaxTau = 1000.0;
    static constexpr int kMinK = 2, kMaxK = 1000, kSliderMaxK = 64;
    static constexpr int kMinD = 1, kMaxD = 10000, kSliderMaxD = 512;
    static constexpr long long kMinSamples = 1000, kMaxSamples = 10000000;
    static constexpr int kMinBins = 5, kMaxBins = 200;
    static constexpr long long kMaxSeed = 2147483647;  // what a spin box holds; sessions and the command line agree
    // The logit temperature T divides log p before the noise (language-model sampling): winners follow p^(1/T).
    static constexpr double kMinLogitT = 0.05, kMaxLogitT = 20.0;
    static constexpr double kSliderMinLogitT = 0.1, kSliderMaxLogitT = 10.0;
};

struct ExplorerParameters {
    double tau = 0.1;
    int k = 10;
    int d = 32;
    int m = 3;
    std::uint64_t seed = 0;
    Preset preset = Preset::Zipf;
    double presetParameter = 1.0;       // zipf s, geometric r, dirichlet alpha, peaked q
    std::vector<double> customWeights;  // the k weights when preset == Custom
    MHotMethod method = MHotMethod::Exact;
    bool hard = false;
    long long samples = 100000;
    int bins = 40;
    int category = 0;  // whose C_i histogram is shown
    NoiseKind noise = NoiseKind::Gumbel;  // of the one-hots (G, the histograms, the simplex); "why Gumbel?"
    // Divides log p before sampling: every view samples from p^(1/T) / Z. 1 leaves p alone.
    double logitTemperature = 1.0;

    // The distribution the views sample from, p^(1/T) / Z, or why there is none.
    Result<Distribution> distribution() const;
    // p as the preset or the weights give it, before the logit temperature.
    Result<Distribution> baseDistribution() const;
    // Checks every value against ExplorerLimits; m against the support of p.
    Status validate() const;

    bool operator==(const ExplorerParameters& other) const;
    bool operator!=(const ExplorerParameters& other) const { return !(*this == other); }
};

QString presetName(Preset preset);           // "zipf"
QString presetParameterName(Preset preset);  // "s", or empty when there is none
double presetDefaultParameter(Preset preset);
// "zipf" -> Preset; also accepts "zipf:1.5" and sets the parameter.
Result<std::pair<Preset, double>> parsePreset(const QString& text);

}  // namespace gumbel::ui
