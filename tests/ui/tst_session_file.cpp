#include <QTemporaryDir>
#include <QStandardPaths>
#include <QtTest>

#include "ui/window/MainWindow.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/controllers/SessionController.h"
#include "ui/model/ExplorerState.h"
#include "ui/model/LiveSample.h"
#include "ui/model/SessionFile.h"

using namespace gumbel::ui;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}
}  // namespace

class TstSessionFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // settings and recent files go to a test location
    void roundTripReproducesTheSample();
    void badFilesAreRefusedAndTheStateIsUntouched_data();
    void badFilesAreRefusedAndTheStateIsUntouched();
    void version0IsMigrated();
    void savingReplacesTheFileWhole();
    void windowTitleShowsNameAndUnsavedMark();
};

void TstSessionFile::roundTripReproducesTheSample() {
    QTemporaryDir dir;
    Session session;
    ExplorerParameters& p = session.parameters;
    p.tau = 0.37;
    p.k = 6;
    p.d = 20;
    p.m = 3;
    p.seed = 12345;
    p.preset = Preset::Custom;
    p.customWeights = {3, 1, 0, 2, 5, 1};
    p.method = gumbel::MHotMethod::Rejection;
    p.samples = 7000;
    p.bins = 33;
    p.category = 4;
    p.noise = gumbel::NoiseKind::Uniform;
    p.logitTemperature = 0.4;
    session.view = ViewId::Pipeline;
    const QString path = dir.filePath("a.gumbel.json");
    QVERIFY(saveSession(session, path).ok());
    const auto loaded = loadSession(path);
    QVERIFY2(loaded.ok(), loaded.error().c_str());
    QVERIFY(loaded->parameters == p);
    QCOMPARE(loaded->view, ViewId::Pipeline);
    // Same seed, same noise: byte-identical G and S.
    const auto distribution = p.distribution().value();
    LiveSample before, after;
    before.update(p, distribution);
    after.update(loaded->parameters, loaded->parameters.distribution().value());
    QVERIFY(before.c() == after.c());
    QVERIFY(before.mHot().s == after.mHot().s);
}

void TstSessionFile::badFilesAreRefusedAndTheStateIsUntouched_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    const Session defaults;
    const QByteArray good = serializeSession(defaults);
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON";
    QTest::newRow("not a session") << QByteArray(R"({"hello": 1})") << "not a Gumbel Explorer session";
    QTest::newRow("array") << QByteArray("[1, 2]") << "JSON object";
    QTest::newRow("newer") << QByteArray(good).replace("\"version\": 1", "\"version\": 7") << "newer Gumbel Explorer";
    QTest::newRow("wrong type") << QByteArray(good).replace("\"tau\": 0.1", "\"tau\": \"hot\"") << "parameters.tau: expected a number";
    QTest::newRow("NaN") << QByteArray(good).replace("\"tau\": 0.1", "\"tau\": NaN") << "not valid JSON";
    QTest::newRow("huge k") << QByteArray(good).replace("\"k\": 10", "\"k\": 100000000") << "parameters.k";
    QTest::newRow("fractional d") << QByteArray(good).replace("\"d\": 32", "\"d\": 3.5") << "parameters.d: 3.5 is not a whole number";
    QTest::newRow("tau out of range") << QByteArray(good).replace("\"tau\": 0.1", "\"tau\": 1e9") << "tau";
    QTest::newRow("bad method") << QByteArray(good).replace("\"exact\"", "\"magic\"") << "parameters.method";
    QTest::newRow("bad noise") << QByteArray(good).replace("\"gumbel\"", "\"gumble\"") << "parameters.noise: unknown noise 'gumble'";
    QTest::newRow("noise not a string") << QByteArray(good).replace("\"gumbel\"", "3") << "parameters.noise";
    QTest::newRow("logit temperature out of range")
        << QByteArray(good).replace("\"logitTemperature\": 1", "\"logitTemperature\": 0") << "logit temperature T = 0 is out of range";
    QTest::newRow("logit temperature not a number")
        << QByteArray(good).replace("\"logitTemperature\": 1", "\"logitTemperature\": \"cold\"") << "parameters.logitTemperature";
    QTest::newRow("custom without weights") << QByteArray(good).replace("\"zipf\"", "\"custom\"") << "parameters.distribution.weights";
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << "not valid JSON";
    QTest::newRow("megabytes") << QByteArray(2 << 20, ' ') << "more than the limit";
}

void TstSessionFile::badFilesAreRefusedAndTheStateIsUntouched() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "bad.json", bytes);
    ExplorerDocument document;
    ExplorerState& state = document.state();
    QVERIFY(state.apply([](ExplorerParameters& p) { p.tau = 2.5; }).ok());
    const ExplorerParameters before = state.parameters();
    const auto status = document.open(path);  // no window needed
    QVERIFY(!status.ok());
    QVERIFY2(QString::fromStdString(status.error()).contains(mentions), status.error().c_str());
    QVERIFY(state.parameters() == before);
}

void TstSessionFile::version0IsMigrated() {
    QTemporaryDir dir;
    const QString path = writeFile(dir, "old.json", R"({"format":"gumbel-explorer-session","version":0,"tau":2,"k":5,"d":16,"m":2,
        "seed":3,"distribution":"geometric:0.7","method":"rejection","hard":true,"samples":2000,"bins":30,"view":"sweep"})");
    const auto session = loadSession(path);
    QVERIFY2(session.ok(), session.error().c_str());
    QCOMPARE(session->parameters.tau, 2.0);
    QCOMPARE(session->parameters.k, 5);
    QCOMPARE(session->parameters.preset, Preset::Geometric);
    QCOMPARE(session->parameters.presetParameter, 0.7);
    QCOMPARE(session->parameters.method, gumbel::MHotMethod::Rejection);
    QVERIFY(session->parameters.hard);
    QCOMPARE(session->view, ViewId::Sweep);
    QCOMPARE(session->parameters.noise, gumbel::NoiseKind::Gumbel);  // older sessions knew only Gumbel noise
    QCOMPARE(session->parameters.logitTemperature, 1.0);              // and sampled from p itself
    QVERIFY(serializeSession(session.value()).contains("\"version\": 1"));
}

void TstSessionFile::savingReplacesTheFileWhole() {
    QTemporaryDir dir;
    const QString path = writeFile(dir, "s.json", "old contents");
    const Session defaults;
    QVERIFY(saveSession(defaults, path).ok());
    QVERIFY(loadSession(path).ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temporary file left behind
    QVERIFY(!saveSession(defaults, dir.filePath("missing-folder/s.json")).ok());
}

void TstSessionFile::windowTitleShowsNameAndUnsavedMark() {
    QTemporaryDir dir;
    ExplorerDocument document;
    ExplorerState& state = document.state();
    MainWindow window(document);
    QVERIFY(window.windowTitle().startsWith("untitled"));
    QVERIFY(!window.isWindowModified());
    QVERIFY(state.apply([](ExplorerParameters& p) { p.tau = 0.5; }).ok());
    QVERIFY(window.isWindowModified());
    QVERIFY(window.document().saveTo(dir.filePath("class.gumbel.json")).ok());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith("class.gumbel.json"));
    QVERIFY(window.document().recentFiles().first().endsWith("class.gumbel.json"));
}

QTEST_MAIN(TstSessionFile)
#include "tst_session_file.moc"
