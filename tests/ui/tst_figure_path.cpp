// Issue 25, item 8: a screenshot depends on what the window shows and its final size, not on the sizes it passed
// through on the way (which a busy machine changes: the same command once gave pictures without two legends).
#include <QtTest>

#include "support/PictureDifference.h"

#include "ui/window/MainWindow.h"
#include "ui/charts/ChartPlot.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/model/ViewTable.h"

using namespace gumbel::ui;

class TstFigurePath : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void thePictureForgetsTheSizesOnTheWay_data();
    void thePictureForgetsTheSizesOnTheWay();
};

namespace {
struct Figure {
    QImage image;
    QStringList titles;  // every visible chart's title as drawn (with what its axes gave it)
    QStringList elided;  // what the charts cut with "..."
};

// The window in presentation mode after passing through `path`.
Figure shoot(ViewId view, const QList<QSize>& path) {
    ExplorerDocument document;
    if (!document.state().apply([](ExplorerParameters& p) { p.samples = 20000; }).ok()) return {};
    MainWindow window(document);
    window.showView(view);
    window.resize(path.first());
    window.show();
    window.setPresentationMode(true);
    window.showNormal();  // as gumbel-explorer --presentation --size does: a window of that size, not the screen's
    for (const QSize& size : path) {
        window.resize(size);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (!QTest::qWaitFor([&] { return document.viewComplete(); }, 60000)) return {};
        QTest::qWait(50);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    Figure figure{window.grab().toImage().convertToFormat(QImage::Format_RGB32), {}, {}};
    for (ChartPlot* chart : window.findChildren<ChartPlot*>()) {
        if (!chart->isVisible()) continue;
        figure.titles << chart->shownTitle();
        figure.elided << chart->elidedTexts();
    }
    window.setPresentationMode(false);
    return figure;
}
}  // namespace

void TstFigurePath::thePictureForgetsTheSizesOnTheWay_data() {
    QTest::addColumn<ViewId>("view");
    QTest::addColumn<QList<QSize>>("path");
    // The explorer's histograms and the gradient lab's log-scale charts have the axis titles that move into the
    // chart's title when the axis is short ("frequency, N = 20,000", "bias^2 (log scale)").
    for (const ViewId view : {ViewId::Explorer, ViewId::Gradients}) {
        const QString name = viewInfo(view).name;
        // newRow copies the tag; the QByteArray lives until then (qPrintable of a temporary would not).
        const auto row = [&](const char* from) { return (name + " from " + from).toUtf8(); };
        QTest::newRow(row("800 x 600").constData()) << view << QList<QSize>{{800, 600}, {1920, 1080}};
        QTest::newRow(row("1500 x 900").constData()) << view << QList<QSize>{{1500, 900}, {1920, 1080}};
        QTest::newRow(row("2400 x 1400").constData()) << view << QList<QSize>{{2400, 1400}, {1920, 1080}};
        QTest::newRow(row("1920 x 700").constData()) << view << QList<QSize>{{1920, 700}, {1920, 1080}};
        QTest::newRow(row("1920 x 1080 to 1500 x 900").constData()) << view << QList<QSize>{{1920, 1080}, {1500, 900}};
        QTest::newRow(row("800 x 600 to 1500 x 900").constData()) << view << QList<QSize>{{800, 600}, {1500, 900}};
    }
}

void TstFigurePath::thePictureForgetsTheSizesOnTheWay() {
    QFETCH(ViewId, view);
    QFETCH(QList<QSize>, path);
    const Figure directly = shoot(view, {path.last()});
    const Figure travelling = shoot(view, path);
    QVERIFY(!directly.image.isNull() && !travelling.image.isNull());
    QVERIFY2(directly.elided.isEmpty(), qPrintable("cut with '...': " + directly.elided.join(" | ")));
    QVERIFY2(travelling.elided.isEmpty(), qPrintable("cut with '...': " + travelling.elided.join(" | ")));
    QCOMPARE(travelling.titles, directly.titles);
    // The gradient lab's training curve is drawn as it runs, step by step: its pixels depend on the time taken.
    if (view == ViewId::Gradients) return;
    const QImage& direct = directly.image;
    const QImage& travelled = travelling.image;
    QCOMPARE(travelled.size(), direct.size());
    const auto [differing, firstY] = gumbel::testing::differenceAboveStatusBar(direct, travelled);
    QString saved;
    if (differing > 0) {  // kept for a look: the picture taken directly and the one after the detour
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        const QString a = QDir::temp().filePath("tst_figure_path-direct-" + tag + ".png");
        const QString b = QDir::temp().filePath("tst_figure_path-travelled-" + tag + ".png");
        if (direct.save(a) && travelled.save(b)) saved = " (" + a + ", " + b + ")";
    }
    QVERIFY2(differing == 0,
             qPrintable(QString("%1 pixels differ, the first in row %2%3").arg(differing).arg(firstY).arg(saved)));
}

QTEST_MAIN(TstFigurePath)
#include "tst_figure_path.moc"
