// Issue 25, item 8: a screenshot depends on what the window shows and its final size, not on the sizes it passed
// through on the way (which a busy machine changes: the same command once gave pictures without two legends).
#include <QtTest>

#include "ui/MainWindow.h"
#include "ui/model/ExplorerDocument.h"

using namespace gumbel::ui;

class TstFigurePath : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void thePictureForgetsTheSizesOnTheWay_data();
    void thePictureForgetsTheSizesOnTheWay();
};

namespace {
QImage shoot(const QList<QSize>& path) {
    ExplorerDocument document;
    if (!document.state().apply([](ExplorerParameters& p) { p.samples = 20000; }).ok()) return {};
    MainWindow window(document);
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
    QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    window.setPresentationMode(false);
    return image;
}
}  // namespace

void TstFigurePath::thePictureForgetsTheSizesOnTheWay_data() {
    QTest::addColumn<QList<QSize>>("path");
    QTest::newRow("from 800 x 600") << QList<QSize>{{800, 600}, {1920, 1080}};
    QTest::newRow("from 1500 x 900") << QList<QSize>{{1500, 900}, {1920, 1080}};
    QTest::newRow("from 2400 x 1400") << QList<QSize>{{2400, 1400}, {1920, 1080}};
    QTest::newRow("from 1920 x 700") << QList<QSize>{{1920, 700}, {1920, 1080}};
}

void TstFigurePath::thePictureForgetsTheSizesOnTheWay() {
    QFETCH(QList<QSize>, path);
    const QImage direct = shoot({{1920, 1080}});
    const QImage travelled = shoot(path);
    QVERIFY(!direct.isNull() && !travelled.isNull());
    QCOMPARE(travelled.size(), direct.size());
    const int statusBar = direct.height() * 6 / 100;
    int differing = 0, firstY = -1;
    for (int y = 0; y < direct.height() - statusBar; ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(direct.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(travelled.constScanLine(y));
        for (int x = 0; x < direct.width(); ++x) {
            if (a[x] == b[x]) continue;
            ++differing;
            if (firstY < 0) firstY = y;
        }
    }
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
