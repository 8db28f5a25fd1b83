#pragma once
// A small bar chart of one vector with its values written on the bars, a
// title, and a formula line: one step of the pipeline. Custom painted, so
// it repaints in well under a millisecond. -inf values (log p for p = 0)
// are marked rather than drawn. It takes keyboard focus: Left and Right move
// a cursor over the bars and the bar is read out (status bar, accessible
// description).
#include <Eigen/Core>
#include <QString>
#include <QWidget>
#include <optional>
#include <utility>

#include "ui/views/CellCursor.h"

namespace gumbel::ui {

class StepBars : public QWidget {
    Q_OBJECT
public:
    explicit StepBars(QWidget* parent = nullptr);

    // highlight: the category the formula is written out for (-1: none).
    void setStep(const QString& title, const QString& formula, const Eigen::VectorXd& values, int highlight);
    // A vertical range shared with other steps (so that their bars compare); unset: this step's own values.
    void setSharedRange(std::optional<std::pair<double, double>> range);
    // The range the bars are drawn on (always includes 0).
    std::pair<double, double> drawnRange() const;
    const Eigen::VectorXd& values() const { return values_; }
    const QString& formula() const { return formula_; }
    const CellCursor& cursor() const { return cursor_; }
    QString barText(int category) const;  // "log p + eps, category 2: -0.731"

    QSize sizeHint() const override { return {560, 190}; }
    QSize minimumSizeHint() const override { return {240, 170}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;  // the cell cursor's keys and focus

private:
    void announce();
    CellCursor cursor_;
    QString title_;
    QString formula_;
    Eigen::VectorXd values_;
    int highlight_ = -1;
    std::optional<std::pair<double, double>> shared_;
};

}  // namespace gumbel::ui
