// ChartPlot's texts: the title broken into lines, axis titles that give what does not fit to the title, and a
// legend font that fits its entries; Qt Charts would shorten each of them with "..." instead. (Split from
// ChartPlot.cpp so that each file reads in one sitting.)
#include "ui/charts/ChartPlot.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLogValueAxis>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

namespace gumbel::ui {

void ChartPlot::fitLegend() {
    // Qt Charts cuts legend entries that do not fit side by side ("sam...", "P(i i..." on a narrow histogram in
    // presentation mode): a smaller legend font instead, down to 60% of the chart's.
    QStringList names;
    for (const auto& [slot, s] : slots_) {
        if (s.shown != nullptr && s.shown->isVisible() && !s.shown->name().isEmpty()) names << s.shown->name();
    }
    // Called with every data update (series()): measured again only when the names, the width or the font changed.
    const QString key = names.join('\n') + QString("\n%1\n%2").arg(width()).arg(font().toString());
    if (key == legendFitKey_) return;
    legendFitKey_ = key;
    QFont chosen = font();
    const bool beside = (chart_->legend()->alignment() & (Qt::AlignLeft | Qt::AlignRight)) != 0;
    if (chosen.pointSizeF() > 0.0) {
        // Above the plot the entries sit side by side; beside it, one above the other in at most a third of the width.
        const double available = beside ? width() / 3.0 : width() - 40.0;  // the chart's margins and the legend's own
        for (double scale : {1.0, 0.85, 0.72, 0.6}) {
            chosen.setPointSizeF(font().pointSizeF() * scale);
            const QFontMetricsF metrics(chosen);
            double needed = 0.0;
            for (const QString& name : names) {
                const double entry = metrics.horizontalAdvance(name) + 2.4 * metrics.height();  // marker, gaps
                needed = beside ? std::max(needed, entry) : needed + entry;
            }
            if (needed <= available) break;
        }
    }
    if (chart_->legend()->font() != chosen) chart_->legend()->setFont(chosen);
}


void ChartPlot::setTitle(const QString& title) {
    title_ = title;
    setAccessibleName(title);
    layoutTitle();
}

QString ChartPlot::shownTitle() const { return chart_->title(); }

QStringList ChartPlot::elidedTexts() const {
    QStringList elided;
    for (const QGraphicsItem* item : chart_->scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text == nullptr || !text->isVisible()) continue;
        const QString plain = text->toPlainText();
        if (plain.contains("...") || plain.contains(QChar(0x2026))) elided << plain;
    }
    return elided;
}


QString ChartPlot::composedTitle(const QString& overflow) const {
    // Qt Charts elides a title that does not fit ("(1) winner: argmax C ..."): break it into lines instead (two of
    // balanced length when two suffice), so that no word nor number of it is hidden on a narrow chart.
    const QFontMetrics metrics(chart_->titleFont());
    const int available = std::max(40, width() - 48);  // Qt Charts keeps margins and a frame around the title
    // "N = 200,000" and "p_0 = 0.434" stay on one line (no-break spaces around "=").
    QString title = overflow.isEmpty() ? title_ : title_ + " (" + overflow + ")";
    title.replace(" = ", QString::fromUtf8("\u00a0=\u00a0"));
    const auto fits = [&](const QString& line) { return metrics.horizontalAdvance(line) <= available; };
    QStringList lines{title};
    if (!fits(title)) {
        int best = -1;
        for (int i = title.indexOf(' '); i >= 0; i = title.indexOf(' ', i + 1)) {
            if (best < 0 || std::abs(i - title.size() / 2) < std::abs(best - title.size() / 2)) best = i;
        }
        if (best > 0 && fits(title.left(best)) && fits(title.mid(best + 1))) {
            lines = {title.left(best), title.mid(best + 1)};
        } else {
            lines.clear();
            for (const QString& word : title.split(' ', Qt::SkipEmptyParts)) {
                if (!lines.isEmpty() && fits(lines.last() + ' ' + word)) lines.last() += ' ' + word;
                else lines << word;
            }
        }
    }
    if (lines.size() == 1) return title;
    for (QString& line : lines) line = line.toHtmlEscaped();
    return lines.join("<br>");
}

double ChartPlot::titleHeight(const QString& shown) const {
    // As Qt Charts measures its title (a text document of the title's font), without the margins all titles share.
    if (shown.isEmpty()) return 0.0;
    QTextDocument document;
    document.setDefaultFont(chart_->titleFont());
    document.setDocumentMargin(0.0);
    document.setHtml(shown);
    return document.size().height();
}

