#pragma once
// A matrix as a heatmap: one image pixel per cell, coloured through a
// ColorMap's lookup table straight into the QImage scanlines, rebuilt only
// when the matrix changes; axis labels, a colour bar with the same map, and
// a tooltip per cell (row, column, value and, when given, the noise eps).
// It takes keyboard focus: arrows move a cell cursor, and the cell is read out (status bar, accessible
// description) with the same words as its tooltip.
#include <Eigen/Core>
#include <QImage>
#include <QString>
#include <QWidget>
#include <memory>
#include <vector>

#include "ui/views/CellCursor.h"
#include "ui/views/ColorBar.h"

namespace gumbel::ui {

class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    HeatmapWidget(const QString& title, const QString& rowLabel, const QString& columnLabel, QWidget* parent = nullptr);

    // values: rows x columns in the map's range; noise (optional, same shape) shown in tooltips.
    void setMatrix(const Eigen::MatrixXd& values, const Eigen::MatrixXd* noise = nullptr);
    // A picture already made from the values (one pixel per cell, this widget's map), e.g. on a worker thread:
    // nothing is copied or mapped here. values and noise (for tooltips) stay valid while `owner` lives.
    void setImage(const QImage& image, const Eigen::MatrixXd* values, const Eigen::MatrixXd* noise,
                  std::shared_ptr<const void> owner);
    void setPlaceholder(const QString& text);  // shown instead of a matrix (e.g. an error)
    void setTitle(const QString& title);
    // A ring around one cell per column (e.g. each column's winner, its argmax), drawn when the cells are large
    // enough to hold one (an empty vector: none).
    void setColumnMarkers(std::vector<int> rowPerColumn);
    // Rings each column's largest cell (its argmax; the winner of a relaxed one-hot column), for up to 1,000
    // columns: beyond that the cells are far too narrow for a ring.
    void markColumnWinners(const Eigen::MatrixXd& values);
    const std::vector<int>& columnMarkers() const { return markers_; }
    const QString& title() const { return title_; }
    bool titleFits() const;  // the title, in one line or two, fits the widget's width

    const QImage& image() const { return image_; }
    // The matrix's size (the image may have fewer columns than a very wide matrix).
    int rows() const { return values_ != nullptr ? static_cast<int>(values_->rows()) : image_.height(); }
    int columns() const { return values_ != nullptr ? static_cast<int>(values_->cols()) : image_.width(); }
    QString toolTipAt(const QPoint& position) const;  // empty outside the cells
    QString cellText(int row, int column) const;       // "category i 2, feature j 5, value = ..., noise eps = ..."
    const CellCursor& cursor() const { return cursor_; }
    QRect cellArea() const;                            // where the cells are drawn
    int titleLines() const;                            // 2 when the title is wider than the widget

    QSize sizeHint() const override { return {520, 260}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void shapeChanged();  // the cursor stays inside; with focus, the cell is read out again
    void announce();
    std::pair<int, int> cellAt(const QPoint& position) const;  // (-1, -1) outside the cells
    void paintColorBar(QPainter& painter, const QRect& bar) const;
    void paintAxes(QPainter& painter, const QRect& cells) const;

    QString title_;
    QString rowLabel_;
    QString columnLabel_;
    QString placeholder_;
    // What the tooltips read: this widget's own copies (setMatrix) or another object's matrices (setImage).
    Eigen::MatrixXd ownValues_;
    Eigen::MatrixXd ownNoise_;
    const Eigen::MatrixXd* values_ = nullptr;
    const Eigen::MatrixXd* noise_ = nullptr;
    std::shared_ptr<const void> owner_;
    std::vector<int> markers_;
    CellCursor cursor_;
    QImage image_;
    const ColorMap& map_ = ColorMap::viridis();
};

}  // namespace gumbel::ui
