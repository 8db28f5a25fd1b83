#include "ui/views/GradientLabView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include "ui/panels/FittingScrollArea.h"
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/charts/ChartPlot.h"
#include "ui/views/GradientBars.h"
#include "ui/views/Palette.h"

namespace gumbel::ui {

namespace {
constexpr double kTauMin = GradientLabLimits::kSweepTauMin;
constexpr double kTauMax = GradientLabLimits::kSweepTauMax;
constexpr int kRaceFrames = 150;  // a race plays out in about five seconds at 30 frames a second

std::size_t index(Estimator e) { return static_cast<std::size_t>(e); }
bool shows(unsigned estimators, Estimator e) { return (estimators & (1u << static_cast<int>(e))) != 0; }

QString legendHtml() {
    QStringList items;
    const auto item = [&items](const QColor& colour, const QString& mark, const QString& name) {
        items << QString("<span style='color:%1; font-weight:bold'>%2</span>&nbsp;%3").arg(colour.name(), mark, name.toHtmlEscaped());
    };
    for (Estimator e : allEstimators()) item(estimatorColor(e), QString::fromUtf8("\u25A0"), estimatorTitle(e));
    item(palette::exact(), QString::fromUtf8("- -"), GradientLabView::tr("exact: ||g*||^2, g*_i, exact gradient descent"));
    item(palette::muted(), QString::fromUtf8("- -"), GradientLabView::tr("best vertex"));
    item(palette::muted().darker(150), QString::fromUtf8("|"), GradientLabView::tr("current tau"));
    return items.join("&nbsp;&nbsp;&nbsp; ");
}
}  // namespace

GradientLabView::GradientLabView(QWidget* controls, QWidget* parent)
    : QWidget(parent),
      bias_(new ChartPlot(tr("Bias^2 = ||E g - g*||^2"), tr("tau (log scale)"), tr("bias^2 (log scale)"), nullptr,
                          ChartPlot::Scale::Log, ChartPlot::Scale::Log)),
      variance_(new ChartPlot(tr("Variance (trace of the covariance)"), tr("tau (log scale)"), tr("variance (log scale)"),
                              nullptr, ChartPlot::Scale::Log, ChartPlot::Scale::Log)),
      mse_(new ChartPlot(tr("MSE = bias^2 + variance"), tr("tau (log scale)"), tr("MSE (log scale)"), nullptr,
                         ChartPlot::Scale::Log, ChartPlot::Scale::Log)),
      bars_(new GradientBars),
      density_(new ChartPlot(tr("Distribution of one component"), tr("estimate of g_i"), tr("density"))),
      race_(new ChartPlot(tr("SGD race: exact loss"), tr("SGD step t"), tr("L(theta_t)"))),
      status_(new QLabel),
      progress_(new QProgressBar),
      play_(new QPushButton(tr("Pause"))),
      raceStatus_(new QLabel),
      raceTimer_(new QTimer(this)) {
    setAccessibleName(tr("Gradient lab"));
    status_->setWordWrap(true);
    progress_->setToolTip(tr("tau points computed so far"));
    progress_->setMaximumHeight(progress_->fontMetrics().height());
    play_->setToolTip(tr("Play or pause the race; it starts again whenever a setting changes"));
    for (ChartPlot* chart : {bias_, variance_, mse_, density_, race_}) chart->setLegendVisible(false);
    density_->setXTickCount(4);  // its labels are long (-0.0968): six of them overlap in a third of the window
    race_->setXTickCount(4);
    // One legend for all six charts (each chart's own would repeat it six times and squeeze the plots).
    auto* legend = new QLabel(legendHtml());
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);

    auto* scroll = new FittingScrollArea(controls);  // as wide as the controls at every font size, no wider
    scroll->setAccessibleName(tr("Gradient lab settings"));
    scroll->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    raceStatus_->setWordWrap(true);  // a long status must not widen its column at the other charts' expense
    auto* raceBox = new QWidget;
    auto* raceLayout = new QVBoxLayout(raceBox);
    raceLayout->setContentsMargins(0, 0, 0, 0);
    raceLayout->addWidget(race_, 1);
    auto* raceRow = new QHBoxLayout;
    raceRow->addWidget(play_);
    raceRow->addWidget(raceStatus_, 1);
    raceLayout->addLayout(raceRow);

