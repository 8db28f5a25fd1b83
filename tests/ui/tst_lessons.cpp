#include <algorithm>
#include <QApplication>
#include <QAbstractSpinBox>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/text/Lessons.h"
#include "ui/panels/LessonPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/model/GradientLab.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/ExplorerView.h"

using namespace gumbel::ui;

class TstLessons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // settings and recent files go to a test location
    void thereAreAtLeastFourWithTheRequiredTopics();
    void eachLessonSetsItsParametersAndView_data();
    void eachLessonSetsItsParametersAndView();
    void presentationModeEnlargesText();
    void aClickerStepsThroughEveryLessonAndBack_data();
    void aClickerStepsThroughEveryLessonAndBack();
    void resetRestoresTheLessonByteForByte();
};

void TstLessons::thereAreAtLeastFourWithTheRequiredTopics() {
    QVERIFY(lessons().size() >= 4);
    for (const char16_t* required : {u"temperature", u"gumbel-max", u"m-hot", u"rejection"}) {
        QVERIFY2(lessonIndex(required) >= 0, qPrintable(QString::fromUtf16(required)));
    }
    QCOMPARE(lessonIndex(u"no such lesson"), -1);
    // Ids are unique and not empty.
    QSet<QString> ids;
    for (const Lesson& l : lessons()) {
        QVERIFY(!l.id.isEmpty());
        ids.insert(l.id);
    }
    QCOMPARE(ids.size(), static_cast<qsizetype>(lessons().size()));
}

void TstLessons::eachLessonSetsItsParametersAndView_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < static_cast<int>(lessons().size()); ++i) {
        QTest::newRow(qPrintable(lessons()[static_cast<std::size_t>(i)].title)) << i;
    }
}

void TstLessons::eachLessonSetsItsParametersAndView() {
    QFETCH(int, index);
    const Lesson& lesson = lessons()[static_cast<std::size_t>(index)];
    ExplorerDocument document;
    ExplorerState& state = document.state();
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.k = 17;
        p.tau = 3.3;
        p.seed = 99;
    }).ok());
    MainWindow window(document);
    window.startLesson(index);
    ExplorerParameters expected;
    lesson.setup(expected);
    QVERIFY(state.parameters() == expected);
    QCOMPARE(window.currentView(), lesson.view);
    QCOMPARE(window.lessonPanel().title(), lesson.title);
    QVERIFY(window.lessonPanel().text().size() > 100);
}

void TstLessons::presentationModeEnlargesText() {
    ExplorerDocument document;
    MainWindow window(document);
    window.show();
    const double normal = QApplication::font().pointSizeF();
    window.setPresentationMode(true);
    QVERIFY(window.presentationMode());
    QVERIFY(QApplication::font().pointSizeF() > 1.5 * normal);
    window.setPresentationMode(false);
    QCOMPARE(QApplication::font().pointSizeF(), normal);
    window.changeFontSize(+2);
    QCOMPARE(QApplication::font().pointSizeF(), normal + 2);
    window.changeFontSize(-2);
}

void TstLessons::aClickerStepsThroughEveryLessonAndBack_data() {
    QTest::addColumn<bool>("presenting");
    QTest::newRow("desk") << false;
    QTest::newRow("presentation mode, paged") << true;
}

