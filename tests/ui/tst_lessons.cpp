#include <QApplication>
#include <QStandardPaths>
#include <QtTest>

#include "ui/Lessons.h"
#include "ui/MainWindow.h"
#include "ui/model/ExplorerDocument.h"

using namespace gumbel::ui;

class TstLessons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // settings and recent files go to a test location
    void thereAreAtLeastFourWithTheRequiredTopics();
    void eachLessonSetsItsParametersAndView_data();
    void eachLessonSetsItsParametersAndView();
    void presentationModeEnlargesText();
};

void TstLessons::thereAreAtLeastFourWithTheRequiredTopics() {
    QVERIFY(lessons().size() >= 4);
    QStringList titles;
    for (const Lesson& l : lessons()) titles << l.title;
    for (const char* required : {"What the temperature does", "The Gumbel-max trick: the winner follows p",
                                 "m-hot vectors without repeats", "When rejection gets expensive"}) {
        QVERIFY2(titles.contains(required), required);
    }
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
    QCOMPARE(window.currentViewName(), lesson.view);
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

QTEST_MAIN(TstLessons)
#include "tst_lessons.moc"
