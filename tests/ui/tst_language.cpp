// The window's language (ui/Language): German through the same installLanguage() as main(), numbers in the
// window following the locale, and the files the program writes not following it.
#include <QDir>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/batch/Exporter.h"
#include "ui/text/Language.h"
#include "ui/text/Lessons.h"
#include "ui/panels/LessonPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/panels/LogSpinBox.h"
#include "ui/panels/ParameterPanel.h"
#include "ui/panels/WeightsEditor.h"

using namespace gumbel::ui;

namespace {
const QLocale kGerman(QLocale::German, QLocale::Germany);

// As gumbel-explorer --language de (or LANG=de_DE.UTF-8) does before it creates the window.
void speakGerman() { QVERIFY(installLanguage("de", kGerman)); }

QMap<QString, QByteArray> filesIn(const QString& folder) {
    QMap<QString, QByteArray> contents;
    for (const QString& name : QDir(folder).entryList({"*.csv"}, QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly)) contents[name] = file.readAll();
    }
    return contents;
}
}  // namespace

class TstLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(installLanguage("en", QLocale::c())); }
    void cleanupTestCase() { installLanguage("en", QLocale::c()); }
    void availableLanguagesAndTheSystemsChoice();
    void germanWindowMenusAndLessons();
    void germanNumbersInTheWindowAndTyped();
    void csvUnderGermanIsByteIdenticalToCsvUnderC();
};

void TstLanguage::availableLanguagesAndTheSystemsChoice() {
    QCOMPARE(availableLanguages(), (QStringList{"de", "en"}));  // en is the source; de comes from the resources
    QCOMPARE(normalizedLanguage("de_DE.UTF-8"), QString("de"));
    QCOMPARE(normalizedLanguage("de-AT"), QString("de"));
    QCOMPARE(normalizedLanguage("EN"), QString("en"));
    QCOMPARE(normalizedLanguage("fr"), QString());
    QCOMPARE(languageFor(kGerman), QString("de"));
    QCOMPARE(languageFor(QLocale(QLocale::German, QLocale::Austria)), QString("de"));
    QCOMPARE(languageFor(QLocale::c()), QString("en"));
    QCOMPARE(languageFor(QLocale(QLocale::French, QLocale::France)), QString("en"));  // no French: English
    // Numbers follow the system's locale when it speaks the language, else the language's main locale.
    QCOMPARE(numberLocaleFor("de", QLocale(QLocale::German, QLocale::Austria)).territory(), QLocale::Austria);
    QCOMPARE(numberLocaleFor("de", QLocale::c()).language(), QLocale::German);
    QCOMPARE(numberLocaleFor("en", QLocale::c()), QLocale::c());
    QVERIFY(!installLanguage("fr", QLocale::c()));
}