void ChartPlot::layoutTitle() {
    const QString shown = composedTitle(yTitleOverflow_);
    if (chart_->title() != shown) chart_->setTitle(shown);
}


void ChartPlot::setXTitle(const QString& title) {
    xTitle_ = title;
    layoutYTitle();
}

void ChartPlot::setYTitle(const QString& title) {
    yTitle_ = title;
    layoutYTitle();
}

namespace {
// An axis title that fits in `available` pixels: as it is, or its head with the rest (after ", " or in " (...)")
// given back in `overflow`.
QString fittedAxisTitle(const QString& title, const QFontMetrics& metrics, double available, QStringList& overflow) {
    if (metrics.horizontalAdvance(title) <= available - 8.0) return title;
    if (const int comma = title.indexOf(", "); comma > 0) {
        overflow << title.mid(comma + 2);
        return title.left(comma);
    }
    if (const int open = title.indexOf(" ("); open > 0 && title.endsWith(')')) {
        overflow << title.mid(open + 2, title.size() - open - 3);
        return title.left(open);
    }
    return title;
}
}  // namespace

void ChartPlot::layoutYTitle() {
    // Qt Charts elides an axis title longer than its axis ("frequency, N = ..." hid N, "tau (log s..." on the
    // gradient lab in presentation mode): what follows the title's comma, or its parenthesis, moves to the chart's
    // title then, which breaks into lines rather than hiding anything. (A second line on the axis took the room of
    // the tick labels.)
    // The decision is a function of the size and the texts alone, never of what was decided before: a window
    // resized to 1920 x 1080 shows what one opened at that size shows (a screenshot taken while the machine was busy
    // once kept titles decided at a size passed on the way). The plot's height is therefore taken as it would be
    // with the chart's own title only (the title the plot area was laid out with is measured and taken back); the
    // x axis decides first (its room, the plot's width, does not depend on any title), then the y axis in the height
    // left under a title that carries the x axis' overflow.
    const double ownTitle = titleHeight(composedTitle({}));
    double high = chart_->plotArea().height();
    if (high > 0.0) high += titleHeight(laidOutTitle_) - ownTitle;
    else high = height() - 120.0;
    double wide = chart_->plotArea().width();
    if (!(wide > 0.0)) wide = width() - 100.0;
    // What moves from the x axis is named with it ("tau (log scale)", not a bare "(log scale)" that would seem to
    // describe the y axis: the sweep's entropy chart is linear in y).
    QStringList xOverflow, fromX;
    const QString x = fittedAxisTitle(xTitle_, QFontMetrics(xAxis_->titleFont()), wide, xOverflow);
    for (const QString& part : xOverflow) fromX << (x.isEmpty() || part.startsWith(x) ? part : x + " " + part);
    if (!fromX.isEmpty()) high -= titleHeight(composedTitle(fromX.join(", "))) - ownTitle;
    QStringList overflow;
    const QString y = fittedAxisTitle(yTitle_, QFontMetrics(yAxis_->titleFont()), high, overflow);
    overflow << fromX;
    if (yAxis_->titleText() != y) yAxis_->setTitleText(y);
    if (xAxis_->titleText() != x) xAxis_->setTitleText(x);
    overflow.removeDuplicates();
    const QString joined = overflow.join(", ");
    if (joined != yTitleOverflow_) {
        yTitleOverflow_ = joined;
        layoutTitle();
    }
}

bool ChartPlot::legendShown() const {
    if (!chart_->legend()->isVisible()) return false;
    for (QLegendMarker* marker : chart_->legend()->markers()) {
        if (marker->isVisible()) return true;
    }
    return false;
}

double ChartPlot::legendScale() const {
    const double chartSize = font().pointSizeF();
    return chartSize > 0.0 ? chart_->legend()->font().pointSizeF() / chartSize : 1.0;
}

void ChartPlot::fitLogYLabels() {
    // A log axis labels every power of its base. Qt Charts writes "..." for labels that overlap, so over many decades
    // on a short plot the base grows (10, 100, 1000, ...) until the labels are at least 1.8 lines apart.
    auto* log = qobject_cast<QLogValueAxis*>(yAxis_);
    if (log == nullptr || !(log->min() > 0.0) || !(log->max() > log->min())) return;
    const double decades = std::log10(log->max() / log->min());
    const double height = chart_->plotArea().height();
    const double line = QFontMetricsF(log->labelsFont()).height();
    const int fitting = height > 0.0 ? std::max(2, static_cast<int>(height / (1.8 * line))) : 6;
    const double step = std::max(1.0, std::ceil(decades / fitting));
    const double base = std::pow(10.0, step);
    if (log->base() != base) log->setBase(base);
}

}  // namespace gumbel::ui
