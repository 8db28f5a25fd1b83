#pragma once
// Figures and data out: every chart and heatmap as PNG (at a chosen scale,
// for slides) and SVG, and the numbers as CSV with a header row: G, V, S, p,
// and every histogram with its bin edges, counts and the exact overlay.
#include <QString>
#include <QStringList>

#include "core/Result.h"

class QWidget;

namespace gumbel::ui {

class MainWindow;
class ExplorerState;

class Exporter {
public:
    Exporter(MainWindow& window, const ExplorerState& state) : window_(window), state_(state) {}

    // Creates `folder` if missing; returns the files written or the reason nothing could be.
    Result<QStringList> exportAll(const QString& folder, double pngScale = 2.0) const;
    Result<QStringList> exportData(const QString& folder) const;
    Result<QStringList> exportFigures(const QString& folder, double pngScale) const;

    // One widget as `base`.png (scaled) and `base`.svg.
    static Status writeFigure(QWidget& widget, const QString& base, double pngScale);

private:
    MainWindow& window_;
    const ExplorerState& state_;
};

// A folder that exists (created if needed) and takes files; else the reason.
Status prepareFolder(const QString& folder);

}  // namespace gumbel::ui