void TstLanguage::germanWindowMenusAndLessons() {
    speakGerman();
    QCOMPARE(QLocale().language(), QLocale::German);
    ExplorerDocument document;
    MainWindow window(document);
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text().remove('&'), QString("Datei"));
    QCOMPARE(menus.last()->text().remove('&'), QString("Hilfe"));
    const int lesson = lessonIndex(u"temperature");  // "What the temperature does"
    QVERIFY(lesson >= 0);
    window.startLesson(lesson);
    QCOMPARE(window.lessonPanel().title(), QString("Was die Temperatur bewirkt"));
    QVERIFY2(window.lessonPanel().text().contains("Jede Spalte von G ist ein relaxierter One-hot-Vektor"),
             qPrintable(window.lessonPanel().text()));
    QVERIFY(window.lessonPanel().text().contains("von 10 bis 0,01"));  // numbers in the text in German form
    // Every lesson has a German title and text.
    for (std::size_t i = 0; i < lessons().size(); ++i) {
        const Lesson& l = lessons()[i];
        QVERIFY2(l.displayTitle() != l.title, qPrintable(l.title));
    }
    // Qt's own strings (buttons of its dialogs) are German too when Qt's translations are installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + "/qtbase_de.qm")) {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Abbrechen"));
    }
    // Back to English: the translators are replaced, not stacked.
    QVERIFY(installLanguage("en", QLocale::c()));
    QCOMPARE(lessons()[static_cast<std::size_t>(lesson)].displayTitle(), QString("What the temperature does"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Cancel"));
}

void TstLanguage::germanNumbersInTheWindowAndTyped() {
    speakGerman();
    QCOMPARE(displayNumber(0.5), QString("0,5"));
    QCOMPARE(displayNumber(12345.5), QString("12345,5"));  // no group separator inside a number
    QCOMPARE(displayCount(100000), QString("100.000"));
    QCOMPARE(parseTypedNumber("0,5").value_or(-1.0), 0.5);
    QCOMPARE(parseTypedNumber(" 0.25 ").value_or(-1.0), 0.25);  // the point still works
    QCOMPARE(parseTypedNumber("1,5e-3").value_or(-1.0), 1.5e-3);
    QVERIFY(!parseTypedNumber("abc"));
    QVERIFY(!parseTypedNumber(""));
    ExplorerDocument document;
    ExplorerState& state = document.state();
    QVERIFY(state.apply([](ExplorerParameters& p) {
        p.k = 3;
        p.tau = 0.5;
    }).ok());
    MainWindow window(document);
    QCOMPARE(window.tauReadout(), QString::fromUtf8("\u03c4 = 0,5"));
    ParameterPanel* panel = window.findChild<ParameterPanel*>();
    QVERIFY(panel != nullptr);
    QCOMPARE(panel->tauSpinBox()->text(), QString("0,5"));
    QCOMPARE(panel->tauSpinBox()->valueFromText("0,25"), 0.25);
    QCOMPARE(panel->tauSpinBox()->valueFromText("0.25"), 0.25);
    QVERIFY(panel->tauSpinBox()->invalidReason("2,5").isEmpty());
    // A weight typed the German way is read as such, and shown the German way.
    QTableWidget* table = panel->weightsEditor()->table();
    table->item(0, 0)->setText("0,5");
    QTRY_COMPARE(state.parameters().preset, Preset::Custom);
    QCOMPARE(state.parameters().customWeights.at(0), 0.5);
    QTRY_COMPARE(table->item(0, 0)->text(), QString("0,5"));
    table->item(1, 0)->setText("0.25");
    QTRY_COMPARE(state.parameters().customWeights.at(1), 0.25);
}

void TstLanguage::csvUnderGermanIsByteIdenticalToCsvUnderC() {
    ExplorerDocument document;
    QVERIFY(document.state().apply([](ExplorerParameters& p) {
        p.k = 4;
        p.d = 5;
        p.m = 2;
        p.tau = 0.37;
        p.samples = 2000;
        p.preset = Preset::Custom;
        p.customWeights = {0.5, 0.25, 0.125, 0.125};
    }).ok());
    document.restartSampling();
    QTRY_VERIFY_WITH_TIMEOUT(document.samplingComplete(), 60000);
    QTemporaryDir dir;
    QCOMPARE(QLocale(), QLocale::c());
    const auto inC = Exporter(document, {}).exportData(dir.filePath("c"));
    QVERIFY2(inC.ok(), inC.error().c_str());
    speakGerman();
    QCOMPARE(QLocale(), kGerman);
    const auto inGerman = Exporter(document, {}).exportData(dir.filePath("de"));
    QVERIFY2(inGerman.ok(), inGerman.error().c_str());
    const QMap<QString, QByteArray> c = filesIn(dir.filePath("c"));
    const QMap<QString, QByteArray> german = filesIn(dir.filePath("de"));
    QVERIFY(c.contains("p.csv") && c.contains("G.csv") && c.contains("histogram_argmax.csv"));
    QCOMPARE(german.keys(), c.keys());
    for (auto it = c.cbegin(); it != c.cend(); ++it) QVERIFY2(german[it.key()] == it.value(), qPrintable(it.key()));
    QVERIFY(c["p.csv"].contains("0.5"));  // decimal points, as every CSV reader expects
    QVERIFY(!c["G.csv"].contains(';'));
}

QTEST_MAIN(TstLanguage)
#include "tst_language.moc"
