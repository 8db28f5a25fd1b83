#include "ui/views/ExplorerView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/GoodnessOfFit.h"
#include "core/Theory.h"
#include "ui/text/Language.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/HeatmapWidget.h"
#include "ui/views/Palette.h"

namespace gumbel::ui {

namespace {

QVector<double> toVector(const Eigen::VectorXd& v) { return QVector<double>(v.data(), v.data() + v.size()); }

QVector<QPointF> categoryPoints(const Eigen::VectorXd& v) {
    QVector<QPointF> points;
    points.reserve(static_cast<int>(v.size()));
    for (Eigen::Index i = 0; i < v.size(); ++i) points << QPointF(static_cast<double>(i), v[i]);
    return points;
}

// Counts as a density on [0, 1] (bars integrate to 1).
QVector<double> density(const long long* counts, int bins, long long total) {
    QVector<double> d(bins, 0.0);
    if (total <= 0) return d;
    for (int b = 0; b < bins; ++b) d[b] = static_cast<double>(counts[b]) * bins / static_cast<double>(total);
    return d;
}

QVector<double> frequencies(const std::vector<long long>& counts, long long total) {
    QVector<double> f(static_cast<int>(counts.size()), 0.0);
    if (total <= 0) return f;
    for (std::size_t i = 0; i < counts.size(); ++i) f[static_cast<int>(i)] = static_cast<double>(counts[i]) / total;
    return f;
}

double maxOf(const QVector<double>& v) {
    double top = 0.0;
    for (double x : v) {
        if (std::isfinite(x)) top = std::max(top, x);
    }
    return top;
}

// Where `now` grew over `before` (same size), the bar's shown height; nothing elsewhere. Empty when nothing grew.
QVector<double> grownBars(const std::vector<long long>& before, const std::vector<long long>& now, const QVector<double>& shown,
                          int* first) {
    QVector<double> bars;
    *first = -1;
    if (before.size() != now.size() || static_cast<int>(now.size()) != shown.size()) return bars;
    int last = -1;
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (now[i] <= before[i]) continue;
        if (*first < 0) *first = static_cast<int>(i);
        last = static_cast<int>(i);
    }
    if (*first < 0) return bars;
    for (int i = *first; i <= last; ++i) {
        const auto at = static_cast<std::size_t>(i);
        bars << (now[at] > before[at] ? shown[i] : 0.0);
    }
    return bars;
}

// The top of a density chart: a little above the data, and [0, 1] when there is nothing (or nothing finite) to show.
double headroom(double top) { return std::isfinite(top) && top > 0.0 ? 1.1 * top : 1.0; }

QString sampleCount(std::uint64_t n) { return displayCount(static_cast<qlonglong>(n)); }

QString noiseName(NoiseKind noise) {
    switch (noise) {
        case NoiseKind::Gumbel: return ExplorerView::tr("Gumbel noise");
        case NoiseKind::Gaussian: return ExplorerView::tr("Gaussian noise");
        case NoiseKind::Uniform: return ExplorerView::tr("uniform noise");
        case NoiseKind::None: return ExplorerView::tr("no noise");
    }
    return {};
}

// What the dots of histogram (1) are: p, or p^(1/T) / Z under a logit temperature.
QString targetName(const ExplorerParameters& parameters) {
    return parameters.logitTemperature == 1.0 ? QStringLiteral("p") : QStringLiteral("p^(1/T)");
}

QString winnerTitle(const ExplorerParameters& parameters) {
    const bool tempered = parameters.logitTemperature != 1.0;
    if (parameters.noise == NoiseKind::Gumbel && !tempered) return ExplorerView::tr("(1) winner: argmax C vs p");
    QString title = tempered ? ExplorerView::tr("(1) winner vs p^(1/T), T = %1").arg(displayNumber(parameters.logitTemperature, 'g', 3))
                             : ExplorerView::tr("(1) winner vs p");
    switch (parameters.noise) {
        case NoiseKind::Gumbel: break;
        case NoiseKind::Gaussian: title += ExplorerView::tr(", Gaussian"); break;
        case NoiseKind::Uniform: title += ExplorerView::tr(", uniform"); break;
        case NoiseKind::None: title += ExplorerView::tr(", no noise"); break;
    }
    return title;
}

QString pValueText(double pValue) {
    if (pValue < 1e-4) return ExplorerView::tr("below %1").arg(displayNumber(1e-4, 'f', 4));
    return displayNumber(pValue, 'f', pValue < 0.01 ? 4 : 2);
}

}  // namespace

