#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/GifFrames.h"
#include "ui/animation/AnimationSettings.h"
#include "ui/animation/GifWriter.h"

using namespace gumbel::ui;
using gumbel::Status;
using gumbel::test::readGif;

namespace {
// A frame of `colours` distinct colours in vertical stripes, shifted by `shift` columns.
QImage stripes(QSize size, int colours, int shift) {
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const int c = ((x + shift) * colours / size.width()) % colours;
            image.setPixel(x, y, qRgb(c * 7 % 256, c * 13 % 256, c * 29 % 256));
        }
    }
    return image;
}

int maxChannelError(const QImage& a, const QImage& b) {
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return worst;
}
}  // namespace

class TstGifWriter : public QObject {
    Q_OBJECT
private slots:
    void framesComeBackExactlyWithTheirDelaysAndLoop();
    void frequentColoursStayExactWhenThereAreMoreThan256();
    void changedRegion_data();
    void changedRegion();
    void aFrameOfAnotherSizeIsRefused();
    void anUnwritablePathIsAClearError();
    void abandoningLeavesTheExistingFileAlone();
    void settingsPathAndChecks_data();
    void settingsPathAndChecks();
};

void TstGifWriter::framesComeBackExactlyWithTheirDelaysAndLoop() {
    QTemporaryDir dir;
    const QString path = dir.filePath("a.gif");
    const QSize size(64, 40);
    const std::vector<QImage> frames = {stripes(size, 200, 0), stripes(size, 200, 5), stripes(size, 200, 5),
                                        stripes(size, 3, 0)};
    GifWriter writer;
    QVERIFY(writer.open(path, size).ok());
    const int delays[] = {100, 40, 10, 1500};
    for (std::size_t i = 0; i < frames.size(); ++i) QVERIFY(writer.addFrame(frames[i], delays[i]).ok());
    const Status finished = writer.finish();
    QVERIFY2(finished.ok(), finished.ok() ? "" : finished.error().c_str());
    const auto gif = readGif(path);
    QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
    QCOMPARE(gif.size, size);
    QVERIFY(gif.loopsForever);
    QCOMPARE(gif.frames.size(), frames.size());
    for (std::size_t i = 0; i < frames.size(); ++i) {
        QCOMPARE(maxChannelError(gif.frames[i], frames[i]), 0);  // at most 256 colours: exact
    }
    // Hundredths of a second; 10 ms becomes the 20 ms that browsers still honour.
    QCOMPARE(gif.delaysCs, (std::vector<int>{10, 4, 2, 150}));
}

void TstGifWriter::frequentColoursStayExactWhenThereAreMoreThan256() {
    // 200 colours in large blocks and 300 single pixels of other, nearby colours (antialiased edges, say).
    const QSize size(200, 100);
    QImage image = stripes(size, 200, 0);
    for (int i = 0; i < 300; ++i) {
        const int x = i % 200, y = i / 200 * 50 + 10;
        const QRgb c = image.pixel(x, y);
        image.setPixel(x, y, qRgb(std::min(255, qRed(c) + 1 + i % 5), qGreen(c), std::max(0, qBlue(c) - 1 - i % 3)));
    }
    QTemporaryDir dir;
    GifWriter writer;
    QVERIFY(writer.open(dir.filePath("b.gif"), size).ok());
    QVERIFY(writer.addFrame(image, 100).ok());
    QVERIFY(writer.finish().ok());
    const auto gif = readGif(dir.filePath("b.gif"));
    QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
    const QImage& back = gif.frames.at(0);
    const QImage blocks = stripes(size, 200, 0);
    int exact = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) exact += back.pixel(x, y) == blocks.pixel(x, y) && image.pixel(x, y) == blocks.pixel(x, y);
    }
    QCOMPARE(exact, size.width() * size.height() - 300);  // every block pixel exact
    QVERIFY2(maxChannelError(back, image) <= 12, "a rare colour is drawn as a near one, not a far one");
}

void TstGifWriter::changedRegion_data() {
    QTest::addColumn<QRect>("changed");
    QTest::newRow("nothing") << QRect();
    QTest::newRow("one pixel") << QRect(3, 4, 1, 1);
    QTest::newRow("top-left corner") << QRect(0, 0, 2, 2);
    QTest::newRow("bottom-right corner") << QRect(30, 18, 2, 2);
    QTest::newRow("a band") << QRect(5, 0, 10, 20);
}

