#include <QTemporaryDir>
#include <QtTest>

#include "ui/ExplorerController.h"
#include "ui/Exporter.h"
#include "ui/MainWindow.h"
#include "ui/views/ExplorerView.h"
#include "ui/views/HeatmapWidget.h"

using namespace gumbel::ui;

class TstExporter : public QObject {
    Q_OBJECT
private slots:
    void writesFiguresAndDataWithTheRightShapes();
    void unwritableFolderIsAClearError();
};

void TstExporter::writesFiguresAndDataWithTheRightShapes() {
    ExplorerState state;
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.k = 5;
        p.d = 7;
        p.m = 2;
        p.samples = 3000;
    }).ok());
    MainWindow window(state);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.controller().samplingComplete(), 60000);
    QTemporaryDir dir;
    const auto written = Exporter(window, state).exportAll(dir.filePath("out"), 2.0);
    QVERIFY2(written.ok(), written.error().c_str());
    for (const QString& path : written.value()) QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    for (const char* name : {"G_heatmap.png", "G_heatmap.svg", "S_bars.svg", "histogram_argmax.png", "pipeline.png"}) {
        QVERIFY2(QFile::exists(dir.filePath(QString("out/") + name)), name);
    }
    const QImage g(dir.filePath("out/G_heatmap.png"));
    QCOMPARE(g.width(), window.explorerView().gHeatmap()->width() * 2);  // at the chosen scale
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
}

void TstExporter::unwritableFolderIsAClearError() {
    const auto status = prepareFolder("/proc/gumbel-explorer-cannot-be-here");
    QVERIFY(!status.ok());
    QVERIFY(QString::fromStdString(status.error()).contains("cannot create"));
}

QTEST_MAIN(TstExporter)
#include "tst_exporter.moc"
