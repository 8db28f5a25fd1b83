#pragma once
// Figures and data out: every chart and heatmap as PNG (at a chosen scale,
// for slides) and SVG, and the numbers as CSV with a header row: G, V, S, p,
// and every histogram with its bin edges, counts and the exact overlay.
#include <QImage>
#include <QString>
#include <QStringList>
#include <vector>

#include "core/Result.h"

class QWidget;

namespace gumbel::ui {

class ExplorerDocument;

// A figure to export: its file name (without extension) and the widget that draws it, in front or not.
struct NamedFigure {
    QString name;
    QWidget* widget = nullptr;
    bool tauCaption = true;  // false for a figure that names its own temperatures
};

class Exporter {
public:
    // The figures must already show the document's current data (the window's figures() does that).
    Exporter(const ExplorerDocument& document, std::vector<NamedFigure> figures)
        : document_(document), figures_(std::move(figures)) {}

    // Creates `folder` if missing; returns the files written or the reason nothing could be.
    [[nodiscard]] Result<QStringList> exportAll(const QString& folder, double pngScale = 2.0) const;
    [[nodiscard]] Result<QStringList> exportData(const QString& folder) const;
    [[nodiscard]] Result<QStringList> exportFigures(const QString& folder, double pngScale) const;

    // One widget as `base`.png (scaled) and `base`.svg; a widget behind another one is laid out first. A caption
    // (the temperature, say) is written in a band above the widget, large enough to read on a slide.
    [[nodiscard]] static Status writeFigure(QWidget& widget, const QString& base, double pngScale,
                                            const QString& caption = QString());
    // The same picture as an image (Copy figure).
    static QImage figureImage(QWidget& widget, double pngScale, const QString& caption = QString());

private:
    const ExplorerDocument& document_;
    std::vector<NamedFigure> figures_;
};

// "τ = 0.5" (or the tau -> 0 limit with hard one-hots): the temperature every figure and view shows.
QString tauCaption(double tau, bool hard);

// Writes a CSV file atomically (locale-independent numbers are the caller's): a header row, then the rows.
[[nodiscard]] Status writeCsvFile(const QString& path, const QStringList& header, const std::vector<QStringList>& rows);

// A folder that exists (created if needed) and takes files; else the reason.
[[nodiscard]] Status prepareFolder(const QString& folder);

}  // namespace gumbel::ui