// PageDown and PageUp, as a presentation clicker sends them, with the focus wherever it happens to be (a number
// field here): every page of every lesson in order, then back; nothing marks the session modified.
void TstLessons::aClickerStepsThroughEveryLessonAndBack() {
    QFETCH(bool, presenting);
    ExplorerDocument document;
    MainWindow window(document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (presenting) window.setPresentationMode(true);
    QVERIFY(!document.isModified());
    const int count = static_cast<int>(lessons().size());
    const auto press = [&](Qt::Key key) {
        QWidget* focus = QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : &window;
        QTest::keyClick(focus, key);
    };
    QVector<QPair<int, int>> seen;  // (lesson, page) after each press
    window.setFocus();
    press(Qt::Key_PageDown);  // no lesson open, the focus on no control: the first lesson
    seen.push_back({window.currentLesson(), window.lessonPanel().page()});
    // Then the focus in a spin box, where PageDown would otherwise step the value by a page.
    auto* box = window.findChild<QAbstractSpinBox*>();
    QVERIFY(box != nullptr);
    box->setFocus();
    for (int i = 0; i < 200; ++i) {
        const QPair<int, int> before{window.currentLesson(), window.lessonPanel().page()};
        press(Qt::Key_PageDown);
        const QPair<int, int> after{window.currentLesson(), window.lessonPanel().page()};
        if (after == before) break;  // the last page of the last lesson
        seen.push_back(after);
    }
    QCOMPARE(seen.front(), (QPair<int, int>{0, 0}));
    QCOMPARE(seen.back().first, count - 1);
    // Every lesson in order, and in presentation mode every page of each.
    int expectedPresses = 0;
    for (int l = 0; l < count; ++l) {
        const Lesson& lesson = lessons()[static_cast<std::size_t>(l)];
        ExplorerParameters p;
        lesson.setup(p);
        ExplorerState state;  // the lesson's own state, for its text
        QVERIFY(state.apply([&p](ExplorerParameters& q) { q = p; }).ok());
        const int pages = presenting ? static_cast<int>(lessonParagraphs(lesson.text(p, state.distribution())).size()) : 1;
        expectedPresses += pages;
    }
    QCOMPARE(seen.size(), expectedPresses);
    for (int i = 1; i < seen.size(); ++i) {
        const bool nextPage = seen[i].first == seen[i - 1].first && seen[i].second == seen[i - 1].second + 1;
        const bool nextLesson = seen[i].first == seen[i - 1].first + 1 && seen[i].second == 0;
        QVERIFY2(nextPage || nextLesson, qPrintable(QString("step %1: (%2, %3) after (%4, %5)").arg(i).arg(seen[i].first)
                                                        .arg(seen[i].second).arg(seen[i - 1].first).arg(seen[i - 1].second)));
    }
    QCOMPARE(window.currentView(), lessons().back().view);
    // And back, page by page, to the first page of the first lesson.
    for (int i = seen.size() - 2; i >= 0; --i) {
        press(Qt::Key_PageUp);
        QCOMPARE((QPair<int, int>{window.currentLesson(), window.lessonPanel().page()}), seen[i]);
    }
    press(Qt::Key_PageUp);  // nothing before the first
    QCOMPARE((QPair<int, int>{window.currentLesson(), window.lessonPanel().page()}), (QPair<int, int>{0, 0}));
    QVERIFY2(!document.isModified(), "stepping through lessons marked the session modified");
    // Lessons on one-hots show only the explorer's one-hot half.
    QVERIFY(!window.explorerView().mHotShown());
    const auto mHotLesson = std::find_if(lessons().begin(), lessons().end(),
                                         [](const Lesson& l) { return l.mHot && l.view == ViewId::Explorer; });
    QVERIFY(mHotLesson != lessons().end());
    window.startLesson(static_cast<int>(mHotLesson - lessons().begin()));
    QVERIFY(window.explorerView().mHotShown());
    // Lessons on the winners alone show histogram (1) large, without (2) and (3).
    for (std::size_t i = 0; i < lessons().size(); ++i) {
        if (lessons()[i].view != ViewId::Explorer) continue;
        window.startLesson(static_cast<int>(i));
        QCOMPARE(window.explorerView().valueHistogramsShown(), lessons()[i].valueHistograms);
        QCOMPARE(window.explorerView().categoryChart()->isVisibleTo(&window.explorerView()), lessons()[i].valueHistograms);
    }
    if (presenting) window.setPresentationMode(false);
}

// Reset: whatever the class changed (parameters, the lab's settings, the view), the lesson's state again, exactly:
// the session file written after the reset equals the one written when the lesson opened, byte for byte.
void TstLessons::resetRestoresTheLessonByteForByte() {
    QTemporaryDir dir;
    for (int lesson = 0; lesson < static_cast<int>(lessons().size()); ++lesson) {
        ExplorerDocument document;
        MainWindow window(document);
        window.startLesson(lesson);
        QVERIFY(!document.isModified());
        const QString opened = dir.filePath(QString("opened-%1.json").arg(lesson));
        const QString reset = dir.filePath(QString("reset-%1.json").arg(lesson));
        QVERIFY(document.saveTo(opened).ok());
        QVERIFY(document.state().apply([](ExplorerParameters& p) {
            p.tau = 3.7;
            p.seed = 12345;
            p.k = 4;
        }).ok());
        QVERIFY(document.gradientLab().apply([](GradientLabSettings& s) {
            s.batch = 7;
            s.steps = 50;
        }).ok());
        window.showView("temperatures");
        window.resetLesson();
        QCOMPARE(window.currentLesson(), lesson);
        QVERIFY(document.saveTo(reset).ok());
        QFile a(opened), b(reset);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
}

QTEST_MAIN(TstLessons)
#include "tst_lessons.moc"
