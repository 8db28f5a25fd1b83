#include <QtTest>

#include "ui/window/AppOptions.h"

using namespace gumbel::ui;

class TstAppOptions : public QObject {
    Q_OBJECT
private slots:
    void rejects_data();
    void rejects();
    void parsesAFullCommandLine();
    void defaultMFollowsTheSupport();
    void helpListsEveryOptionAndVersionIsKnown();
    void languageNamesAnAvailableLanguage_data();
    void languageNamesAnAvailableLanguage();
};

void TstAppOptions::languageNamesAnAvailableLanguage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("language");
    QTest::newRow("none: the system's") << QStringList{} << QString();
    QTest::newRow("de") << QStringList{"--language", "de"} << "de";
    QTest::newRow("en") << QStringList{"--language", "en"} << "en";
    QTest::newRow("de_DE") << QStringList{"--language", "de_DE"} << "de";
    QTest::newRow("de-AT") << QStringList{"--language", "de-AT"} << "de";
    QTest::newRow("DE") << QStringList{"--language=DE"} << "de";
}

void TstAppOptions::languageNamesAnAvailableLanguage() {
    QFETCH(QStringList, args);
    QFETCH(QString, language);
    const auto r = parseAppArguments(args);
    QVERIFY2(r.ok(), r.error().c_str());
    QCOMPARE(r->language, language);
}

void TstAppOptions::helpListsEveryOptionAndVersionIsKnown() {
    const auto help = parseAppArguments({"--help"});
    QVERIFY2(help.ok(), help.error().c_str());
    QVERIFY(help->help);
    QVERIFY(help->helpText.startsWith("Usage: gumbel-explorer"));
    for (const char* option : {"--session", "--tau", "-k", "--probs-file", "--screenshot", "--export", "--benchmark",
                               "--language", "--version"}) {
        QVERIFY2(help->helpText.contains(option), option);
    }
    const auto version = parseAppArguments({"--version"});
    QVERIFY(version.ok());
    QVERIFY(version->version);
    // Both spellings of the single-letter options, and --name=value.
    const auto spelled = parseAppArguments({"-k", "7", "--d=9", "--m", "2"});
    QVERIFY2(spelled.ok(), spelled.error().c_str());
    QCOMPARE(spelled->parameters.k, 7);
    QCOMPARE(spelled->parameters.d, 9);
    QCOMPARE(spelled->parameters.m, 2);
}

void TstAppOptions::rejects_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown") << QStringList{"--colour", "red"} << "unknown option '--colour'";
    QTest::newRow("tau text") << QStringList{"--tau", "abc"} << "'abc' is not a number";
    QTest::newRow("tau zero") << QStringList{"--tau", "0"} << "out of range";
    QTest::newRow("tau huge") << QStringList{"--tau", "1e9"} << "out of range";
    QTest::newRow("k big") << QStringList{"--k", "5000"} << "--k";
    QTest::newRow("k one") << QStringList{"--k", "1"} << "--k";
    QTest::newRow("d big") << QStringList{"--d", "20000"} << "--d";
    QTest::newRow("m big") << QStringList{"--k", "5", "--m", "6"} << "5 categories with p > 0";
    QTest::newRow("probs bad") << QStringList{"--probs", "1,-1"} << "negative";
    QTest::newRow("probs zero") << QStringList{"--probs", "0,0"} << "zero";
    QTest::newRow("both") << QStringList{"--probs", "1,2", "--dist", "zipf"} << "only one of";
    QTest::newRow("dist") << QStringList{"--dist", "normal"} << "unknown distribution 'normal'";
    QTest::newRow("method") << QStringList{"--method", "magic"} << "unknown method";
    QTest::newRow("samples") << QStringList{"--samples", "10"} << "--samples";
    QTest::newRow("view") << QStringList{"--view", "nowhere"} << "unknown view 'nowhere'";
    QTest::newRow("screenshot") << QStringList{"--screenshot", "out.jpg"} << ".png";
    QTest::newRow("missing value") << QStringList{"--tau"} << "needs a value";
    QTest::newRow("twice") << QStringList{"--k", "3", "--k", "4"} << "twice";
    QTest::newRow("stray") << QStringList{"stray"} << "unexpected argument";
    QTest::newRow("flag with a value") << QStringList{"--hard=1"} << "option --hard takes no value";
    QTest::newRow("short unknown") << QStringList{"-x"} << "unknown option '-x'";
    QTest::newRow("lesson zero") << QStringList{"--lesson", "0"} << "--lesson";
    QTest::newRow("lesson too far") << QStringList{"--lesson", "10"} << "--lesson";
    QTest::newRow("lesson text") << QStringList{"--lesson", "two"} << "--lesson";
    QTest::newRow("size one number") << QStringList{"--size", "1920"} << "is not WIDTHxHEIGHT";
    QTest::newRow("size tiny") << QStringList{"--size", "10x10"} << "--size width";
    QTest::newRow("size nan") << QStringList{"--size", "1920xnan"} << "--size height";
    QTest::newRow("language unknown") << QStringList{"--language", "xx"} << "unknown language 'xx' (available: de, en)";
    QTest::newRow("language empty") << QStringList{"--language", ""} << "--language";
    QTest::newRow("language missing") << QStringList{"--language"} << "needs a value";
}

void TstAppOptions::rejects() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const auto r = parseAppArguments(args, 9);
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error()).contains(mentions), r.error().c_str());
}

void TstAppOptions::parsesAFullCommandLine() {
    const auto r = parseAppArguments({"--tau", "0.5", "--k", "12", "--d", "64", "--m", "4", "--seed", "9", "--dist",
                                      "geometric:0.7", "--method", "rejection", "--hard", "--samples", "1e4", "--view",
                                      "explorer", "--screenshot", "a.png", "--lesson", "9", "--presentation", "--size",
                                      "1600X1000"},
                                     9);
    QVERIFY2(r.ok(), r.error().c_str());
    const ExplorerParameters& p = r->parameters;
    QCOMPARE(p.tau, 0.5);
    QCOMPARE(p.k, 12);
    QCOMPARE(p.d, 64);
    QCOMPARE(p.m, 4);
    QCOMPARE(p.seed, 9u);
    QCOMPARE(p.preset, Preset::Geometric);
    QCOMPARE(p.presetParameter, 0.7);
    QCOMPARE(p.method, gumbel::MHotMethod::Rejection);
    QVERIFY(p.hard);
    QCOMPARE(p.samples, 10000);
    QCOMPARE(r->view, std::optional<ViewId>(ViewId::Explorer));
    QCOMPARE(r->screenshot, QString("a.png"));
    QCOMPARE(r->lesson, 9);
    QVERIFY(r->presentation);
    QCOMPARE(r->size, QSize(1600, 1000));
}

void TstAppOptions::defaultMFollowsTheSupport() {
    const auto r = parseAppArguments({"--probs", "1,0,0,2"});
    QVERIFY2(r.ok(), r.error().c_str());
    QCOMPARE(r->parameters.m, 2);
    QCOMPARE(r->parameters.k, 4);
}

QTEST_MAIN(TstAppOptions)
#include "tst_app_options.moc"
