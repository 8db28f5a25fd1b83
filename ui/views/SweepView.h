#pragma once
// Curves against tau on a log axis (0.01 to 1000), from repeated sampling in
// the background: E[C_i] per category (Jang et al. 2017, Fig. 1a, as a
// curve), E[max_i C_i] and the share of near-one-hot samples, and the mean
// entropy of C; a marker at the current tau; the limits p (small tau) and
// 1/k (large tau) drawn as guides.
#include <QWidget>

#include "ui/model/ExplorerParameters.h"
#include "ui/model/SweepComputer.h"

class QLabel;
class QProgressBar;

namespace gumbel::ui {

class ChartPlot;

class SweepView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCurves = 8;  // categories drawn in the E[C_i] chart
    enum Slot { Guide = 100, LargeTau = 101, Marker = 102, MaxC = 0, NearOneHot = 1, Entropy = 0, LogK = 1 };

    explicit SweepView(QWidget* parent = nullptr);

    void showResult(const SweepUpdate& update, const Distribution& distribution);
    void showTau(double tau);  // the marker only
    void clear();
    ChartPlot* meanChart() const { return mean_; }
    ChartPlot* maxChart() const { return max_; }
    ChartPlot* entropyChart() const { return entropy_; }
    const SweepUpdate& last() const { return last_; }

private:
    ChartPlot* mean_;
    ChartPlot* max_;
    ChartPlot* entropy_;
    QLabel* status_;
    QProgressBar* progress_;
    SweepUpdate last_;
    double yMean_ = 1.0;
    double yEntropy_ = 1.0;
};

}  // namespace gumbel::ui
