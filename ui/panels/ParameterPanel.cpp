#include "core/NumberParsing.h"
#include "ui/panels/ParameterPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "ui/panels/IntegerControl.h"
#include "ui/panels/LogSpinBox.h"
#include "ui/panels/WeightsEditor.h"

namespace gumbel::ui {

namespace {
constexpr int kTauSliderSteps = 600;  // 200 per decade over 0.01 .. 10
constexpr int kLogitTSliderSteps = 400;  // 200 per decade over 0.1 .. 10

// Position t in [0, 1] of a log-scale slider from lo to hi, and back.
double fromLogSlider(double t, double lo, double hi) {
    return std::pow(10.0, std::log10(lo) + t * (std::log10(hi) - std::log10(lo)));
}
int toLogSlider(double value, double lo, double hi, int steps) {
    const double t = (std::log10(value) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
    return std::clamp(static_cast<int>(std::lround(t * steps)), 0, steps);
}
const Preset kPresets[] = {Preset::Uniform, Preset::Zipf, Preset::Geometric, Preset::Dirichlet, Preset::Peaked, Preset::Custom};

QLabel* makeReasonLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet("color: #b00020;");
    label->hide();
    return label;
}

// The preset's name as the list shows it (presetName() is the one session files and --dist use).
QString presetTitle(Preset preset) {
    switch (preset) {
        case Preset::Uniform: return ParameterPanel::tr("uniform");
        case Preset::Zipf: return ParameterPanel::tr("zipf");
        case Preset::Geometric: return ParameterPanel::tr("geometric");
        case Preset::Dirichlet: return ParameterPanel::tr("dirichlet");
        case Preset::Peaked: return ParameterPanel::tr("peaked");
        case Preset::Custom: return ParameterPanel::tr("custom");
    }
    return presetName(preset);
}

void showReason(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
}  // namespace

double ParameterPanel::tauFromSlider(int position) {
    return fromLogSlider(static_cast<double>(position) / kTauSliderSteps, ExplorerLimits::kSliderMinTau,
                         ExplorerLimits::kSliderMaxTau);
}

int ParameterPanel::sliderFromTau(double tau) {
    return toLogSlider(tau, ExplorerLimits::kSliderMinTau, ExplorerLimits::kSliderMaxTau, kTauSliderSteps);
}

double ParameterPanel::logitTemperatureFromSlider(int position) {
    return fromLogSlider(static_cast<double>(position) / kLogitTSliderSteps, ExplorerLimits::kSliderMinLogitT,
                         ExplorerLimits::kSliderMaxLogitT);
}

int ParameterPanel::sliderFromLogitTemperature(double t) {
    return toLogSlider(t, ExplorerLimits::kSliderMinLogitT, ExplorerLimits::kSliderMaxLogitT, kLogitTSliderSteps);
}

ParameterPanel::ParameterPanel(ExplorerState& state, QWidget* parent) : QWidget(parent), state_(state) {
    reason_ = makeReasonLabel();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTemperatureGroup());
    layout->addWidget(buildSizeGroup());
    layout->addWidget(buildDistributionGroup(), 1);
    layout->addWidget(buildSamplingGroup());
    layout->addWidget(reason_);
    connect(&state_, &ExplorerState::changed, this, &ParameterPanel::syncFromState);
    syncFromState(ExplorerState::Changes(0xff));
}

void ParameterPanel::edit(const std::function<void(ExplorerParameters&)>& change) {
    const Status status = state_.apply(change);
    showReason(reason_, status ? QString() : QString::fromStdString(status.error()));
    if (!status) syncFromState(ExplorerState::Changes(0xff));  // back to the valid state
}

QWidget* ParameterPanel::buildTemperatureGroup() {
    auto* group = new QGroupBox(tr("Temperature"));
    auto* form = new QFormLayout(group);
    tauSlider_ = new QSlider(Qt::Horizontal);
    tauSlider_->setRange(0, kTauSliderSteps);
    tauSlider_->setPageStep(kTauSliderSteps / 12);
    tauSlider_->setToolTip(tr("Temperature tau on a log scale from %L1 to %L2. Small tau: nearly one-hot; "
                              "large tau: nearly uniform (1/k). The noise stays fixed while you drag.")
                               .arg(ExplorerLimits::kSliderMinTau)
                               .arg(ExplorerLimits::kSliderMaxTau));
    tauSpin_ = new LogSpinBox;
    tauSpin_->setRange(ExplorerLimits::kMinTau, ExplorerLimits::kMaxTau);
    tauSpin_->setToolTip(tr("Temperature tau; type any value from %1 to %2 (scientific notation works).")
                             .arg(QString::fromStdString(formatLimit(ExplorerLimits::kMinTau)),
                                  QString::fromStdString(formatLimit(ExplorerLimits::kMaxTau))));
    tauReason_ = makeReasonLabel();
    auto* row = new QHBoxLayout;
    row->addWidget(tauSlider_, 3);
    row->addWidget(tauSpin_, 1);
    auto* label = new QLabel(tr("&tau"));
    label->setBuddy(tauSpin_);
    form->addRow(label, row);
    form->addRow(tauReason_);
    connect(tauSlider_, &QSlider::valueChanged, this, [this](int v) { edit([v](ExplorerParameters& p) { p.tau = tauFromSlider(v); }); });
    connect(tauSpin_, &QDoubleSpinBox::valueChanged, this, [this](double v) { edit([v](ExplorerParameters& p) { p.tau = v; }); });
    connect(tauSpin_, &LogSpinBox::reasonChanged, this, [this](const QString& r) { showReason(tauReason_, r); });

    // The other temperature: log p / T before the noise, as language models sample. It changes the winners' law.
    logitTSlider_ = new QSlider(Qt::Horizontal);
    logitTSlider_->setRange(0, kLogitTSliderSteps);
    logitTSlider_->setPageStep(kLogitTSliderSteps / 8);
    logitTSlider_->setAccessibleName(tr("logit temperature T"));
    logitTSlider_->setToolTip(tr("Logit temperature T on a log scale from %L1 to %L2: log p is divided by T before "
                                 "the noise is added, so the winners follow p^(1/T) instead of p. 1 leaves p alone; "
                                 "below 1 sharpens p, above 1 flattens it towards 1/k.")
                                  .arg(ExplorerLimits::kSliderMinLogitT)
                                  .arg(ExplorerLimits::kSliderMaxLogitT));
    logitTSpin_ = new LogSpinBox;
    logitTSpin_->setRange(ExplorerLimits::kMinLogitT, ExplorerLimits::kMaxLogitT);
    logitTSpin_->setToolTip(tr("Logit temperature T; type any value from %L1 to %L2.")
                                .arg(ExplorerLimits::kMinLogitT)
                                .arg(ExplorerLimits::kMaxLogitT));
    auto* logitRow = new QHBoxLayout;
    logitRow->addWidget(logitTSlider_, 3);
    logitRow->addWidget(logitTSpin_, 1);
    auto* logitLabel = new QLabel(tr("log&it T"));
    logitLabel->setBuddy(logitTSpin_);
    form->addRow(logitLabel, logitRow);
    connect(logitTSlider_, &QSlider::valueChanged, this, [this](int v) {
        edit([v](ExplorerParameters& p) { p.logitTemperature = logitTemperatureFromSlider(v); });
    });
    connect(logitTSpin_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](ExplorerParameters& p) { p.logitTemperature = v; }); });
    connect(logitTSpin_, &LogSpinBox::reasonChanged, this, [this](const QString& r) { showReason(tauReason_, r); });
    return group;
}

