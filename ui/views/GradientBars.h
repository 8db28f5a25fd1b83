#pragma once
// Grouped bars for the gradient lab at the current tau: for each component g_i (the first kMaxComponents), the
// exact gradient beside each shown estimator's mean, with +-1 standard deviation as an error bar. Painted
// directly (error bars are not something Qt Charts draws); colours as in the lab's charts.
#include <QWidget>

#include "ui/model/GradientLabJobs.h"

namespace gumbel::ui {

class GradientBars : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxComponents = 10;

    explicit GradientBars(QWidget* parent = nullptr);
    void showResult(const GradientPointResult& result);
    void clear();
    QSize sizeHint() const override { return {420, 260}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    GradientPointResult result_;
};

QColor estimatorColor(Estimator estimator);

}  // namespace gumbel::ui
