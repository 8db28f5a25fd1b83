#pragma once
// The only place that includes Qt Charts (deprecated in newer Qt): a small
// plot with numbered series slots (filled bars, lines, markers) on value
// axes. Everything else in the app talks to this interface.
#include <QColor>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QVector>
#include <QWidget>
#include <array>
#include <map>
#include <utility>
#include <vector>

class QChart;
class QChartView;
class QValueAxis;
class QAbstractAxis;
class QXYSeries;
class QAbstractSeries;

namespace gumbel::ui {

class DenseBarsItem;

class ChartPlot : public QWidget {
    Q_OBJECT
public:
    enum class Style { Bars, Line, Dashed, Dotted, Markers, Band };
    enum class Scale { Linear, Log };

    ChartPlot(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent = nullptr,
              Scale xScale = Scale::Linear, Scale yScale = Scale::Linear);
    ~ChartPlot() override;

    // Bars of width `width` (gap: fraction left empty) starting at x0 + i * step.
    void setBars(int slot, const QVector<double>& heights, double x0, double step, double gap, const QString& name,
                 const QColor& color);
    void setCurve(int slot, const QVector<QPointF>& points, Style style, const QString& name, const QColor& color);
    // A translucent band between two curves over the same x values (a confidence band). On a log y axis the lower
    // curve is raised to `logFloor` where it is not above it.
    void setBand(int slot, const QVector<QPointF>& lower, const QVector<QPointF>& upper, const QString& name,
                 const QColor& color, double logFloor = 0.0);
    QVector<QPointF> bandLowerPoints(int slot) const;  // seriesPoints() gives the upper curve
    bool barsOutlined(int slot) const;  // dense bars (more than 64) are drawn without an outline
    void hideSeries(int slot);
    // A slot kept out of sight whatever is set on it (predict first: the exact overlays wait for the reveal); when
    // released it shows again if it was set and not hidden since.
    void setSuppressed(int slot, bool suppressed);
    bool isSeriesVisible(int slot) const;
    QVector<QPointF> seriesPoints(int slot) const;
    // The visible series' names and colours, and the colour they are drawn on (contrast checks).
    std::vector<std::pair<QString, QColor>> visibleSeriesColours() const;
    QColor background() const;

    // Any values are accepted: non-finite, reversed or degenerate ranges become a sensible range, and the tick
    // interval is chosen (and changed) so that an axis never has more than a few dozen ticks. On a log axis,
    // points at or below zero are left out of curves and the range is made positive.
    void setRange(double x0, double x1, double y0, double y1);
    std::pair<double, double> xRange() const;
    std::pair<double, double> yRange() const;
    double yTickInterval() const;  // 0 on a log axis
    int yTickCount() const;  // major ticks Qt Charts lays out on the y axis
    void setIntegerXTicks(bool integer);  // category axes
    void setXTickCount(int count);        // a linear x axis's labelled ticks (6 unless set): fewer for narrow charts
    void setLegendAlignment(Qt::Alignment alignment);
    void setLegendVisible(bool visible);  // views with one shared legend hide each chart's own
    bool legendShown() const;             // visible, with at least one entry
    double legendScale() const;           // the legend's font against the chart's (below 1 when fitted smaller)
    void setTitle(const QString& title);  // broken into two lines when the chart is too narrow for one
    QString shownTitle() const;            // as drawn (rich text with a <br> when broken)
    // Texts Qt Charts has shortened with "..." to fit (title, axis labels and titles, legend), as drawn now.
    QStringList elidedTexts() const;
    void setXTitle(const QString& title);
    void setYTitle(const QString& title);

    // Draws the chart at once (benchmarks): ChartPlot::repaint() alone leaves the chart's graphics view as it was.
    void repaintNow();

    QSize sizeHint() const override { return {420, 260}; }

protected:
    void changeEvent(QEvent* event) override;  // follows the application font (presentation mode)
    void resizeEvent(QResizeEvent* event) override;

private:
    QXYSeries* series(int slot, Style style, const QString& name, const QColor& color);
    void applyFonts();
    void layoutTitle();
    QString composedTitle(const QString& overflow) const;  // the title with `overflow` added, broken into lines
    double titleHeight(const QString& shown) const;        // a title's height as Qt Charts lays it out
    void layoutYTitle();  // what does not fit on an axis goes to the title (both axes)
    void fitLegend();     // a smaller legend font when the entries do not fit side by side
    void fitLogYLabels(); // a log y axis labels every 10th, 100th, ... power: as many as its height holds
    int fittingXLabels(double lo, double hi) const;
    double lineScale() const;
    void applyBarStyle(int slot);      // outline, fill, or an image for dense bars
    void updateDenseGeometry();        // after the plot area or an axis range changed

    QChart* chart_;
    QChartView* view_;
    QAbstractAxis* xAxis_;  // QValueAxis, or QLogValueAxis for Scale::Log
    QAbstractAxis* yAxis_;  // QValueAxis, or QLogValueAxis for Scale::Log
    struct Slot {
        QAbstractSeries* shown = nullptr;  // what is attached to the chart
        QXYSeries* points = nullptr;       // the points (the upper line for bars and bands)
        QXYSeries* lower = nullptr;        // a band's lower line
        bool wanted = false;               // set and not hidden by the view (suppression aside)
        Style style = Style::Line;
        QColor color;
        bool dense = false;                // bars drawn by `image` rather than by the area series
        DenseBarsItem* image = nullptr;    // created for the first dense bars, owned by the chart
        QVector<QPointF> denseOutline;     // dense bars: their outline (the series holds one point)
    };
    std::map<int, Slot> slots_;
    std::vector<int> suppressed_;
    QString title_;
    QString xTitle_;
    QString yTitle_;
    QString yTitleOverflow_;
    QString legendFitKey_;  // what fitLegend() last measured (names, width, font)
    QString laidOutTitle_;  // the chart's title when the plot area last changed (the title it was laid out with)
    std::array<double, 4> requested_{};  // the last setRange's arguments (x0, x1, y0, y1)
    bool hasRange_ = false;
    int appliedXLabels_ = 0;             // fittingXLabels() when the x ticks were last chosen
    bool autoRefitUsed_ = false;         // the plot area's change has refitted the x labels since the last range
    bool integerTicks_ = false;
    int xTickCount_ = 6;
};

}  // namespace gumbel::ui