QWidget* ParameterPanel::buildSizeGroup() {
    auto* group = new QGroupBox(tr("Sizes and noise"));
    auto* form = new QFormLayout(group);
    k_ = new IntegerControl(ExplorerLimits::kMinK, ExplorerLimits::kSliderMaxK, ExplorerLimits::kMaxK);
    k_->setToolTips(tr("k, the number of categories: %1 to %2 on the slider, up to %3 typed.")
                        .arg(ExplorerLimits::kMinK)
                        .arg(ExplorerLimits::kSliderMaxK)
                        .arg(ExplorerLimits::kMaxK));
    k_->setAccessibleNames(tr("k, the number of categories"));
    d_ = new IntegerControl(ExplorerLimits::kMinD, ExplorerLimits::kSliderMaxD, ExplorerLimits::kMaxD);
    d_->setToolTips(tr("d, the number of relaxed one-hot columns in G: %1 to %2 on the slider, up to %3 typed.")
                        .arg(ExplorerLimits::kMinD)
                        .arg(ExplorerLimits::kSliderMaxD)
                        .arg(ExplorerLimits::kMaxD));
    d_->setAccessibleNames(tr("d, the number of columns of G"));
    m_ = new IntegerControl(1, 10, 10);
    m_->setToolTips(tr("m, the number of ones in the m-hot vector S: 1 to the number of categories with p > 0."));
    m_->setAccessibleNames(tr("m, the number of ones in S"));
    seed_ = new QSpinBox;
    seed_->setAccessibleName(tr("seed of the noise"));
    seed_->setRange(0, static_cast<int>(ExplorerLimits::kMaxSeed));
    seed_->setKeyboardTracking(false);
    seed_->setToolTip(tr("Seed of the noise. The same seed always gives the same samples."));
    resample_ = new QPushButton(tr("&Resample"));
    resample_->setToolTip(tr("Draw new noise (the next seed). Shortcut: R"));
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(resample_);
    const auto addRow = [form](const QString& text, QWidget* field, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&k"), k_, k_->spinBox());
    addRow(tr("&d"), d_, d_->spinBox());
    addRow(tr("&m"), m_, m_->spinBox());
    auto* seedHolder = new QWidget;
    seedHolder->setLayout(seedRow);
    seedRow->setContentsMargins(0, 0, 0, 0);
    addRow(tr("s&eed"), seedHolder, seed_);
    noise_ = new QComboBox;
    noise_->addItems({tr("Gumbel (the trick)"), tr("Gaussian, same variance"), tr("uniform, same variance"), tr("none")});
    noise_->setAccessibleName(tr("noise added to log p"));
    noise_->setToolTip(tr("The noise added to log p in G and the histograms. Only Gumbel noise makes the winner "
                          "follow p; the others (of the same variance) show why. The m-hot draws keep Gumbel noise."));
    addRow(tr("n&oise law"), noise_, noise_);
    connect(noise_, &QComboBox::currentIndexChanged, this, [this](int i) {
        edit([i](ExplorerParameters& p) { p.noise = static_cast<NoiseKind>(std::clamp(i, 0, 3)); });
    });
    connect(k_, &IntegerControl::valueChanged, this, [this](int v) { edit([v](ExplorerParameters& p) { p.k = v; }); });
    connect(d_, &IntegerControl::valueChanged, this, [this](int v) { edit([v](ExplorerParameters& p) { p.d = v; }); });
    connect(m_, &IntegerControl::valueChanged, this, [this](int v) { edit([v](ExplorerParameters& p) { p.m = v; }); });
    connect(seed_, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](ExplorerParameters& p) { p.seed = static_cast<std::uint64_t>(v); }); });
    connect(resample_, &QPushButton::clicked, this, [this] {
        edit([](ExplorerParameters& p) { p.seed = p.seed >= static_cast<std::uint64_t>(ExplorerLimits::kMaxSeed) ? 0 : p.seed + 1; });
    });
    return group;
}