void TstGifWriter::changedRegion() {
    QFETCH(QRect, changed);
    QImage a(32, 20, QImage::Format_RGB32);
    a.fill(Qt::white);
    QImage b = a.copy();
    for (int y = changed.top(); y <= changed.bottom(); ++y) {
        for (int x = changed.left(); x <= changed.right(); ++x) b.setPixel(x, y, qRgb(1, 2, 3));
    }
    QCOMPARE(gumbel::ui::changedRegion(a, b), changed);
}

void TstGifWriter::aFrameOfAnotherSizeIsRefused() {
    QTemporaryDir dir;
    GifWriter writer;
    QVERIFY(writer.open(dir.filePath("c.gif"), QSize(10, 10)).ok());
    const Status s = writer.addFrame(stripes(QSize(11, 10), 2, 0), 100);
    QVERIFY(!s.ok());
    QVERIFY2(QString::fromStdString(s.error()).contains("11 x 10"), s.error().c_str());
    QVERIFY(!QFile::exists(dir.filePath("c.gif")));
}

void TstGifWriter::anUnwritablePathIsAClearError() {
    QTemporaryDir dir;
    const QString path = dir.filePath("missing-folder/d.gif");
    GifWriter writer;
    const Status s = writer.open(path, QSize(10, 10));
    QVERIFY(!s.ok());
    QVERIFY2(QString::fromStdString(s.error()).contains(path), s.error().c_str());
    QVERIFY(!writer.finish().ok());  // nothing open: an error, not a crash
}

void TstGifWriter::abandoningLeavesTheExistingFileAlone() {
    QTemporaryDir dir;
    const QString path = dir.filePath("e.gif");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the user's old file");
    }
    {
        GifWriter writer;
        QVERIFY(writer.open(path, QSize(10, 10)).ok());
        QVERIFY(writer.addFrame(stripes(QSize(10, 10), 2, 0), 100).ok());
        writer.abandon();
    }
    {
        GifWriter writer;  // destroyed without finish(): the same
        QVERIFY(writer.open(path, QSize(10, 10)).ok());
        QVERIFY(writer.addFrame(stripes(QSize(10, 10), 2, 0), 100).ok());
    }
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the user's old file"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"e.gif"});  // no partial copy left behind
}

void TstGifWriter::settingsPathAndChecks_data() {
    QTest::addColumn<int>("frames");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("frameMs");
    QTest::addColumn<QString>("problem");  // empty: valid
    QTest::newRow("defaults") << 60 << 10.0 << 0.01 << 100 << "";
    QTest::newRow("warming up") << 2 << 0.01 << 1000.0 << 20 << "";
    QTest::newRow("one frame") << 1 << 10.0 << 0.01 << 100 << "number of frames";
    QTest::newRow("too many frames") << 601 << 10.0 << 0.01 << 100 << "number of frames";
    QTest::newRow("tau too small") << 60 << 10.0 << 1e-5 << 100 << "end temperature";
    QTest::newRow("tau not a number") << 60 << std::nan("") << 0.01 << 100 << "start temperature";
    QTest::newRow("equal temperatures") << 60 << 1.0 << 1.0 << 100 << "equal";
    QTest::newRow("frame too short") << 60 << 10.0 << 0.01 << 10 << "frame must last";
}

void TstGifWriter::settingsPathAndChecks() {
    QFETCH(int, frames);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, frameMs);
    QFETCH(QString, problem);
    AnimationSettings s;
    s.frames = frames;
    s.fromTau = from;
    s.toTau = to;
    s.frameMs = frameMs;
    const Status status = s.check();
    if (problem.isEmpty()) {
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().c_str());
        QCOMPARE(s.tauAt(0), from);
        QCOMPARE(s.tauAt(frames - 1), to);
        if (frames > 2) {  // evenly spaced in log tau: each frame's ratio to the next is the same
            const double ratio = s.tauAt(1) / s.tauAt(0);
            for (int i = 1; i + 1 < frames; ++i) QVERIFY(qAbs(s.tauAt(i + 1) / s.tauAt(i) / ratio - 1.0) < 1e-9);
        }
    } else {
        QVERIFY(!status.ok());
        QVERIFY2(QString::fromStdString(status.error()).contains(problem), status.error().c_str());
    }
}

QTEST_MAIN(TstGifWriter)
#include "tst_gif_writer.moc"
