#include "ui/views/GradientLabView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/charts/ChartPlot.h"
#include "ui/panels/FittingScrollArea.h"
#include "ui/views/GradientBars.h"
#include "ui/views/LegendStrip.h"
#include "ui/views/Palette.h"
#include "ui/views/TauMapWidget.h"

namespace gumbel::ui {

namespace {
constexpr double kTauMin = GradientLabLimits::kSweepTauMin;
constexpr double kTauMax = GradientLabLimits::kSweepTauMax;
constexpr int kRaceFrames = 150;  // a race plays out in about five seconds at 30 frames a second
constexpr double kBandWidth = 2.0;  // standard errors each side

std::size_t index(Estimator e) { return static_cast<std::size_t>(e); }
bool shows(unsigned estimators, Estimator e) { return (estimators & (1u << static_cast<int>(e))) != 0; }
QColor referenceColor() { return palette::reference(); }
QColor belowNoiseColor() { return palette::muted(); }
QColor raceColor() { return palette::race(); }
}  // namespace

bool GradientLabView::distinguishableFromZero(double estimate, double standardError) {
    return std::isfinite(estimate) && std::isfinite(standardError) && estimate - kBandWidth * standardError > 0.0;
}

GradientLabView::GradientLabView(QWidget* controls, QWidget* parent)
    : QWidget(parent),
      bias_(new ChartPlot(tr("Bias^2: estimate \u00b1 2 SE"), tr("tau (log scale)"), tr("bias^2 (log scale)"), nullptr,
                          ChartPlot::Scale::Log, ChartPlot::Scale::Log)),
      variance_(new ChartPlot(tr("Variance: sum of Var g_i"), tr("tau (log scale)"), tr("variance (log scale)"),
                              nullptr, ChartPlot::Scale::Log, ChartPlot::Scale::Log)),
      mse_(new ChartPlot(tr("MSE of a mean of B"), tr("tau (log scale)"), tr("MSE (log scale)"), nullptr,
                         ChartPlot::Scale::Log, ChartPlot::Scale::Log)),
      map_(new TauMapWidget),
      mseOrMap_(new QStackedWidget),
      mapButton_(new QToolButton),
      bars_(new GradientBars),
      density_(new ChartPlot(tr("Distribution of one component"), tr("estimate of g_i"), tr("density"))),
      race_(new ChartPlot(tr("SGD race: exact loss"), tr("SGD step t"), tr("L(theta_t)"))),
      legend_(new LegendStrip),
      settingsButton_(new QToolButton),
      status_(new QLabel),
      progress_(new QProgressBar),
      play_(new QPushButton(tr("Pause"))),
      raceStatus_(new QLabel),
      raceTimer_(new QTimer(this)) {
    setAccessibleName(tr("Gradient lab"));
    legend_->setAccessibleName(tr("Legend of the gradient lab's charts"));
    status_->setWordWrap(true);
    progress_->setToolTip(tr("tau points computed so far"));
    progress_->setMaximumHeight(progress_->fontMetrics().height());
    play_->setToolTip(tr("Play or pause the race; it starts again whenever a setting changes"));
    for (ChartPlot* chart : {bias_, variance_, mse_, density_, race_}) chart->setLegendVisible(false);
    density_->setXTickCount(4);  // its labels are long (-0.0968): six of them overlap in a third of the window
    race_->setXTickCount(4);

    settingsButton_->setText(tr("Lab settings"));
    settingsButton_->setCheckable(true);
    settingsButton_->setChecked(true);
    settingsButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    settingsButton_->setArrowType(Qt::LeftArrow);
    settingsButton_->setToolTip(tr("Show or hide the lab's settings (objective, estimators, samples, race); hidden in "
                                   "presentation mode so that the charts get the width"));
    auto* scroll = new FittingScrollArea(controls);  // as wide as the controls at every font size, no wider
    scroll->setAccessibleName(tr("Gradient lab settings"));
    scroll->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    settings_ = scroll;
    connect(settingsButton_, &QToolButton::toggled, this, &GradientLabView::setSettingsVisible);

    raceStatus_->setWordWrap(true);  // a long status must not widen its column at the other charts' expense
    auto* raceBox = new QWidget;
    auto* raceLayout = new QVBoxLayout(raceBox);
    raceLayout->setContentsMargins(0, 0, 0, 0);
    raceLayout->addWidget(race_, 1);
    auto* raceRow = new QHBoxLayout;
    raceRow->addWidget(play_);
    raceRow->addWidget(raceStatus_, 1);
    raceLayout->addLayout(raceRow);

    mapButton_->setText(tr("tau_f x tau_b map"));
    mapButton_->setCheckable(true);
    mapButton_->setToolTip(tr("Decoupled straight-through: its MSE over the forward and the backward temperature, in "
                              "place of the MSE chart"));
    mapButton_->hide();
    connect(mapButton_, &QToolButton::toggled, this, &GradientLabView::mapToggled);
    connect(map_, &TauMapWidget::cellChosen, this, &GradientLabView::mapCellChosen);
    mseOrMap_->addWidget(mse_);
    mseOrMap_->addWidget(map_);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(settingsButton_);
    buttons->addWidget(mapButton_);
    buttons->addStretch();
    auto* header = new QHBoxLayout;
    header->addLayout(buttons);
    header->addWidget(legend_, 1);
    auto* grid = new QGridLayout;
    grid->addWidget(bias_, 0, 0);
    grid->addWidget(variance_, 0, 1);
    grid->addWidget(mseOrMap_, 0, 2);
    grid->addWidget(bars_, 1, 0);
    grid->addWidget(density_, 1, 1);
    grid->addWidget(raceBox, 1, 2);
    grid->setRowStretch(0, 5);  // the curves against tau carry the lesson: a little more height than the row below
    grid->setRowStretch(1, 4);
    for (int column = 0; column < 3; ++column) grid->setColumnStretch(column, 1);  // no chart squeezed by another
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(status_, 3);
    bottom->addWidget(progress_, 1);
    auto* charts = new QVBoxLayout;
    charts->addLayout(header);
    charts->addLayout(grid, 1);
    charts->addLayout(bottom);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(charts, 1);

    raceTimer_->setInterval(33);
    connect(raceTimer_, &QTimer::timeout, this, [this] {
        const int total = raceResult_.steps;
        revealed_ = std::min(total, revealed_ + std::max(1, std::max(total, 1) / kRaceFrames));
        drawRace();
        if (raceResult_.finished && revealed_ >= total) setRacePlaying(false);
    });
    connect(play_, &QPushButton::clicked, this, [this] {
        const bool playing = raceTimer_->isActive();
        if (!playing && revealed_ >= raceResult_.steps) revealed_ = 0;  // at the end: play it again
        setRacePlaying(!playing);
    });
    // Every series exists before the first result arrives: creating them (Qt Charts' items) then would block the
    // event loop once, when the lab is first shown.
    for (Estimator e : allEstimators()) {
        const int slot = static_cast<int>(e);
        bias_->setBand(kBandSlot + slot, {}, {}, estimatorTitle(e), estimatorColor(e));
        for (ChartPlot* chart : {bias_, variance_, mse_, density_, race_}) {
            chart->setCurve(slot, {}, ChartPlot::Style::Line, estimatorTitle(e), estimatorColor(e));
        }
        for (ChartPlot* chart : {bias_, variance_, mse_}) {
            chart->setCurve(kExactSlot + slot, {}, ChartPlot::Style::Dashed, estimatorTitle(e), estimatorColor(e));
        }
    }
    bias_->setBand(BelowNoise, {}, {}, tr("below noise"), belowNoiseColor());
    for (ChartPlot* chart : {bias_, variance_, mse_}) {
        chart->setCurve(Guide, {}, ChartPlot::Style::Dashed, tr("||g*||^2"), palette::exact());
        chart->setCurve(Marker, {}, ChartPlot::Style::Dotted, tr("current tau"), referenceColor());
    }
    density_->setCurve(ExactLine, {}, ChartPlot::Style::Dashed, tr("exact"), palette::exact());
    race_->setCurve(ExactDescent, {}, ChartPlot::Style::Dashed, tr("exact gradient"), palette::exact());
    race_->setCurve(BestVertex, {}, ChartPlot::Style::Dotted, tr("best vertex min_j f(e_j)"), referenceColor());
    clear();
    updateLegend();
}

void GradientLabView::setSettingsVisible(bool visible) {
    settings_->setVisible(visible);
    settingsButton_->setArrowType(visible ? Qt::LeftArrow : Qt::RightArrow);
    if (settingsButton_->isChecked() != visible) settingsButton_->setChecked(visible);
}

bool GradientLabView::settingsVisible() const { return !settings_->isHidden(); }

QString GradientLabView::statusText() const { return status_->text(); }

void GradientLabView::updateLegend() {
    QVector<LegendStrip::Entry> entries;
    const unsigned shown = sweep_.estimators != 0 ? sweep_.estimators : (1u << kLabEstimatorCount) - 1;
    for (Estimator e : allEstimators()) {
        if (shows(shown, e)) entries.push_back({LegendStrip::Mark::Line, estimatorColor(e), estimatorTitle(e)});
    }
    entries.push_back({LegendStrip::Mark::Dashed, palette::exact(), tr("exact: g*, ||g*||^2, exact gradient descent")});
    if (sweep_.exact.available) {
        entries.push_back({LegendStrip::Mark::Dashed, palette::muted().darker(150),
                           tr("dashed in an estimator's colour: its exact curve (k = 2)")});
    }
    entries.push_back({LegendStrip::Mark::Band, palette::muted().darker(150), tr("\u00b1 2 standard errors")});
    entries.push_back({LegendStrip::Mark::Band, belowNoiseColor(), tr("grey strip: below noise (within 2 SE of 0)")});
    entries.push_back({LegendStrip::Mark::Dotted, referenceColor(), tr("current tau; best vertex")});
    if (raceAnneals()) {
        entries.push_back({LegendStrip::Mark::Dashed, raceColor(), tr("tau_t of the race")});
    }
    if (mapShown()) {
        entries.push_back({LegendStrip::Mark::Dashed, palette::muted().darker(150),
                           tr("map: tau_f = tau_b (relaxed); ring: now; frame: lowest")});
    }
    legend_->setEntries(entries);
}

void GradientLabView::setRacePlaying(bool playing) {
    if (playing) {
        raceTimer_->start();
    } else {
        raceTimer_->stop();
        drawRace();
    }
    play_->setText(playing ? tr("Pause") : tr("Play"));
}

void GradientLabView::revealWholeRace() {
    revealed_ = raceResult_.steps;
    setRacePlaying(false);
}

void GradientLabView::clear() {
    sweep_ = GradientSweepResult{};
    progress_->setValue(0);
    status_->setText(tr("Computing..."));
}

void GradientLabView::showMap(const DecoupledMapResult& result) { map_->showResult(result); }

void GradientLabView::setMapState(bool available, bool shown, double tauB) {
    tauB_ = tauB;
    mapButton_->setVisible(available);
    {
        const QSignalBlocker block(mapButton_);
        mapButton_->setChecked(available && shown);
    }
    mseOrMap_->setCurrentWidget(available && shown ? static_cast<QWidget*>(map_) : mse_);
    map_->setCurrent(tau_, tauB_);
    updateLegend();
}

bool GradientLabView::mapShown() const { return mseOrMap_->currentWidget() == map_; }

void GradientLabView::setBatch(int batch) {
    map_->setBatch(batch);
    batch_ = std::max(1, batch);
    mse_->setTitle(tr("MSE of a mean of B = %L1").arg(batch_));
    if (!sweep_.points.empty()) drawSweep();
}

void GradientLabView::showSweep(const GradientSweepResult& result) {
    sweep_ = result;
    progress_->setRange(0, std::max(1, result.total));
    progress_->setValue(static_cast<int>(result.points.size()));
    if (!result.error.isEmpty()) {
        status_->setText(tr("The lab cannot compute this: %1").arg(result.error));
        return;
    }
    drawSweep();
    updateLegend();
    const long long samples = result.points.empty() ? 0 : result.points.back().samples;
    status_->setText(
        result.finished
            ? tr("%1 tau points, %2 samples each, every estimator on the same noise. Bias^2 is estimated without the "
                 "sampling floor (||mean - g*||^2 less variance / N); where its \u00b1 2 SE band holds 0 it is drawn on "
                 "the grey strip.")
                  .arg(result.total)
                  .arg(QLocale().toString(samples))
            : tr("computing: %1 of %2 tau points at %3 samples (then refined to %4)")
                  .arg(result.points.size())
                  .arg(result.total)
                  .arg(QLocale().toString(samples))
                  .arg(QLocale().toString(result.samplesPerPoint)));
}

void GradientLabView::drawSweep() {
    const GradientSweepResult& result = sweep_;
    const bool exact = result.exact.available && result.exact.biasSquared.size() == result.points.size();
    const auto exactBias = [&](std::size_t i, Estimator e) { return result.exact.biasSquared[i][index(e)]; };
    const auto exactVariance = [&](std::size_t i, Estimator e) { return result.exact.variance[i][index(e)]; };
    const double b = static_cast<double>(batch_);

    // Each chart's y range: its positive values (and the guide), at most 12 decades.
    struct Range {
        double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
        void add(double v) {
            if (v > 0.0 && std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        void addHigh(double v) {
            if (v > 0.0 && std::isfinite(v)) hi = std::max(hi, v);
        }
        std::pair<double, double> finish() const {
            const double top = hi > 0.0 ? hi : 1.0;
            double bottom = std::isfinite(lo) && lo > 0.0 ? lo : top * 1e-4;
            bottom = std::max(bottom, top * 1e-12);
            return {bottom, top};
        }
    };
    Range biasRange, varianceRange, mseRange;
    // The bias chart's floor: the smallest value samples can tell from 0 here (the lowest end of a band that excludes
    // 0, or else the narrowest +-2 SE). Below it lies the "below noise" strip, where estimates whose band holds 0
    // are drawn; the exact curves (k = 2) go on down through it.
    double noise = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < result.points.size(); ++i) {
        const GradientCurvePoint& p = result.points[i];
        for (Estimator e : allEstimators()) {
            if (!shows(result.estimators, e)) continue;
            const double est = p.biasSquaredEstimate[index(e)];
            const double se = p.biasSquaredError[index(e)];
            if (distinguishableFromZero(est, se)) {
                biasRange.add(est);
                noise = std::min(noise, est - kBandWidth * se);
                biasRange.addHigh(est + kBandWidth * se);
            } else if (se > 0.0 && std::isfinite(se)) {
                noise = std::min(noise, kBandWidth * se);
            }
            varianceRange.add(p.variance[index(e)]);
            mseRange.add(p.batchMeanSquaredError(e, batch_));
            if (exact && result.exact.covers(e)) {
                biasRange.addHigh(exactBias(i, e));
                varianceRange.add(exactVariance(i, e));
                mseRange.add(exactBias(i, e) + exactVariance(i, e) / b);
            }
        }
    }
    const double guide = result.exactNormSquared;
    biasRange.addHigh(guide);
    mseRange.add(guide);
    biasRange.add(noise);
    const auto [biasLo, biasHi] = biasRange.finish();
    const double stripTop = biasLo, stripBottom = biasLo / 8.0, stripMiddle = biasLo / std::sqrt(8.0);
    sweepY_[0] = {stripBottom, biasHi * 2.0};
    const auto [varianceLo, varianceHi] = varianceRange.finish();
    sweepY_[1] = {varianceLo / 2.0, varianceHi * 2.0};
    const auto [mseLo, mseHi] = mseRange.finish();
    sweepY_[2] = {mseLo / 2.0, mseHi * 2.0};

    for (Estimator e : allEstimators()) {
        const int slot = static_cast<int>(e);
        if (!shows(result.estimators, e)) {
            for (ChartPlot* chart : {bias_, variance_, mse_}) {
                chart->hideSeries(slot);
                chart->hideSeries(kExactSlot + slot);
            }
            bias_->hideSeries(kBandSlot + slot);
            continue;
        }
        const bool exactCurve = exact && result.exact.covers(e);  // k = 2, one of the five with closed forms
        QVector<QPointF> estimate, lower, upper, variance, mse, exactB, exactV, exactM;
        for (std::size_t i = 0; i < result.points.size(); ++i) {
            const GradientCurvePoint& p = result.points[i];
            const double est = p.biasSquaredEstimate[index(e)];
            const double se = p.biasSquaredError[index(e)];
            // The band only where it excludes 0 (elsewhere it collapses onto the strip's top edge).
            const bool seen = distinguishableFromZero(est, se);
            estimate << QPointF(p.tau, seen ? est : stripMiddle);
            lower << QPointF(p.tau, seen ? std::max(est - kBandWidth * se, stripTop) : stripTop);
            upper << QPointF(p.tau, seen ? est + kBandWidth * se : stripTop);
            variance << QPointF(p.tau, p.variance[index(e)]);
            mse << QPointF(p.tau, p.batchMeanSquaredError(e, batch_));
            if (exactCurve) {
                exactB << QPointF(p.tau, exactBias(i, e));
                exactV << QPointF(p.tau, exactVariance(i, e));
                exactM << QPointF(p.tau, exactBias(i, e) + exactVariance(i, e) / b);
            }
        }
        const QString name = estimatorTitle(e);
        const QColor colour = estimatorColor(e);
        bias_->setBand(kBandSlot + slot, lower, upper, name, colour, stripTop);
        bias_->setCurve(slot, estimate, ChartPlot::Style::Line, name, colour);
        variance_->setCurve(slot, variance, ChartPlot::Style::Line, name, colour);
        mse_->setCurve(slot, mse, ChartPlot::Style::Line, name, colour);
        const QString exactName = tr("%1, exact").arg(name);
        if (exactCurve) {
            bias_->setCurve(kExactSlot + slot, exactB, ChartPlot::Style::Dashed, exactName, colour);
            variance_->setCurve(kExactSlot + slot, exactV, ChartPlot::Style::Dashed, exactName, colour);
            mse_->setCurve(kExactSlot + slot, exactM, ChartPlot::Style::Dashed, exactName, colour);
        } else {
            for (ChartPlot* chart : {bias_, variance_, mse_}) chart->hideSeries(kExactSlot + slot);
        }
    }
    bias_->setBand(BelowNoise, {QPointF(kTauMin, stripBottom), QPointF(kTauMax, stripBottom)},
                   {QPointF(kTauMin, stripTop), QPointF(kTauMax, stripTop)}, tr("below noise"), belowNoiseColor());
    variance_->hideSeries(Guide);  // ||g*||^2 compares with a squared error, not with a variance
    for (ChartPlot* chart : {bias_, mse_}) {
        if (guide > 0.0) {
            chart->setCurve(Guide, {QPointF(kTauMin, guide), QPointF(kTauMax, guide)}, ChartPlot::Style::Dashed,
                            tr("||g*||^2"), palette::exact());
        } else {
            chart->hideSeries(Guide);
        }
    }
    ChartPlot* charts[] = {bias_, variance_, mse_};
    for (int c = 0; c < 3; ++c) {
        const auto [lo, hi] = sweepY_[static_cast<std::size_t>(c)];
        charts[c]->setRange(kTauMin, kTauMax, lo, hi);
    }
    drawSweepMarker();
    drawSchedulePath();
}

void GradientLabView::showTau(double tau) {
    tau_ = tau;
    map_->setCurrent(tau_, tauB_);
    drawSweepMarker();
}

void GradientLabView::drawSweepMarker() {
    const double t = std::clamp(tau_, kTauMin, kTauMax);
    ChartPlot* charts[] = {bias_, variance_, mse_};
    for (int c = 0; c < 3; ++c) {
        const auto [lo, hi] = sweepY_[static_cast<std::size_t>(c)];
        if (!(hi > lo) || !(lo > 0.0)) continue;
        charts[c]->setCurve(Marker, {QPointF(t, lo), QPointF(t, hi)}, ChartPlot::Style::Dotted, tr("current tau"),
                            referenceColor());
    }
}

void GradientLabView::showPoint(const GradientPointResult& result) {
    bars_->showResult(result);
    if (!result.error.isEmpty() || result.exact.size() == 0) return;
    double top = 0.0;
    for (Estimator e : allEstimators()) {
        const int slot = static_cast<int>(e);
        const std::vector<double>& density = result.density[index(e)];
        if (!shows(result.estimators, e) || density.empty()) {
            density_->hideSeries(slot);
            continue;
        }
        const double width = (result.high - result.low) / static_cast<double>(density.size());
        QVector<QPointF> points;
        for (std::size_t b = 0; b < density.size(); ++b) {
            points << QPointF(result.low + (static_cast<double>(b) + 0.5) * width, density[b]);
            top = std::max(top, density[b]);
        }
        density_->setCurve(slot, points, ChartPlot::Style::Line, estimatorTitle(e), estimatorColor(e));
    }
    if (!(top > 0.0)) top = 1.0;
    const double exact = result.exact[result.component];
    density_->setCurve(ExactLine, {QPointF(exact, 0.0), QPointF(exact, 1.05 * top)}, ChartPlot::Style::Dashed,
                       tr("exact g*_%1").arg(result.component), palette::exact());
    density_->setRange(result.low, result.high, 0.0, 1.05 * top);
    density_->setTitle(tr("Estimates of g_%1 at tau = %L2").arg(result.component).arg(result.tau, 0, 'g', 3));
}

}  // namespace gumbel::ui
