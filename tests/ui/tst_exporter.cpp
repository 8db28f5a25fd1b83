#include <QTemporaryDir>
#include <QStandardPaths>
#include <QtTest>
#include <cmath>

#include "ui/model/ExplorerDocument.h"
#include "ui/batch/Exporter.h"
#include "ui/window/MainWindow.h"
#include "ui/views/ExplorerView.h"
#include "ui/views/HeatmapWidget.h"

using namespace gumbel::ui;

class TstExporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // settings and recent files go to a test location
    void writesFiguresAndDataWithTheRightShapes();
    void unwritableFolderIsAClearError();
};

void TstExporter::writesFiguresAndDataWithTheRightShapes() {
    ExplorerDocument document;
    ExplorerState& state = document.state();
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.k = 5;
        p.d = 7;
        p.m = 2;
        p.samples = 3000;
    }).ok());
    MainWindow window(document);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.document().samplingComplete(), 60000);
    QTemporaryDir dir;
    // The explorer is behind another view: its figures are drawn anyway, and the view in front stays in front.
    QVERIFY(window.showView("pipeline"));
    const auto written = window.exportTo(dir.filePath("out"), 2.0);
    QCOMPARE(window.currentViewName(), QString("pipeline"));
    QVERIFY2(written.ok(), written.error().c_str());
    for (const QString& path : written.value()) QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    for (const char* name : {"G_heatmap.png", "G_heatmap.svg", "S_bars.svg", "histogram_argmax.png", "pipeline.png"}) {
        QVERIFY2(QFile::exists(dir.filePath(QString("out/") + name)), name);
    }
    const QImage g(dir.filePath("out/G_heatmap.png"));
    QCOMPARE(g.width(), window.explorerView().gHeatmap()->width() * 2);  // at the chosen scale
    QVERIFY(g.width() > 100);
    QSet<QRgb> colours;  // drawn, not a blank rectangle
    for (int y = 0; y < g.height(); y += 4) {
        for (int x = 0; x < g.width(); x += 4) colours.insert(g.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString("%1 colours").arg(colours.size())));
    QFile svg(dir.filePath("out/S_bars.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    const auto lines = [&](const char* name) {
        QFile file(dir.filePath(QString("out/") + name));
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll()).trimmed().split('\n');
    };
    const QStringList gRows = lines("G.csv");
    QCOMPARE(gRows.size(), 1 + 5);                     // header + k rows
    QCOMPARE(gRows[0].split(',').size(), 1 + 7);       // category + d columns
    QCOMPARE(lines("V.csv")[1].split(',').size(), 1 + 2);
    QCOMPARE(lines("S.csv").size(), 1 + 5);
    QCOMPARE(lines("p.csv")[0], QString("category,p,log_p"));
    QCOMPARE(lines("histogram_max_C.csv").size(), 1 + state.parameters().bins);
    QCOMPARE(lines("histogram_inclusion.csv")[0], QString("category,count,frequency,exact_P_in_S"));

    // The values, not only the shapes: every number written is the one the document holds (bit for bit: the files
    // use the shortest round-trip form), and the histograms add up.
    const auto cells = [&](const char* name) {
        std::vector<std::vector<double>> rows;
        const QStringList all = lines(name);
        for (qsizetype r = 1; r < all.size(); ++r) {
            std::vector<double> row;
            for (const QString& cell : all[r].split(',')) {
                bool ok = false;
                row.push_back(cell.toDouble(&ok));
                if (!ok) row.back() = std::nan("");
            }
            rows.push_back(row);
        }
        return rows;
    };
    const auto& live = document.liveSample();
    const auto gCells = cells("G.csv");
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(gCells[static_cast<std::size_t>(i)][0], double(i));
        for (int j = 0; j < 7; ++j) QCOMPARE(gCells[static_cast<std::size_t>(i)][static_cast<std::size_t>(j) + 1], live.c()(i, j));
    }
    const auto s = cells("S.csv");
    for (int i = 0; i < 5; ++i) QCOMPARE(s[static_cast<std::size_t>(i)][1], live.mHot().s[i]);
    const auto p = cells("p.csv");
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(p[static_cast<std::size_t>(i)][1], document.distribution().probabilities()[i]);
        QCOMPARE(p[static_cast<std::size_t>(i)][2], document.distribution().logProbabilities()[i]);
    }
    const auto& stats = *document.lastSampling().stats;
    const auto argmax = cells("histogram_argmax.csv");
    double counted = 0.0;
    for (int i = 0; i < 5; ++i) {
        const auto& row = argmax[static_cast<std::size_t>(i)];
        QCOMPARE(row[1], double(stats.argmaxCounts()[static_cast<std::size_t>(i)]));
        QCOMPARE(row[2], row[1] / 3000.0);
        QCOMPARE(row[3], document.distribution().probabilities()[i]);
        counted += row[1];
    }
    QCOMPARE(counted, 3000.0);
    const auto maxC = cells("histogram_max_C.csv");
    double inBins = 0.0;
    for (const auto& row : maxC) {
        QVERIFY(row[0] < row[1]);
        QVERIFY(std::abs(row[3] - row[2] * (1.0 / (row[1] - row[0])) / 3000.0) < 1e-9);  // density = count / (N width)
        inBins += row[2];
    }
    QCOMPARE(inBins, 3000.0);
    const auto inclusion = cells("histogram_inclusion.csv");
    double exactSum = 0.0;
    double includedSum = 0.0;
    for (const auto& row : inclusion) {
        exactSum += row[3];
        includedSum += row[1];
    }
    QVERIFY2(std::abs(exactSum - 2.0) < 1e-9, qPrintable(QString::number(exactSum)));  // sum of P(i in S) = m
    QCOMPARE(includedSum, 2.0 * static_cast<double>(stats.mHotSamples()));                // m ones per S
}

void TstExporter::unwritableFolderIsAClearError() {
    const auto status = prepareFolder("/proc/gumbel-explorer-cannot-be-here");
    QVERIFY(!status.ok());
    QVERIFY(QString::fromStdString(status.error()).contains("cannot create"));
}

QTEST_MAIN(TstExporter)
#include "tst_exporter.moc"
