#include "ui/views/SweepView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <cmath>

#include "ui/text/Language.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/Palette.h"

namespace gumbel::ui {

namespace {
constexpr double kTauMin = ExplorerLimits::kSweepMinTau;  // two decades past the slider: the limit 1/k is reached
constexpr double kTauMax = ExplorerLimits::kSweepMaxTau;
}  // namespace

SweepView::SweepView(QWidget* parent)
    : QWidget(parent),
      mean_(new ChartPlot(tr("E[C_i] against tau"), tr("tau (log scale)"), "E[C_i]", nullptr, ChartPlot::Scale::Log)),
      max_(new ChartPlot(tr("How one-hot: E[max_i C_i] and P(max_i C_i > 0.99)"), tr("tau (log scale)"), tr("value"), nullptr,
                         ChartPlot::Scale::Log)),
      entropy_(new ChartPlot(tr("Mean entropy of C (nats)"), tr("tau (log scale)"), tr("entropy"), nullptr, ChartPlot::Scale::Log)),
      status_(new QLabel),
      progress_(new QProgressBar) {
    status_->setWordWrap(true);
    mean_->setLegendAlignment(Qt::AlignRight);
    progress_->setToolTip(tr("tau points computed so far"));
    auto* layout = new QGridLayout(this);
    layout->addWidget(mean_, 0, 0, 2, 1);
    layout->addWidget(max_, 0, 1);
    layout->addWidget(entropy_, 1, 1);
    layout->addWidget(status_, 2, 0);
    layout->addWidget(progress_, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
}

void SweepView::clear() {
    last_ = SweepUpdate{};
    progress_->setValue(0);
}

void SweepView::showResult(const SweepUpdate& update, const Distribution& distribution) {
    last_ = update;
    const int k = distribution.size();
    progress_->setRange(0, update.total);
    progress_->setValue(static_cast<int>(update.points.size()));
    const int curves = std::min(k, kCurves);
    double top = 1.0 / k;
    for (int i = 0; i < curves; ++i) {
        QVector<QPointF> points;
        for (const SweepPoint& p : update.points) {
            if (p.meanC.size() != k) continue;  // a point of another k never reaches here; never read past its end
            points << QPointF(p.tau, p.meanC[i]);
            top = std::max(top, p.meanC[i]);
        }
        mean_->setCurve(i, points, ChartPlot::Style::Line, QString("E[C_%1]").arg(i), palette::series(i));
    }
    for (int i = curves; i < kCurves; ++i) mean_->hideSeries(i);  // curves of an earlier, larger k
    // Guides: small tau -> p_i (markers at the left edge), large tau -> 1/k.
    QVector<QPointF> small;
    for (int i = 0; i < curves; ++i) {
        small << QPointF(kTauMin, distribution.probabilities()[i]);
        top = std::max(top, distribution.probabilities()[i]);
    }
    mean_->setCurve(Guide, small, ChartPlot::Style::Markers, tr("p_i (tau -> 0)"), palette::exact());
    mean_->setCurve(LargeTau, {QPointF(kTauMin, 1.0 / k), QPointF(kTauMax, 1.0 / k)}, ChartPlot::Style::Dashed,
                    tr("1/k (tau -> inf)"), palette::muted());
    yMean_ = std::min(1.0, 1.1 * top);
    mean_->setRange(kTauMin, kTauMax, 0.0, yMean_);

    QVector<QPointF> maxPoints;
    QVector<QPointF> nearPoints;
    QVector<QPointF> entropyPoints;
    for (const SweepPoint& p : update.points) {
        maxPoints << QPointF(p.tau, p.meanMax);
        nearPoints << QPointF(p.tau, p.nearOneHotShare);
        entropyPoints << QPointF(p.tau, p.meanEntropy);
    }
    max_->setCurve(MaxC, maxPoints, ChartPlot::Style::Line, "E[max_i C_i]", palette::samples());
    max_->setCurve(NearOneHot, nearPoints, ChartPlot::Style::Line, tr("P(max_i C_i > 0.99)"), palette::accent());  // orange means P(i in S)
    max_->setRange(kTauMin, kTauMax, 0.0, 1.0);
    entropy_->setCurve(Entropy, entropyPoints, ChartPlot::Style::Line, tr("mean entropy"), palette::samples());
    entropy_->setCurve(LogK, {QPointF(kTauMin, std::log(k)), QPointF(kTauMax, std::log(k))}, ChartPlot::Style::Dashed,
                       tr("log k (uniform)"), palette::muted());
    yEntropy_ = 1.05 * std::log(k);
    entropy_->setRange(kTauMin, kTauMax, 0.0, yEntropy_);
    status_->setText(update.finished
                         ? tr("%1 tau points, %2 samples each; the noise of every point is the same seed's")
                               .arg(update.total)
                               .arg(displayCount(update.samplesPerPoint))
                         : tr("computing: %1 of %2 tau points").arg(update.points.size()).arg(update.total));
    if (k > kCurves) status_->setText(status_->text() + tr(" (E[C_i] drawn for the first %1 of %2 categories)").arg(kCurves).arg(k));
}

void SweepView::showTau(double tau) {
    const double t = std::clamp(tau, kTauMin, kTauMax);
    mean_->setCurve(Marker, {QPointF(t, 0.0), QPointF(t, yMean_)}, ChartPlot::Style::Line, tr("current tau"), palette::muted().darker(150));
    // The narrow charts leave the marker out of their legends (E[C_i]'s names it): theirs then fit in full size.
    max_->setCurve(Marker, {QPointF(t, 0.0), QPointF(t, 1.0)}, ChartPlot::Style::Line, QString(), palette::muted().darker(150));
    entropy_->setCurve(Marker, {QPointF(t, 0.0), QPointF(t, yEntropy_)}, ChartPlot::Style::Line, QString(),
                       palette::muted().darker(150));
}

}  // namespace gumbel::ui