QWidget* ParameterPanel::buildDistributionGroup() {
    auto* group = new QGroupBox(tr("Distribution p"));
    auto* layout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    preset_ = new QComboBox;
    for (Preset p : kPresets) preset_->addItem(presetTitle(p));
    preset_->setToolTip(tr("Where p comes from: a named family, or custom weights typed in the table below."));
    presetParameter_ = new QDoubleSpinBox;
    presetParameter_->setDecimals(4);  // peaked q up to 0.9999 (lesson 4)
    presetParameter_->setKeyboardTracking(false);
    presetParameter_->setToolTip(tr("The family's parameter: zipf exponent s, geometric ratio r, dirichlet alpha, "
                                    "or the peaked category's share q."));
    presetParameterLabel_ = new QLabel(tr("&parameter"));
    presetParameterLabel_->setBuddy(presetParameter_);
    auto* presetLabel = new QLabel(tr("pre&set"));
    presetLabel->setBuddy(preset_);
    form->addRow(presetLabel, preset_);
    form->addRow(presetParameterLabel_, presetParameter_);
    method_ = new QComboBox;
    method_->addItems({tr("exact"), tr("rejection")});
    method_->setToolTip(tr("How the m-hot vector avoids repeated winners: 'rejection' discards repeats as in the source "
                           "document; 'exact' draws each column's winner among the categories not yet taken (same distribution)."));
    hard_ = new QCheckBox(tr("&hard (tau -> 0: exact one-hots)"));
    hard_->setToolTip(tr("Show the tau -> 0 limit: each column becomes the exact one-hot at its argmax, so tau no longer "
                         "changes anything shown. (This is not PyTorch's hard=True, which is straight-through: a hard "
                         "sample forwards, the relaxed sample's gradient backwards; the gradient lab shows that one.)"));
    auto* methodLabel = new QLabel(tr("m-hot me&thod"));
    methodLabel->setBuddy(method_);
    form->addRow(methodLabel, method_);
    form->addRow(hard_);
    layout->addLayout(form);
    weights_ = new WeightsEditor;
    layout->addWidget(weights_, 1);
    connect(preset_, &QComboBox::currentIndexChanged, this, [this](int index) {
        const Preset chosen = kPresets[index];
        edit([chosen, this](ExplorerParameters& p) {
            if (chosen == Preset::Custom && p.preset != Preset::Custom) {
                // The weights are p before the logit temperature (which stays applied on top).
                const Result<Distribution> base = p.baseDistribution();
                if (!base) return;
                const Eigen::VectorXd& current = base->probabilities();
                p.customWeights.assign(current.data(), current.data() + current.size());
            }
            p.preset = chosen;
            p.presetParameter = presetDefaultParameter(chosen);
        });
    });
    connect(presetParameter_, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](ExplorerParameters& p) { p.presetParameter = v; }); });
    connect(weights_, &WeightsEditor::weightsEdited, this, [this](const std::vector<double>& w) {
        const Status status = state_.apply([&w](ExplorerParameters& p) {
            p.preset = Preset::Custom;
            p.customWeights = w;
        });
        weights_->showReason(status ? QString() : QString::fromStdString(status.error()));
        if (!status) syncFromState(ExplorerState::Probabilities);
    });
    connect(method_, &QComboBox::currentIndexChanged, this, [this](int i) {
        edit([i](ExplorerParameters& p) { p.method = i == 0 ? MHotMethod::Exact : MHotMethod::Rejection; });
    });
    connect(hard_, &QCheckBox::toggled, this, [this](bool on) { edit([on](ExplorerParameters& p) { p.hard = on; }); });
    return group;
}

