#pragma once
// The main view: G as a heatmap, V beside a bar chart of S, and the four
// histograms of repeated sampling, each with its exact overlay.
#include <QGridLayout>
#include <QLabel>
#include <QWidget>
#include <memory>

#include "ui/model/ExplorerParameters.h"
#include "ui/model/LiveSample.h"
#include "ui/model/SamplingThread.h"

namespace gumbel::ui {

class ChartPlot;
class HeatmapWidget;

class ExplorerView : public QWidget {
    Q_OBJECT
public:
    // Series slots of the charts (tests look them up).
    // BaseP: p before the logit T. Newest: the bars the last sample added to (one sample at a time, F7).
    enum Slot { Sampled = 0, ExactP = 1, ExactInclusion = 2, Density = 3, BaseP = 4, Newest = 5 };

    explicit ExplorerView(QWidget* parent = nullptr);

    // Draws `sample` with its own parameters and distribution (the heatmap keeps it for its tooltips).
    void showLiveSample(const std::shared_ptr<const LiveSample>& sample);
    void showSampling(const SamplingUpdate& update, const ExplorerParameters& parameters, const Distribution& distribution);
    void clearSampling(const QString& reason);
    // The m-hot half (V, S, the draws line and histogram 4): hidden by lessons on one-hots.
    void setMHotShown(bool shown);
    // Histograms (2) and (3), of the values C_i and max_i C_i: hidden by lessons about the winners alone.
    void setValueHistogramsShown(bool shown);
    bool valueHistogramsShown() const { return valueHistogramsShown_; }
    // Predict first: p, P(i in S) and the exact density out of sight until revealed; the samples stay.
    void setExactHidden(bool hidden);
    bool exactHidden() const { return exactHidden_; }
    bool mHotShown() const { return mHotShown_; }
    // One sample at a time (F7): the bars the newest sample raised are drawn in green. Off, no counts are kept
    // between updates (a full run's partial updates copy nothing).
    void setHighlightNewest(bool on);

    HeatmapWidget* gHeatmap() const { return g_; }
    HeatmapWidget* vHeatmap() const { return v_; }
    ChartPlot* sChart() const { return s_; }
    ChartPlot* argmaxChart() const { return argmax_; }
    ChartPlot* categoryChart() const { return category_; }
    ChartPlot* maxChart() const { return max_; }
    ChartPlot* inclusionChart() const { return inclusion_; }
    QLabel* drawsLabel() const { return draws_; }
    // "Do the winners follow p?": chi-square and total variation of histogram (1) against p.
    QLabel* fitLabel() const { return fit_; }

signals:
    void shown();  // came to the front: time to catch up with what changed while hidden

protected:
    void showEvent(QShowEvent* event) override {
        QWidget::showEvent(event);
        emit shown();
    }

private:
    void layoutHistograms();
    void showTheoryOnS(const Distribution& distribution);
    void showWinnerFit(const SamplingStats& stats, const ExplorerParameters& parameters, const Distribution& distribution);
    void showCategoryHistogram(const SamplingStats& stats, const ExplorerParameters& parameters,
                               const Distribution& distribution);
    // One sample at a time: the bars whose counts the one new sample raised, highlighted over `bars`.
    void showNewest(const SamplingStats& stats, const ExplorerParameters& parameters);

    // The counts of the last update, to find what a single new sample added.
    struct Counts {
        long long oneHots = -1, mHots = -1;
        int category = -1;
        std::vector<long long> argmax, value, max, inclusion;
    };
    Counts last_;
    bool highlightNewest_ = false;

    HeatmapWidget* g_;
    HeatmapWidget* v_;
    ChartPlot* s_;
    QLabel* draws_;
    QLabel* fit_;
    ChartPlot* argmax_;
    ChartPlot* category_;
    ChartPlot* max_;
    ChartPlot* inclusion_;
    std::shared_ptr<const TheoryOverlay> theory_;
    std::shared_ptr<const TheoryOverlay> shownTheory_;  // what S's exact markers show now
    Eigen::VectorXd shownP_;
    QWidget* mHotRow_ = nullptr;
    QGridLayout* histogramGrid_ = nullptr;
    bool mHotShown_ = true;
    bool valueHistogramsShown_ = true;
    bool exactHidden_ = false;
};

}  // namespace gumbel::ui
