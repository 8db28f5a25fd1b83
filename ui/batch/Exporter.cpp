#include "ui/batch/Exporter.h"

#include "ui/batch/GradientLabExport.h"

#include <QCoreApplication>
#include <QLayout>
#include <QWidget>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>
#include <cmath>

#include "core/NumberParsing.h"
#include "core/Theory.h"
#include "ui/text/Language.h"
#include "ui/model/ExplorerDocument.h"

namespace gumbel::ui {

namespace {

QString num(double v) { return QString::fromStdString(formatDouble(v)); }  // locale-independent, for the CSV files

// Writes a CSV file atomically: rows of cells, the first row the header.
Status writeCsv(const QString& path, const QStringList& header, const std::vector<QStringList>& rows) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return Error{QCoreApplication::translate("Exporter", "%1: cannot write: %2").arg(path, file.errorString()).toStdString()};
    }
    QTextStream out(&file);
    out << header.join(',') << '\n';
    for (const QStringList& row : rows) out << row.join(',') << '\n';
    out.flush();
    if (!file.commit()) {
        return Error{
            QCoreApplication::translate("Exporter", "%1: could not finish writing: %2").arg(path, file.errorString()).toStdString()};
    }
    return {};
}

Status writeMatrix(const QString& path, const Eigen::MatrixXd& m, const QString& columnName) {
    QStringList header{"category"};
    for (Eigen::Index j = 0; j < m.cols(); ++j) header << columnName + "_" + QString::number(j);
    std::vector<QStringList> rows;
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        QStringList row{QString::number(i)};
        for (Eigen::Index j = 0; j < m.cols(); ++j) row << num(m(i, j));
        rows.push_back(row);
    }
    return writeCsv(path, header, rows);
}

// A value histogram on [0, 1]: edges, counts, density, and an optional exact density at the bin centres.
Status writeHistogram(const QString& path, const long long* counts, int bins, long long total,
                      const std::function<double(double)>* exact) {
    QStringList header{"bin_left", "bin_right", "count", "density"};
    if (exact != nullptr) header << "exact_density_at_centre";
    std::vector<QStringList> rows;
    for (int b = 0; b < bins; ++b) {
        const double left = static_cast<double>(b) / bins;
        const double right = static_cast<double>(b + 1) / bins;
        QStringList row{num(left), num(right), QString::number(counts[b]),
                        num(total > 0 ? static_cast<double>(counts[b]) * bins / static_cast<double>(total) : 0.0)};
        if (exact != nullptr) row << num((*exact)(0.5 * (left + right)));
        rows.push_back(row);
    }
    return writeCsv(path, header, rows);
}

}  // namespace

Status writeCsvFile(const QString& path, const QStringList& header, const std::vector<QStringList>& rows) {
    return writeCsv(path, header, rows);
}

Status prepareFolder(const QString& folder) {
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        return Error{QCoreApplication::translate("Exporter", "%1: cannot create the folder").arg(folder).toStdString()};
    }
    QFile probe(dir.filePath(".gumbel-explorer-write-test"));
    if (!probe.open(QIODevice::WriteOnly)) {
        return Error{QCoreApplication::translate("Exporter", "%1: the folder is not writable").arg(folder).toStdString()};
    }
    probe.close();
    probe.remove();
    return {};
}

QString tauCaption(double tau, bool hard) {
    if (hard) return QString::fromUtf8("\u03c4 \u2192 0 %1").arg(QCoreApplication::translate("Exporter", "(hard one-hots)"));
    return QString::fromUtf8("\u03c4 = %1").arg(displayNumber(tau, 'g', 4));
}

