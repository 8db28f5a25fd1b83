// The view table: every ViewId has exactly one row, names are unique and parse back, an unknown name is refused
// with the known ones listed, and the window's tabs and the document's "complete" follow the rows.
#include <QTabWidget>
#include <QtTest>

#include "ui/window/MainWindow.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/model/SessionFile.h"
#include "ui/model/ViewTable.h"

using namespace gumbel::ui;

class TstViewTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyViewHasOneRowAndANameThatParsesBack();
    void anUnknownNameIsRefusedWithTheKnownOnes();
    void aSessionNamingAnUnknownViewIsRefused();
    void theWindowsTabsAreTheTablesRows();
};

void TstViewTable::everyViewHasOneRowAndANameThatParsesBack() {
    QSet<QString> names;
    for (int i = 0; i < kViewCount; ++i) {
        const ViewInfo& row = viewTable()[static_cast<std::size_t>(i)];
        QCOMPARE(viewIndex(row.id), i);  // one row per id
        QCOMPARE(&viewInfo(row.id), &row);
        const QString name = viewName(row.id);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(viewNamed(name), std::optional<ViewId>(row.id));
        QVERIFY(!viewTitle(row.id).isEmpty());
        QVERIFY(!viewToolTip(row.id).isEmpty());
    }
    QCOMPARE(viewNames().size(), kViewCount);
    // The enum's last value has a row: a ViewId added without one would fail here.
    QCOMPARE(viewIndex(ViewId::Microscope), kViewCount - 1);
}

void TstViewTable::anUnknownNameIsRefusedWithTheKnownOnes() {
    for (const QString& bad : {QString("Explorer"), QString(""), QString("gradient"), QString(" sweep")}) {
        QVERIFY2(!viewNamed(bad), qPrintable(bad));
    }
    const QString message = QString::fromStdString(unknownViewMessage(u"nowhere"));
    QVERIFY2(message.contains("'nowhere'"), qPrintable(message));
    for (const QString& name : viewNames()) QVERIFY2(message.contains(name), qPrintable(message));
    QVERIFY(QString::fromStdString(unknownViewMessage(QString(500, 'x'))).size() < 200);  // the name is cut
}

void TstViewTable::aSessionNamingAnUnknownViewIsRefused() {
    Session session;
    session.view = ViewId::Simplex;
    QByteArray bytes = serializeSession(session);
    QVERIFY(bytes.contains("\"simplex\""));
    const auto good = parseSession(bytes, "good.json");
    QVERIFY2(good.ok(), good.error().c_str());
    QCOMPARE(good->view, ViewId::Simplex);
    bytes.replace("\"simplex\"", "\"hologram\"");
    const auto bad = parseSession(bytes, "bad.json");
    QVERIFY(!bad.ok());
    QVERIFY2(QString::fromStdString(bad.error()).contains("unknown view 'hologram'"), bad.error().c_str());
}

void TstViewTable::theWindowsTabsAreTheTablesRows() {
    ExplorerDocument document;
    MainWindow window(document);
    QCOMPARE(window.views().count(), kViewCount);
    for (const ViewInfo& row : viewTable()) {
        const int index = viewIndex(row.id);
        QCOMPARE(window.views().tabText(index), viewTitle(row.id));
        QCOMPARE(window.views().tabToolTip(index), viewToolTip(row.id));
        window.showView(row.id);
        QCOMPARE(window.currentView(), row.id);
        QCOMPARE(document.view(), row.id);  // the document knows which view is in front
        QVERIFY(window.showView(viewName(row.id)));
    }
    QVERIFY(!window.showView(QString("hologram")));
}

QTEST_MAIN(TstViewTable)
#include "tst_view_table.moc"
