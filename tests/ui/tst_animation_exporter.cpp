#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/GifFrames.h"
#include "ui/window/MainWindow.h"
#include "ui/animation/AnimationExporter.h"
#include "ui/model/ExplorerDocument.h"

using namespace gumbel::ui;
using gumbel::Status;
using gumbel::test::readGif;

namespace {
Status smallState(ExplorerDocument& document, double tau = 0.7) {
    return document.start([&] {
        ExplorerParameters p;
        p.k = 4;
        p.d = 6;
        p.m = 2;
        p.samples = 2000;
        p.tau = tau;
        return p;
    }());
}

// The mean over G's columns of max_i C_i: 1/k for uniform columns, 1 for one-hots.
double meanLargest(const LiveSample& sample) { return sample.c().colwise().maxCoeff().mean(); }
}  // namespace

class TstAnimationExporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyFrameIsACompleteViewAlongThePath();
    void cancellingWritesNothingAndPutsTheStateBack();
    void badSettingsAreRefusedAtOnce();
    void theWindowsFramesShowTheSampleSharpening();
    void theMenuEntryExportsWithProgress();
};

void TstAnimationExporter::everyFrameIsACompleteViewAlongThePath() {
    ExplorerDocument document;
    QVERIFY(smallState(document).ok());
    QVERIFY(!document.isModified());
    std::vector<double> taus, largest;
    bool alwaysComplete = true;
    AnimationExporter exporter(document, [&] {
        alwaysComplete = alwaysComplete && document.viewComplete();
        taus.push_back(document.parameters().tau);
        largest.push_back(meanLargest(document.liveSample()));
        return document.liveSample().gImage().convertToFormat(QImage::Format_RGB32).scaled(60, 40);
    });
    QSignalSpy finished(&exporter, &AnimationExporter::finished);
    QSignalSpy progress(&exporter, &AnimationExporter::progress);
    QTemporaryDir dir;
    AnimationSettings settings;
    settings.frames = 6;
    QVERIFY(exporter.start(dir.filePath("path.gif"), settings).ok());
    QVERIFY(exporter.running());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(alwaysComplete);
    QCOMPARE(static_cast<int>(taus.size()), 6);
    for (int i = 0; i < 6; ++i) QCOMPARE(taus[static_cast<std::size_t>(i)], settings.tauAt(i));
    QVERIFY2(largest.front() < 0.3 && largest.back() > 0.99, "from nearly uniform columns (1/k = 0.25) to one-hots");
    for (std::size_t i = 1; i < largest.size(); ++i) QVERIFY(largest[i] >= largest[i - 1]);
    QCOMPARE(progress.last().at(0).toInt(), 6);
    const auto gif = readGif(dir.filePath("path.gif"));
    QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
    QCOMPARE(gif.frames.size(), std::size_t{6});
    QCOMPARE(gif.delaysCs.back(), (settings.frameMs + settings.holdLastMs) / 10);  // the last frame is held
    // Back where the user was, and the file is not marked changed.
    QCOMPARE(document.parameters().tau, 0.7);
    QVERIFY(!document.isModified());
}

void TstAnimationExporter::cancellingWritesNothingAndPutsTheStateBack() {
    ExplorerDocument document;
    QVERIFY(smallState(document, 2.5).ok());
    AnimationExporter exporter(document, [&] { return QImage(20, 10, QImage::Format_RGB32); });
    QSignalSpy finished(&exporter, &AnimationExporter::finished);
    connect(&exporter, &AnimationExporter::progress, &exporter, [&](int done) {
        if (done == 2) exporter.cancel();
    });
    QTemporaryDir dir;
    AnimationSettings settings;
    settings.frames = 30;
    QVERIFY(exporter.start(dir.filePath("cancelled.gif"), settings).ok());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(), QString("cancelled"));
    QVERIFY(!exporter.running());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(document.parameters().tau, 2.5);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);  // nothing more arrives
}

void TstAnimationExporter::badSettingsAreRefusedAtOnce() {
    ExplorerDocument document;
    QVERIFY(smallState(document).ok());
    int grabs = 0;
    AnimationExporter exporter(document, [&] {
        ++grabs;
        return QImage(20, 10, QImage::Format_RGB32);
    });
    QSignalSpy finished(&exporter, &AnimationExporter::finished);
    AnimationSettings settings;
    settings.frames = 1;
    const Status s = exporter.start("x.gif", settings);
    QVERIFY(!s.ok());
    QVERIFY2(QString::fromStdString(s.error()).contains("frames"), s.error().c_str());
    QVERIFY(!exporter.start("", AnimationSettings{}).ok());
    QTest::qWait(50);
    QCOMPARE(grabs, 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!exporter.running());
}

void TstAnimationExporter::theWindowsFramesShowTheSampleSharpening() {
    ExplorerDocument document;
    QVERIFY(smallState(document).ok());
    MainWindow window(document);
    window.resize(1200, 800);
    window.show();
    AnimationExporter exporter(document, [&] { return window.frontFigure(1.0); });
    QSignalSpy finished(&exporter, &AnimationExporter::finished);
    QTemporaryDir dir;
    AnimationSettings settings;
    settings.frames = 3;
    QVERIFY(exporter.start(dir.filePath("window.gif"), settings).ok());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const auto gif = readGif(dir.filePath("window.gif"));
    QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
    QCOMPARE(gif.frames.size(), std::size_t{3});
    QVERIFY(gif.size.width() > 400 && gif.size.height() > 300);
    const QRect changed = changedRegion(gif.frames.front(), gif.frames.back());
    // The heatmap, the histograms and the caption change; not a one-pixel difference.
    QVERIFY2(changed.width() > gif.size.width() / 2 && changed.height() > gif.size.height() / 2,
             qPrintable(QString("changed %1 x %2").arg(changed.width()).arg(changed.height())));
}

void TstAnimationExporter::theMenuEntryExportsWithProgress() {
    ExplorerDocument document;
    QVERIFY(smallState(document).ok());
    MainWindow window(document);
    window.resize(1000, 700);
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath("menu.gif");
    int progressSeen = 0;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->objectName(), QString("animationDialog"));
        dialog->findChild<QSpinBox*>("animationFrames")->setValue(5);
        dialog->findChild<QLineEdit*>("animationPath")->setText(path);
        dialog->accept();
    });
    auto* watch = new QTimer(&window);
    connect(watch, &QTimer::timeout, &window, [&] {
        if (window.findChild<QProgressDialog*>("animationProgress") != nullptr) ++progressSeen;
    });
    watch->start(1);
    window.exportAnimation();
    auto* notice = window.findChild<QLabel*>("notice");
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().startsWith("Wrote 5 frames"), 60000);
    QVERIFY(progressSeen > 0);
    QTRY_VERIFY(window.findChild<QProgressDialog*>("animationProgress") == nullptr);  // gone afterwards
    QCOMPARE(readGif(path).frames.size(), std::size_t{5});
    QCOMPARE(document.parameters().tau, 0.7);
}

QTEST_MAIN(TstAnimationExporter)
#include "tst_animation_exporter.moc"