    auto* grid = new QGridLayout;
    grid->addWidget(legend, 0, 0, 1, 3);
    grid->addWidget(bias_, 1, 0);
    grid->addWidget(variance_, 1, 1);
    grid->addWidget(mse_, 1, 2);
    grid->addWidget(bars_, 2, 0);
    grid->addWidget(density_, 2, 1);
    grid->addWidget(raceBox, 2, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(status_, 3);
    bottom->addWidget(progress_, 1);
    grid->addLayout(bottom, 3, 0, 1, 3);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    for (int column = 0; column < 3; ++column) grid->setColumnStretch(column, 1);  // no chart squeezed by another

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(grid, 1);

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
        for (ChartPlot* chart : {bias_, variance_, mse_, density_, race_}) {
            chart->setCurve(static_cast<int>(e), {}, ChartPlot::Style::Line, estimatorTitle(e), estimatorColor(e));
        }
    }
    for (ChartPlot* chart : {bias_, variance_, mse_}) {
        chart->setCurve(Guide, {}, ChartPlot::Style::Dashed, tr("||g*||^2"), palette::exact());
        chart->setCurve(Marker, {}, ChartPlot::Style::Line, tr("current tau"), palette::muted().darker(150));
    }
    density_->setCurve(ExactLine, {}, ChartPlot::Style::Dashed, tr("exact"), palette::exact());
    race_->setCurve(ExactDescent, {}, ChartPlot::Style::Dashed, tr("exact gradient"), palette::exact());
    race_->setCurve(BestVertex, {}, ChartPlot::Style::Dashed, tr("best vertex min_j f(e_j)"), palette::muted());
    clear();
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

void GradientLabView::showSweep(const GradientSweepResult& result) {
    sweep_ = result;
    progress_->setRange(0, std::max(1, result.total));
    progress_->setValue(static_cast<int>(result.points.size()));
    if (!result.error.isEmpty()) {
        status_->setText(tr("The lab cannot compute this: %1").arg(result.error));
        return;
    }
    ChartPlot* charts[] = {bias_, variance_, mse_};
    for (int c = 0; c < 3; ++c) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = 0.0;
        for (Estimator e : allEstimators()) {
            const int slot = static_cast<int>(e);
            if (!shows(result.estimators, e)) {
                charts[c]->hideSeries(slot);
                continue;
            }
            QVector<QPointF> points;
            for (const GradientCurvePoint& p : result.points) {
                const PerEstimator& values = c == 0 ? p.biasSquared : c == 1 ? p.variance : p.meanSquaredError;
                const double v = values[index(e)];
                points << QPointF(p.tau, v);
                // Bias^2 of an unbiased estimator is sampling noise around 0: it sets no floor for the axis.
                if (v > 0.0 && std::isfinite(v)) {
                    hi = std::max(hi, v);
                    lo = std::min(lo, v);
                }
            }
            charts[c]->setCurve(slot, points, ChartPlot::Style::Line, estimatorTitle(e), estimatorColor(e));
        }
        const double guide = result.exactNormSquared;
        if (guide > 0.0) {
            charts[c]->setCurve(Guide, {QPointF(kTauMin, guide), QPointF(kTauMax, guide)}, ChartPlot::Style::Dashed,
                                tr("||g*||^2"), palette::exact());
            hi = std::max(hi, guide);
            lo = std::min(lo, guide);
        }
        if (!(hi > 0.0)) hi = 1.0;
        if (!std::isfinite(lo) || !(lo > 0.0)) lo = hi * 1e-6;
        lo = std::max(lo, hi * 1e-12);  // at most 12 decades: the interesting part stays readable
        sweepY_[static_cast<std::size_t>(c)] = {lo / 2.0, hi * 2.0};
        charts[c]->setRange(kTauMin, kTauMax, lo / 2.0, hi * 2.0);
    }
    drawSweepMarker();
    const long long samples = result.points.empty() ? 0 : result.points.back().samples;
    status_->setText(result.finished
                         ? tr("%1 tau points, %2 samples each, every estimator on the same noise. REINFORCE does not "
                              "depend on tau; the relaxed estimator trades bias (large tau) for variance (small tau).")
                               .arg(result.total)
                               .arg(QLocale().toString(samples))
                         : tr("computing: %1 of %2 tau points at %3 samples (then refined to %4)")
                               .arg(result.points.size())
                               .arg(result.total)
                               .arg(QLocale().toString(samples))
                               .arg(QLocale().toString(result.samplesPerPoint)));
}

