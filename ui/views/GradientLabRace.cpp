// GradientLabView's race: the loss curves played out step by step, and an annealing race's path on the top charts.
#include <QLabel>
#include <algorithm>
#include <cmath>

#include "ui/charts/ChartPlot.h"
#include "ui/views/GradientBars.h"
#include "ui/views/GradientLabView.h"
#include "ui/views/Palette.h"

namespace gumbel::ui {

namespace {
constexpr double kTauMin = GradientLabLimits::kSweepTauMin;
constexpr double kTauMax = GradientLabLimits::kSweepTauMax;
std::size_t index(Estimator e) { return static_cast<std::size_t>(e); }
bool shows(unsigned estimators, Estimator e) { return (estimators & (1u << static_cast<int>(e))) != 0; }
}  // namespace

void GradientLabView::showRace(const GradientRaceResult& result) {
    const bool restarted = result.generation != raceResult_.generation;
    const bool annealed = raceAnneals();
    raceResult_ = result;
    if (annealed != raceAnneals()) updateLegend();
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
    race_->setCurve(BestVertex, {QPointF(0, r.bestVertex), QPointF(right, r.bestVertex)}, ChartPlot::Style::Dotted,
                    tr("best vertex min_j f(e_j)"), palette::reference());
    const double pad = std::max(1e-9, 0.05 * (hi - lo));
    race_->setRange(0.0, right, lo - pad, hi + pad);
    const double tauNow = shown > 0 && shown <= static_cast<int>(r.taus.size()) ? r.taus[static_cast<std::size_t>(shown - 1)]
                                                                                 : (r.taus.empty() ? 0.0 : r.taus.front());
    raceStatus_->setText(tr("step %1 of %2, tau_t = %L3").arg(shown).arg(r.steps).arg(tauNow, 0, 'g', 3));
    drawSchedulePath();
}

bool GradientLabView::raceAnneals() const {
    const std::vector<double>& taus = raceResult_.taus;
    return taus.size() > 1 && std::any_of(taus.begin(), taus.end(), [&](double t) { return t != taus.front(); });
}

// An annealing race's path on the top charts: a dot near the top at every (T/30)-th step's tau_t so far (close
// together where the schedule lingers), and a dashed line at the current one.
void GradientLabView::drawSchedulePath() {
    ChartPlot* charts[] = {bias_, variance_, mse_};
    if (!raceAnneals()) {
        for (ChartPlot* chart : charts) {
            chart->hideSeries(RacePath);
            chart->hideSeries(RaceNow);
        }
        return;
    }
    const int shown = std::min(revealed_, static_cast<int>(raceResult_.taus.size()));
    for (int c = 0; c < 3; ++c) {
        const auto [lo, hi] = sweepY_[static_cast<std::size_t>(c)];
        if (!(hi > lo) || !(lo > 0.0)) continue;
        const double y = hi / std::pow(hi / lo, 0.07);
        QVector<QPointF> path;
        const int stride = std::max(1, static_cast<int>(raceResult_.taus.size()) / GradientLabLimits::kRacePathDots);
        for (int t = 0; t < shown; t += stride) {
            path << QPointF(std::clamp(raceResult_.taus[static_cast<std::size_t>(t)], kTauMin, kTauMax), y);
        }
        charts[c]->setCurve(RacePath, path, ChartPlot::Style::Markers, tr("race: tau_t of each step"), palette::race());
        if (shown > 0) {
            const double now = std::clamp(raceResult_.taus[static_cast<std::size_t>(shown - 1)], kTauMin, kTauMax);
            charts[c]->setCurve(RaceNow, {QPointF(now, lo), QPointF(now, hi)}, ChartPlot::Style::Dashed,
                                tr("race: tau_t now"), palette::race());
        } else {
            charts[c]->hideSeries(RaceNow);
        }
    }
}

}  // namespace gumbel::ui