ExplorerView::ExplorerView(QWidget* parent)
    : QWidget(parent),
      g_(new HeatmapWidget(tr("G: d relaxed one-hot columns C"), tr("category i"), tr("feature j"))),
      v_(new HeatmapWidget(tr("V: m columns, own noise"), tr("category i"), tr("draw"))),
      s_(new ChartPlot(tr("S = row-wise max of V"), tr("category i"), tr("value"))),
      draws_(new QLabel),
      fit_(new QLabel),
      argmax_(new ChartPlot(tr("(1) winner: argmax C vs p"), tr("category i"), tr("frequency"))),
      category_(new ChartPlot(tr("(2) distribution of C_i"), "C_i", tr("density"))),
      max_(new ChartPlot(tr("(3) max_i C_i: how one-hot"), "max_i C_i", tr("density"))),
      inclusion_(new ChartPlot(tr("(4) i in S vs P(i in S)"), tr("category i"), tr("frequency"))) {
    for (ChartPlot* chart : {s_, argmax_, inclusion_}) chart->setIntegerXTicks(true);
    g_->setToolTip("");  // cells show their own tooltips
    draws_->setWordWrap(true);
    draws_->setToolTip(tr("How many relaxed one-hot columns were drawn to build V, and how many were discarded as repeats"));

    auto* mHotRow = new QWidget;
    mHotRow_ = mHotRow;
    auto* mHotLayout = new QHBoxLayout(mHotRow);
    mHotLayout->setContentsMargins(0, 0, 0, 0);
    v_->setMinimumWidth(170);
    mHotLayout->addWidget(v_, 2);
    mHotLayout->addWidget(s_, 3);
    auto* liveColumn = new QWidget;
    auto* liveLayout = new QVBoxLayout(liveColumn);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addWidget(g_, 5);
    liveLayout->addWidget(mHotRow, 5);
    liveLayout->addWidget(draws_);

    auto* histograms = new QWidget;
    auto* grid = new QGridLayout(histograms);
    histogramGrid_ = grid;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(argmax_, 0, 0);
    grid->addWidget(category_, 0, 1);
    grid->addWidget(max_, 1, 0);
    grid->addWidget(inclusion_, 1, 1);
    fit_->setWordWrap(true);
    fit_->setObjectName("winnerFit");
    fit_->setToolTip(tr("Pearson's chi-square test of histogram (1) against p: a p-value below 0.001 says the winners "
                        "do not follow p. Total variation is half the summed gap between bars and dots."));
    grid->addWidget(fit_, 2, 0, 1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(liveColumn);
    splitter->addWidget(histograms);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
}

void ExplorerView::setMHotShown(bool shown) {
    mHotShown_ = shown;
    mHotRow_->setVisible(shown);
    draws_->setVisible(shown);
    layoutHistograms();
}

void ExplorerView::setValueHistogramsShown(bool shown) {
    valueHistogramsShown_ = shown;
    layoutHistograms();
}

// The histograms that are shown share the grid: (3) takes the room of (4) without the m-hot half; without (2) and
// (3), (1) takes the top row (or the whole grid, when (4) is hidden too).
void ExplorerView::layoutHistograms() {
    category_->setVisible(valueHistogramsShown_);
    max_->setVisible(valueHistogramsShown_);
    inclusion_->setVisible(mHotShown_);
    for (QWidget* chart : {static_cast<QWidget*>(argmax_), static_cast<QWidget*>(category_), static_cast<QWidget*>(max_),
                           static_cast<QWidget*>(inclusion_)}) {
        histogramGrid_->removeWidget(chart);
    }
    if (valueHistogramsShown_) {
        histogramGrid_->addWidget(argmax_, 0, 0);
        histogramGrid_->addWidget(category_, 0, 1);
        histogramGrid_->addWidget(max_, 1, 0, 1, mHotShown_ ? 1 : 2);
        histogramGrid_->addWidget(inclusion_, 1, 1);
    } else {
        histogramGrid_->addWidget(argmax_, 0, 0, mHotShown_ ? 1 : 2, 2);
        histogramGrid_->addWidget(inclusion_, 1, 0, 1, 2);
    }
}

void ExplorerView::setExactHidden(bool hidden) {
    exactHidden_ = hidden;
    fit_->setVisible(!hidden);  // the verdict gives the answer away as much as the dots do
    for (ChartPlot* chart : {s_, argmax_, category_, max_, inclusion_}) {
        for (int slot : {ExactP, ExactInclusion, Density}) chart->setSuppressed(slot, hidden);
    }
}

void ExplorerView::showLiveSample(const std::shared_ptr<const LiveSample>& shared) {
    if (!shared) return;
    const LiveSample& sample = *shared;
    const ExplorerParameters& parameters = sample.parameters();
    const Distribution& distribution = sample.distribution();
    g_->setImage(sample.gImage(), &sample.c(), &sample.eps(), shared);
    // Each column's winner, argmax C = argmax(log p + eps): it does not move with tau (the audience can follow it).
    g_->markColumnWinners(sample.c());
    // "hard" is the tau -> 0 limit (exact one-hots, tau has no effect), not PyTorch's straight-through hard=True.
    QString gTitle = parameters.hard ? tr("G: d hard one-hot columns (the tau -> 0 limit: tau has no effect)")
                                     : tr("G: d relaxed one-hot columns C");
    if (parameters.noise != NoiseKind::Gumbel) gTitle += tr(", %1 instead of Gumbel").arg(noiseName(parameters.noise));
    g_->setTitle(gTitle);
    const int k = distribution.size();
    if (!sample.hasMHot()) {
        v_->setPlaceholder(tr("no V: see below"));  // V is a few columns wide: the reason goes in the line below
        s_->hideSeries(Sampled);
        s_->setRange(-0.5, k - 0.5, 0.0, 1.06);  // the categories' axis still, for p and P(i in S)
        draws_->setText(tr("<b>m-hot:</b> %1").arg(sample.mHotError().toHtmlEscaped()));
        return;
    }
    const MHotSample& mHot = sample.mHot();
    v_->setMatrix(mHot.v);
    s_->setBars(Sampled, toVector(mHot.s), -0.5, 1.0, 0.25, tr("this S"), palette::samples());
    showTheoryOnS(distribution);
    s_->setRange(-0.5, k - 0.5, 0.0, 1.06);
    QStringList order;
    for (int c : mHot.order) order << QString::number(c);
    QString text = tr("<b>m-hot</b> (%1 method): accepted categories in draw order: %2. Columns drawn: %3")
                       .arg(parameters.method == MHotMethod::Exact ? tr("exact") : tr("rejection"))
                       .arg(order.join(", "))
                       .arg(mHot.draws);
    if (parameters.method == MHotMethod::Rejection) {
        text += tr(", of which %1 rejected as repeats").arg(mHot.rejected());
    } else {
        text += tr(" (the exact method never repeats: each winner is drawn among the categories not yet taken)");
    }
    if (parameters.noise != NoiseKind::Gumbel) text += tr(". V and S keep Gumbel noise, whatever G uses");
    draws_->setText(text + ".");
}

void ExplorerView::showTheoryOnS(const Distribution& distribution) {
    // The markers change only with p and the theory: a drag of tau (at k = 1000, 2,000 marker items) skips them.
    if (shownTheory_ == theory_ && shownP_.size() == distribution.size() && shownP_ == distribution.probabilities() &&
        s_->isSeriesVisible(ExactP)) {
        return;
    }
    shownTheory_ = theory_;
    shownP_ = distribution.probabilities();
    s_->setCurve(ExactP, categoryPoints(distribution.probabilities()), ChartPlot::Style::Markers, "p", palette::exact());
    if (theory_ && theory_->inclusion && theory_->inclusion->size() == distribution.size()) {
        s_->setCurve(ExactInclusion, categoryPoints(*theory_->inclusion), ChartPlot::Style::Markers, tr("P(i in S)"),
                     palette::secondary());
    } else {
        s_->hideSeries(ExactInclusion);
    }
}

void ExplorerView::showSampling(const SamplingUpdate& update, const ExplorerParameters& parameters,
                                const Distribution& distribution) {
    if (!update.stats) {
        clearSampling(update.error);
        return;
    }
    const bool theoryChanged = theory_ != update.theory;
    theory_ = update.theory;
    const SamplingStats& stats = *update.stats;
    const int k = distribution.size();
    if (stats.categories() != k) return;
    const QString progress = update.finished ? tr("N = %1").arg(sampleCount(update.done))
                                             : tr("N = %1 of %2").arg(sampleCount(update.done), sampleCount(update.total));

    // A histogram of zero samples is not drawn (no bars, no density): the charts keep their exact curves only.
    const bool haveOneHots = stats.oneHotSamples() > 0;
    const QVector<double> argmax = frequencies(stats.argmaxCounts(), stats.oneHotSamples());
    argmax_->setYTitle(tr("frequency, %1").arg(progress));
    if (haveOneHots) {
        argmax_->setBars(Sampled, argmax, -0.5, 1.0, 0.25, tr("sampled"), palette::samples());
    } else {
        argmax_->hideSeries(Sampled);
    }
    argmax_->setCurve(ExactP, categoryPoints(distribution.probabilities()), ChartPlot::Style::Markers,
                      targetName(parameters), palette::exact());
    double argmaxTop = std::max(maxOf(argmax), distribution.probabilities().maxCoeff());
    const Result<Distribution> base = parameters.baseDistribution();
    if (parameters.logitTemperature != 1.0 && base && base->size() == k) {
        // p as set, in grey (its legend entry just "p", the narrow chart's legend fits): the logit temperature moved
        // the dots (and the winners) away from it.
        argmax_->setCurve(BaseP, categoryPoints(base->probabilities()), ChartPlot::Style::Markers, QStringLiteral("p"),
                          palette::muted());
        argmaxTop = std::max(argmaxTop, base->probabilities().maxCoeff());
    } else {
        argmax_->hideSeries(BaseP);
    }
    argmax_->setTitle(winnerTitle(parameters));
    showWinnerFit(stats, parameters, distribution);
    argmax_->setRange(-0.5, k - 0.5, 0.0, 1.1 * argmaxTop);

    showCategoryHistogram(stats, parameters, distribution);
    category_->setYTitle(tr("density, %1").arg(progress));  // the same N, worded the same, on every panel

    const QVector<double> maxDensity = density(stats.maxHistogram().data(), stats.bins(), stats.oneHotSamples());
    max_->setYTitle(tr("density, %1").arg(progress));
    if (haveOneHots) {
        max_->setBars(Sampled, maxDensity, 0.0, 1.0 / stats.bins(), 0.0, tr("sampled"), palette::samples());
        max_->setRange(0.0, 1.0, 0.0, headroom(maxOf(maxDensity)));
    } else {
        max_->hideSeries(Sampled);
        max_->setRange(0.0, 1.0, 0.0, 1.0);
    }

    const QVector<double> inclusion = frequencies(stats.inclusionCounts(), stats.mHotSamples());
    inclusion_->setTitle(tr("(4) i in S (m = %1) vs P(i in S)").arg(parameters.m));
    inclusion_->setYTitle(tr("frequency, %1").arg(progress));
    if (!update.mHotStopped.isEmpty()) {
        // The rejection rule gave up: (4) stops (its few samples would mislead), (1)-(3) went on to N.
        inclusion_->setTitle(tr("(4) i in S: stopped after %1 samples, the rejection rule gave up (the exact "
                                     "method does not)").arg(sampleCount(stats.mHotSamples())));
        inclusion_->setYTitle(tr("frequency"));
        inclusion_->hideSeries(Sampled);
    } else if (stats.mHotSamples() > 0) {
        inclusion_->setBars(Sampled, inclusion, -0.5, 1.0, 0.25, tr("sampled"), palette::samples());
    } else {
        inclusion_->hideSeries(Sampled);
    }
    double top = maxOf(inclusion);
    if (theory_ && theory_->inclusion && theory_->inclusion->size() == k) {
        // Orange as on the S chart: one meaning per colour (vermillion is p).
        inclusion_->setCurve(ExactInclusion, categoryPoints(*theory_->inclusion), ChartPlot::Style::Markers,
                             tr("P(i in S)"), palette::secondary());
        top = std::max(top, theory_->inclusion->maxCoeff());
    } else {
        inclusion_->hideSeries(ExactInclusion);
    }
    inclusion_->setRange(-0.5, k - 0.5, 0.0, std::min(1.06, headroom(top)));
    if (theoryChanged) showTheoryOnS(distribution);  // S's markers change only with the theory
    showNewest(stats, parameters);
}

void ExplorerView::setHighlightNewest(bool on) {
    highlightNewest_ = on;
    if (on) return;
    last_ = Counts{};
    for (ChartPlot* chart : {argmax_, category_, max_, inclusion_}) chart->hideSeries(Newest);
}

void ExplorerView::showNewest(const SamplingStats& stats, const ExplorerParameters& parameters) {
    if (!highlightNewest_) return;
    const int i = std::clamp(parameters.category, 0, stats.categories() - 1);
    Counts now;
    now.oneHots = stats.oneHotSamples();
    now.mHots = stats.mHotSamples();
    now.category = i;
    now.argmax = stats.argmaxCounts();
    now.value.assign(stats.cHistogram(i), stats.cHistogram(i) + stats.bins());
    now.max = stats.maxHistogram();
    now.inclusion = stats.inclusionCounts();
    // Only a single new sample is highlighted: one at a time (F7, or Play's first steps), never a whole histogram.
    const bool single = last_.oneHots >= 0 && now.oneHots == last_.oneHots + 1 && now.category == last_.category;
    const bool singleMHot = single && now.mHots == last_.mHots + 1;
    const QString name = tr("last sample");
    const auto highlight = [&](ChartPlot* chart, bool on, const std::vector<long long>& before,
                               const std::vector<long long>& after, const QVector<double>& shown, double x0, double step,
                               double gap) {
        int first = -1;
        const QVector<double> bars = on ? grownBars(before, after, shown, &first) : QVector<double>();
        if (bars.isEmpty()) {
            chart->hideSeries(Newest);
            return;
        }
        chart->setBars(Newest, bars, x0 + first * step, step, gap, name, palette::accent());
    };
    const int bins = stats.bins();
    highlight(argmax_, single, last_.argmax, now.argmax, frequencies(now.argmax, now.oneHots), -0.5, 1.0, 0.25);
    highlight(category_, single, last_.value, now.value, density(now.value.data(), bins, now.oneHots), 0.0, 1.0 / bins, 0.0);
    highlight(max_, single, last_.max, now.max, density(now.max.data(), bins, now.oneHots), 0.0, 1.0 / bins, 0.0);
    highlight(inclusion_, singleMHot, last_.inclusion, now.inclusion, frequencies(now.inclusion, now.mHots), -0.5, 1.0, 0.25);
    last_ = std::move(now);
}

void ExplorerView::showCategoryHistogram(const SamplingStats& stats, const ExplorerParameters& parameters,
                                         const Distribution& distribution) {
    const int i = std::clamp(parameters.category, 0, stats.categories() - 1);
    const QVector<double> bars = density(stats.cHistogram(i), stats.bins(), stats.oneHotSamples());
    category_->setTitle(tr("(2) C_%1, with p_%1 = %L2").arg(i).arg(distribution.probabilities()[i], 0, 'g', 3));
    category_->setXTitle(QString("C_%1").arg(i));
    category_->setYTitle(tr("density, N = %1").arg(sampleCount(static_cast<std::uint64_t>(stats.oneHotSamples()))));
    if (stats.oneHotSamples() > 0) {
        category_->setBars(Sampled, bars, 0.0, 1.0 / stats.bins(), 0.0, tr("sampled"), palette::samples());
    } else {
        category_->hideSeries(Sampled);
    }
    double top = maxOf(bars);
    const Eigen::VectorXd& p = distribution.probabilities();
    const int other = 1 - i;
    if (distribution.size() == 2 && !parameters.hard && p[i] > 0.0 && p[other] > 0.0) {
        // k = 2: C_i is binary Concrete with alpha = p_i / p_other; drawn where it stays on the chart.
        const double alpha = p[i] / p[other];
        QVector<QPointF> curve;
        constexpr int kPoints = 400;
        for (int s = 1; s < kPoints; ++s) {
            const double x = static_cast<double>(s) / kPoints;
            curve << QPointF(x, theory::binaryConcreteDensity(x, alpha, parameters.tau));
        }
        category_->setCurve(Density, curve, ChartPlot::Style::Line, tr("exact"), palette::exact());
        // Keep the interior visible: the density diverges at 0 and 1 for tau < 1.
        double interior = 0.0;
        for (const QPointF& point : curve) {
            if (point.x() > 0.05 && point.x() < 0.95) interior = std::max(interior, point.y());
        }
        top = std::max(top, interior);
    } else {
        category_->hideSeries(Density);
    }
    category_->setRange(0.0, 1.0, 0.0, headroom(top));
}

void ExplorerView::showWinnerFit(const SamplingStats& stats, const ExplorerParameters& parameters,
                                 const Distribution& distribution) {
    const Eigen::VectorXd& p = distribution.probabilities();
    const WinnerFit fit = winnerFit(stats.argmaxCounts(), p);
    if (fit.samples == 0) {
        fit_->clear();
        return;
    }
    const QString question = tr("<b>Do the winners follow %1?</b> (%2, N = %3)")
                                 .arg(targetName(parameters), noiseName(parameters.noise), sampleCount(fit.samples));
    const QString distance = tr("total variation %1, sampling noise alone about %2")
                                 .arg(displayNumber(fit.totalVariation, 'f', 4), displayNumber(fit.totalVariationNoise, 'f', 4));
    const double smallest = (p.array() > 0.0).select(p.array(), 1.0).minCoeff();
    if (std::isfinite(fit.chiSquare) && static_cast<double>(fit.samples) * smallest < 5.0) {
        // Pearson's test needs about 5 expected winners in every category.
        fit_->setText(tr("%1 Too few samples for the chi-square test (it needs N p_i of at least 5 everywhere); %2.")
                          .arg(question, distance));
        return;
    }
    if (fit.pValue < 1e-3) {
        fit_->setText(tr("%1 <b>No</b>: chi-square p-value %2; %3.").arg(question, pValueText(fit.pValue), distance));
    } else {
        fit_->setText(tr("%1 <b>Yes</b>, as far as N samples can tell: chi-square p-value %2; %3.")
                          .arg(question, pValueText(fit.pValue), distance));
    }
}

void ExplorerView::clearSampling(const QString& reason) {
    fit_->clear();
    last_ = Counts{};
    for (ChartPlot* chart : {argmax_, category_, max_, inclusion_}) chart->hideSeries(Newest);
    for (ChartPlot* chart : {argmax_, category_, max_, inclusion_}) {
        chart->hideSeries(Sampled);
        chart->hideSeries(Density);
        chart->hideSeries(ExactInclusion);
    }
    if (!reason.isEmpty()) argmax_->setTitle(tr("(1) %1").arg(reason));
}

}  // namespace gumbel::ui