QWidget* ParameterPanel::buildSamplingGroup() {
    auto* group = new QGroupBox(tr("Histograms (repeated sampling)"));
    auto* form = new QFormLayout(group);
    samples_ = new QSpinBox;
    samples_->setRange(static_cast<int>(ExplorerLimits::kMinSamples), static_cast<int>(ExplorerLimits::kMaxSamples));
    samples_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    samples_->setGroupSeparatorShown(true);
    samples_->setKeyboardTracking(false);
    samples_->setToolTip(tr("N, the number of samples behind the histograms: %L1 to %L2.")
                             .arg(ExplorerLimits::kMinSamples)
                             .arg(ExplorerLimits::kMaxSamples));
    bins_ = new QSpinBox;
    bins_->setRange(ExplorerLimits::kMinBins, ExplorerLimits::kMaxBins);
    bins_->setKeyboardTracking(false);
    bins_->setToolTip(tr("Number of bins of the value histograms (2) and (3)."));
    category_ = new QSpinBox;
    category_->setKeyboardTracking(false);
    category_->setToolTip(tr("Which category's C_i histogram (2) shows."));
    const auto addRow = [form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&N samples"), samples_);
    addRow(tr("&bins"), bins_);
    addRow(tr("cate&gory i"), category_);
    connect(samples_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](ExplorerParameters& p) { p.samples = v; }); });
    connect(bins_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](ExplorerParameters& p) { p.bins = v; }); });
    connect(category_, &QSpinBox::valueChanged, this, [this](int v) { edit([v](ExplorerParameters& p) { p.category = v; }); });
    return group;
}

