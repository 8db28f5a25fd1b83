#pragma once
// Figures and data out: every chart and heatmap as PNG (at a chosen scale,
// for slides) and SVG, and the numbers as CSV with a header row: G, V, S, p,
// and every histogram with its bin edges, counts and the exact overlay.
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

    // One widget as `base`.png (scaled) and `base`.svg; a widget behind another one is laid out first.
    [[nodiscard]] static Status writeFigure(QWidget& widget, const QString& base, double pngScale);

private:
    const ExplorerDocument& document_;
    std::vector<NamedFigure> figures_;
};

// Writes a CSV file atomically (locale-independent numbers are the caller's): a header row, then the rows.
[[nodiscard]] Status writeCsvFile(const QString& path, const QStringList& header, const std::vector<QStringList>& rows);

// A folder that exists (created if needed) and takes files; else the reason.
[[nodiscard]] Status prepareFolder(const QString& folder);

}  // namespace gumbel::ui
