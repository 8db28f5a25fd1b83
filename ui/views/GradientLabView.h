#pragma once
// The gradient lab: what the temperature does to learning through a discrete choice. Left, the lab's controls.
// Top row, against tau (log axes, 0.01 to 10): bias^2, variance (trace of the covariance) and MSE of each
// estimator, with ||g*||^2 as a guide and a marker at the current tau. Bottom row, at the current tau: the exact
// gradient beside each estimator's mean +- 1 sd, the distribution of one component with the exact value as a
// line, and the optimisation race (exact loss against the SGD step, one curve per estimator, played out step by
// step with play/pause).
#include <QWidget>

#include "ui/model/GradientLabJobs.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace gumbel::ui {

class ChartPlot;
class GradientBars;

class GradientLabView : public QWidget {
    Q_OBJECT
public:
    enum Slot { Guide = 100, Marker = 101, ExactLine = 102, ExactDescent = 103, BestVertex = 104 };

    explicit GradientLabView(QWidget* controls, QWidget* parent = nullptr);

    void showSweep(const GradientSweepResult& result);
    void showPoint(const GradientPointResult& result);
    void showRace(const GradientRaceResult& result);
    void showTau(double tau);
    void clear();

    ChartPlot* biasChart() const { return bias_; }
    ChartPlot* varianceChart() const { return variance_; }
    ChartPlot* mseChart() const { return mse_; }
    ChartPlot* densityChart() const { return density_; }
    ChartPlot* raceChart() const { return race_; }
    GradientBars* bars() const { return bars_; }
    QPushButton* playButton() const { return play_; }
    int revealedSteps() const { return revealed_; }
    void setRacePlaying(bool playing);
    void revealWholeRace();  // for exports: every step computed so far, no animation

private:
    void drawSweepMarker();
    void drawRace();

    ChartPlot* bias_;
    ChartPlot* variance_;
    ChartPlot* mse_;
    GradientBars* bars_;
    ChartPlot* density_;
    ChartPlot* race_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* play_;
    QLabel* raceStatus_;
    QTimer* raceTimer_;
    GradientSweepResult sweep_;
    GradientRaceResult raceResult_;
    int revealed_ = 0;
    double tau_ = 1.0;
    std::array<std::pair<double, double>, 3> sweepY_{};
};

}  // namespace gumbel::ui