namespace {
// The caption's font (bold, larger than the widget's) and the height of its band; no band without a caption.
QFont captionFont(const QWidget& widget) {
    QFont font = widget.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    return font;
}

int captionHeight(const QWidget& widget, const QString& caption) {
    return caption.isEmpty() ? 0 : QFontMetrics(captionFont(widget)).height() + 8;
}

// Lays out what changed since the last paint (widgets and the charts' scenes; render() then sends the pending
// resizes of a widget that is not shown) and draws the caption band and the widget. No general event processing.
void drawFigure(QWidget& widget, QPainter& painter, const QString& caption) {
    const int band = captionHeight(widget, caption);
    if (band > 0) {
        painter.save();
        painter.setFont(captionFont(widget));
        painter.setPen(widget.palette().windowText().color());
        painter.drawText(QRect(8, 0, widget.width() - 16, band), Qt::AlignLeft | Qt::AlignVCenter, caption);
        painter.restore();
    }
    widget.render(&painter, QPoint(0, band));
}

// The figure's size: the widget and the caption's band above it.
QSize figureSize(const QWidget& widget, const QString& caption) {
    return widget.size().expandedTo(QSize(10, 10)) + QSize(0, captionHeight(widget, caption));
}

void settleLayouts(QWidget& widget) {
    if (QLayout* layout = widget.layout()) layout->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
}  // namespace

QImage Exporter::figureImage(QWidget& widget, double pngScale, const QString& caption) {
    settleLayouts(widget);
    const QSize size = figureSize(widget, caption);
    QImage image(size * pngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pngScale);
    image.fill(widget.palette().window().color());
    QPainter painter(&image);
    drawFigure(widget, painter, caption);
    return image;
}

Status Exporter::writeFigure(QWidget& widget, const QString& base, double pngScale, const QString& caption) {
    if (!figureImage(widget, pngScale, caption).save(base + ".png", "PNG")) {
        return Error{QCoreApplication::translate("Exporter", "%1: cannot write").arg(base + ".png").toStdString()};
    }
    const QSize size = figureSize(widget, caption);
    QSvgGenerator svg;
    svg.setFileName(base + ".svg");
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle("Gumbel Explorer");
    QPainter painter;
    if (!painter.begin(&svg)) {
        return Error{QCoreApplication::translate("Exporter", "%1: cannot write").arg(base + ".svg").toStdString()};
    }
    drawFigure(widget, painter, caption);
    painter.end();
    return {};
}

Result<QStringList> Exporter::exportFigures(const QString& folder, double pngScale) const {
    if (Status s = prepareFolder(folder); !s) return Error{s.error()};
    const QDir dir(folder);
    QStringList written;
    for (const NamedFigure& figure : figures_) {
        const ExplorerParameters& p = document_.state().parameters();
        const QString caption = figure.tauCaption ? tauCaption(p.tau, p.hard) : QString();
        if (Status s = writeFigure(*figure.widget, dir.filePath(figure.name), pngScale, caption); !s) {
            return Error{s.error()};
        }
        written << dir.filePath(figure.name + ".png") << dir.filePath(figure.name + ".svg");
    }
    return written;
}

Result<QStringList> Exporter::exportData(const QString& folder) const {
    if (Status s = prepareFolder(folder); !s) return Error{s.error()};
    const QDir dir(folder);
    const Distribution& p = document_.distribution();
    const LiveSample& live = document_.liveSample();
    QStringList written;
    const auto keep = [&](const QString& name, const Status& s) -> Status {
        if (s) written << dir.filePath(name);
        return s;
    };
    const int k = p.size();
    std::vector<QStringList> pRows;
    for (int i = 0; i < k; ++i) pRows.push_back({QString::number(i), num(p.probabilities()[i]), num(p.logProbabilities()[i])});
    Status s = keep("p.csv", writeCsv(dir.filePath("p.csv"), {"category", "p", "log_p"}, pRows));
    if (s) s = keep("G.csv", writeMatrix(dir.filePath("G.csv"), live.c(), "feature"));
    if (s) s = keep("G_noise_eps.csv", writeMatrix(dir.filePath("G_noise_eps.csv"), live.eps(), "feature"));
    if (s && live.hasMHot()) {
        s = keep("V.csv", writeMatrix(dir.filePath("V.csv"), live.mHot().v, "draw"));
        std::vector<QStringList> sRows;
        for (int i = 0; i < k; ++i) sRows.push_back({QString::number(i), num(live.mHot().s[i])});
        if (s) s = keep("S.csv", writeCsv(dir.filePath("S.csv"), {"category", "S"}, sRows));
    }
    const SamplingUpdate& update = document_.lastSampling();
    if (s && update.stats && update.stats->categories() == k) {
        const SamplingStats& stats = *update.stats;
        std::vector<QStringList> argmax;
        for (int i = 0; i < k; ++i) {
            const long long c = stats.argmaxCounts()[static_cast<std::size_t>(i)];
            argmax.push_back({QString::number(i), QString::number(c), num(static_cast<double>(c) / std::max<long long>(1, stats.oneHotSamples())),
                              num(p.probabilities()[i])});
        }
        s = keep("histogram_argmax.csv", writeCsv(dir.filePath("histogram_argmax.csv"), {"category", "count", "frequency", "exact_p"}, argmax));
        const ExplorerParameters& params = document_.parameters();
        const int i = params.category;
        std::function<double(double)> binary;
        const bool overlay = k == 2 && !params.hard && p.probabilities()[0] > 0 && p.probabilities()[1] > 0;
        if (overlay) {
            const double alpha = p.probabilities()[i] / p.probabilities()[1 - i];
            binary = [alpha, tau = params.tau](double x) { return theory::binaryConcreteDensity(x, alpha, tau); };
        }
        const QString cName = QString("histogram_C_%1.csv").arg(i);
        if (s) s = keep(cName, writeHistogram(dir.filePath(cName), stats.cHistogram(i), stats.bins(), stats.oneHotSamples(), overlay ? &binary : nullptr));
        if (s) s = keep("histogram_max_C.csv", writeHistogram(dir.filePath("histogram_max_C.csv"), stats.maxHistogram().data(), stats.bins(), stats.oneHotSamples(), nullptr));
        std::vector<QStringList> inclusion;
        for (int c = 0; c < k; ++c) {
            const long long n = stats.inclusionCounts()[static_cast<std::size_t>(c)];
            QStringList row{QString::number(c), QString::number(n), num(static_cast<double>(n) / std::max<long long>(1, stats.mHotSamples()))};
            row << (update.theory && update.theory->inclusion ? num((*update.theory->inclusion)[c]) : QString());
            inclusion.push_back(row);
        }
        if (s) s = keep("histogram_inclusion.csv", writeCsv(dir.filePath("histogram_inclusion.csv"), {"category", "count", "frequency", "exact_P_in_S"}, inclusion));
    }
    if (!s) return Error{s.error()};
    if (document_.gradientLab().sweepComplete()) {
        const Result<QStringList> lab = exportGradientLabData(document_.gradientLab(), folder);
        if (!lab) return Error{lab.error()};
        written += lab.value();
    }
    return written;
}

Result<QStringList> Exporter::exportAll(const QString& folder, double pngScale) const {
    const Result<QStringList> data = exportData(folder);
    if (!data) return data;
    const Result<QStringList> figures = exportFigures(folder, pngScale);
    if (!figures) return figures;
    return data.value() + figures.value();
}

}  // namespace gumbel::ui