void ParameterPanel::syncFromState(ExplorerState::Changes what) {
    const ExplorerParameters& p = state_.parameters();
    const QSignalBlocker b1(tauSlider_), b2(tauSpin_), b3(seed_), b4(preset_), b5(presetParameter_), b6(method_),
        b7(hard_), b8(samples_), b9(bins_), b10(category_), b11(noise_), b12(logitTSlider_), b13(logitTSpin_);
    if (what & ExplorerState::Tau) {
        tauSlider_->setValue(sliderFromTau(p.tau));
        tauSpin_->setValue(p.tau);
    }
    if (what & ExplorerState::Probabilities) {
        logitTSlider_->setValue(sliderFromLogitTemperature(p.logitTemperature));
        logitTSpin_->setValue(p.logitTemperature);
    }
    k_->setValue(p.k);
    d_->setValue(p.d);
    const int support = state_.distribution().supportSize();
    m_->setMaximum(support, std::min(support, 16));
    m_->setValue(p.m);
    seed_->setValue(static_cast<int>(p.seed));
    noise_->setCurrentIndex(static_cast<int>(p.noise));
    preset_->setCurrentIndex(static_cast<int>(p.preset));
    const QString parameterName = presetParameterName(p.preset);
    presetParameter_->setEnabled(!parameterName.isEmpty());
    presetParameterLabel_->setText(parameterName.isEmpty() ? tr("&parameter") : tr("&parameter %1").arg(parameterName));
    switch (p.preset) {
        case Preset::Zipf: presetParameter_->setRange(0.0, 10.0); presetParameter_->setSingleStep(0.1); break;
        case Preset::Geometric: presetParameter_->setRange(0.01, 1.0); presetParameter_->setSingleStep(0.05); break;
        case Preset::Dirichlet: presetParameter_->setRange(0.01, 100.0); presetParameter_->setSingleStep(0.1); break;
        case Preset::Peaked: presetParameter_->setRange(0.01, 0.9999); presetParameter_->setSingleStep(0.01); break;
        default: break;
    }
    presetParameter_->setValue(p.presetParameter);
    method_->setCurrentIndex(p.method == MHotMethod::Exact ? 0 : 1);
    hard_->setChecked(p.hard);
    samples_->setValue(static_cast<int>(p.samples));
    bins_->setValue(p.bins);
    category_->setRange(0, p.k - 1);
    category_->setValue(p.category);
    if (what & (ExplorerState::Probabilities | ExplorerState::Noise)) {
        // The table holds p as set, before the logit temperature: typing a weight never fights T.
        const Result<Distribution> base = p.baseDistribution();
        const Distribution& shownP = base ? base.value() : state_.distribution();
        const Eigen::VectorXd& probabilities = shownP.probabilities();
        const std::vector<double> shown = p.preset == Preset::Custom
                                              ? p.customWeights
                                              : std::vector<double>(probabilities.data(), probabilities.data() + probabilities.size());
        weights_->showWeights(shown, shownP);
    }
}

}  // namespace gumbel::ui
