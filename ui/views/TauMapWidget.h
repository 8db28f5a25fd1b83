#pragma once
// Decoupled straight-through's MSE over (tau_f, tau_b): a 20 x 20 map on log axes (tau_f, forward, across; tau_b,
// backward, up), the colour log10 of the MSE of a mean of B estimates (the MSE chart's B), its colour bar beside
// it. The diagonal tau_f = tau_b, where the estimator is the relaxed one, is dashed; the lowest cell is framed and
// named above the map; a ring marks the lab's current (tau, tau_b). A click on a cell asks for that pair.
#include <QWidget>

#include "ui/model/DecoupledMapJob.h"

namespace gumbel::ui {

class TauMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit TauMapWidget(QWidget* parent = nullptr);

    void showResult(const DecoupledMapResult& result);
    void setBatch(int batch);
    void setCurrent(double tauF, double tauB);
    const DecoupledMapResult& result() const { return result_; }
    // The lowest MSE so far and where (tau_f, tau_b); {NaN, 0, 0} before the first row.
    struct Best {
        double mse = 0.0, tauF = 0.0, tauB = 0.0;
        bool valid = false;
    };
    Best best() const;
    QString title() const;
    QString summary() const;  // the line above the map: what is lowest and where, or the progress
    QRectF mapRect() const;   // where the cells are drawn
    // The cell under a widget position: {column (tau_f), row (tau_b)}, or {-1, -1}.
    std::pair<int, int> cellAt(const QPointF& position) const;

    QSize minimumSizeHint() const override { return {260, 220}; }
    QSize sizeHint() const override { return {420, 360}; }

signals:
    void cellChosen(double tauF, double tauB);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    double mse(std::size_t cell) const { return result_.cells[cell].meanSquaredError(batch_); }
    double headerHeight() const;
    double xOf(double tau) const;  // widget x of a tau_f (log scale over the map)
    double yOf(double tau) const;
    void updateDescription();

    DecoupledMapResult result_;
    int batch_ = 1;
    double currentF_ = 1.0, currentB_ = 1.0;
};

}  // namespace gumbel::ui