void GradientLabView::showTau(double tau) {
    tau_ = tau;
    drawSweepMarker();
}

void GradientLabView::drawSweepMarker() {
    const double t = std::clamp(tau_, kTauMin, kTauMax);
    ChartPlot* charts[] = {bias_, variance_, mse_};
    for (int c = 0; c < 3; ++c) {
        const auto [lo, hi] = sweepY_[static_cast<std::size_t>(c)];
        if (!(hi > lo) || !(lo > 0.0)) continue;
        charts[c]->setCurve(Marker, {QPointF(t, lo), QPointF(t, hi)}, ChartPlot::Style::Line, tr("current tau"),
                            palette::muted().darker(150));
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

void GradientLabView::showRace(const GradientRaceResult& result) {
    const bool restarted = result.generation != raceResult_.generation;
    raceResult_ = result;
    if (restarted) {
        revealed_ = 0;
        setRacePlaying(true);
    }
    drawRace();
}

void GradientLabView::drawRace() {
    const GradientRaceResult& r = raceResult_;
    if (!r.error.isEmpty()) {
        raceStatus_->setText(r.error);
        return;
    }
    const int shown = std::min(revealed_, r.steps);
    double lo = r.bestVertex;
    double hi = r.bestVertex;
    const auto curve = [&](const std::vector<double>& loss) {
        QVector<QPointF> points;
        for (int t = 0; t <= shown && t < static_cast<int>(loss.size()); ++t) {
            points << QPointF(t, loss[static_cast<std::size_t>(t)]);
            if (std::isfinite(loss[static_cast<std::size_t>(t)])) {
                lo = std::min(lo, loss[static_cast<std::size_t>(t)]);
                hi = std::max(hi, loss[static_cast<std::size_t>(t)]);
            }
        }
        return points;
    };
    for (Estimator e : allEstimators()) {
        if (!shows(r.estimators, e) || r.loss[index(e)].empty()) {
            race_->hideSeries(static_cast<int>(e));
            continue;
        }
        race_->setCurve(static_cast<int>(e), curve(r.loss[index(e)]), ChartPlot::Style::Line, estimatorTitle(e), estimatorColor(e));
    }
    race_->setCurve(ExactDescent, curve(r.exactLoss), ChartPlot::Style::Dashed, tr("exact gradient"), palette::exact());
    const double right = std::max(1, r.steps);
    race_->setCurve(BestVertex, {QPointF(0, r.bestVertex), QPointF(right, r.bestVertex)}, ChartPlot::Style::Dashed,
                    tr("best vertex min_j f(e_j)"), palette::muted());
    const double pad = std::max(1e-9, 0.05 * (hi - lo));
    race_->setRange(0.0, right, lo - pad, hi + pad);
    const double tauNow = shown > 0 && shown <= static_cast<int>(r.taus.size()) ? r.taus[static_cast<std::size_t>(shown - 1)]
                                                                                 : (r.taus.empty() ? 0.0 : r.taus.front());
    raceStatus_->setText(tr("step %1 of %2, tau_t = %L3").arg(shown).arg(r.steps).arg(tauNow, 0, 'g', 3));
}

}  // namespace gumbel::ui
