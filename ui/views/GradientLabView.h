#pragma once
// The gradient lab: what the temperature does to learning through a discrete choice. A button shows or hides the
// lab's controls (hidden in presentation mode, so that the charts get the width); one legend above the charts, drawn
// with the charts' own marks. Top row, against tau (log axes, 0.01 to 10): the squared bias as its unbiased estimate
// with a band of +-2 standard errors (values within 2 SE of 0 on a "below noise" strip at the bottom), the variance
// (trace of the covariance), and the MSE of the mean of B samples (the race's B), each estimator's exact curve dashed
// where it is known (k = 2), ||g*||^2 as a guide and a dotted marker at the current tau. Bottom row, at the current
// tau: the exact gradient beside each estimator's mean +- 1 sd, the distribution of one component with the exact
// value as a line, and the optimisation race (exact loss against the SGD step, played out with play/pause). While
// decoupled straight-through is shown, a button puts its (tau_f, tau_b) map in the MSE chart's place.
#include <QWidget>

#include "ui/model/DecoupledMapJob.h"
#include "ui/model/GradientLabJobs.h"

class QLabel;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTimer;
class QToolButton;

namespace gumbel::ui {

class ChartPlot;
class GradientBars;
class LegendStrip;
class TauMapWidget;

class GradientLabView : public QWidget {
    Q_OBJECT
signals:
    void mapToggled(bool shown);                 // the map button
    void mapCellChosen(double tauF, double tauB);  // a click on the map

public:
    // Slots of the charts: estimator e's curve is e, its band 200 + e, its exact curve 300 + e.
    enum Slot {
        Guide = 100, Marker = 101, ExactLine = 102, ExactDescent = 103, BestVertex = 104, BelowNoise = 105,
        RacePath = 106, RaceNow = 107
    };
    static constexpr int kBandSlot = 200, kExactSlot = 300;

    explicit GradientLabView(QWidget* controls, QWidget* parent = nullptr);

    void showSweep(const GradientSweepResult& result);
    void showPoint(const GradientPointResult& result);
    void showRace(const GradientRaceResult& result);
    void showTau(double tau);
    void setBatch(int batch);  // B of the MSE chart: the race's
    void showMap(const DecoupledMapResult& result);
    // The map button shows while decoupled straight-through is among the estimators; `shown`: the map replaces the
    // MSE chart. `tauB`: the current tau_b (the map's ring is at (tau, tau_b)).
    void setMapState(bool available, bool shown, double tauB);
    TauMapWidget* tauMap() const { return map_; }
    QToolButton* mapButton() const { return mapButton_; }
    bool mapShown() const;
    void clear();

    // The lab's controls beside the charts (the button above them toggles it too).
    void setSettingsVisible(bool visible);
    bool settingsVisible() const;

    ChartPlot* biasChart() const { return bias_; }
    ChartPlot* varianceChart() const { return variance_; }
    ChartPlot* mseChart() const { return mse_; }
    ChartPlot* densityChart() const { return density_; }
    ChartPlot* raceChart() const { return race_; }
    GradientBars* bars() const { return bars_; }
    LegendStrip* legend() const { return legend_; }
    QPushButton* playButton() const { return play_; }
    QString statusText() const;
    int revealedSteps() const { return revealed_; }
    void setRacePlaying(bool playing);
    void revealWholeRace();  // for exports: every step computed so far, no animation

    // Where the bias chart draws an estimate: the estimate itself when its band excludes 0, else the strip's middle.
    static bool distinguishableFromZero(double estimate, double standardError);

private:
    void drawSweep();
    void drawSweepMarker();
    void drawRace();
    void drawSchedulePath();
    bool raceAnneals() const;  // the race's tau_t changes over its steps
    void updateLegend();

    ChartPlot* bias_;
    ChartPlot* variance_;
    ChartPlot* mse_;
    TauMapWidget* map_;
    QStackedWidget* mseOrMap_;
    QToolButton* mapButton_;
    GradientBars* bars_;
    ChartPlot* density_;
    ChartPlot* race_;
    LegendStrip* legend_;
    QToolButton* settingsButton_;
    QWidget* settings_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* play_;
    QLabel* raceStatus_;
    QTimer* raceTimer_;
    GradientSweepResult sweep_;
    GradientRaceResult raceResult_;
    int revealed_ = 0;
    int batch_ = 1;
    double tau_ = 1.0;
    double tauB_ = 1.0;
    std::array<std::pair<double, double>, 3> sweepY_{};
};

}  // namespace gumbel::ui
