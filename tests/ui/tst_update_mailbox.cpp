// UpdateMailbox: a worker that produces updates faster than the GUI thread takes them leaves one notification in
// the event queue, not a backlog, and the GUI thread gets the newest update; a receiver deleted before the
// notification arrives is never called.
#include <QtTest>
#include <thread>

#include "ui/model/UpdateMailbox.h"

using gumbel::ui::UpdateMailbox;

class TstUpdateMailbox : public QObject {
    Q_OBJECT
private slots:
    void aBurstFromAWorkerArrivesOnceWithTheNewestUpdate_data();
    void aBurstFromAWorkerArrivesOnceWithTheNewestUpdate();
    void eachTakenUpdateLetsTheNextOneThrough();
    void nothingArrivesForADeletedReceiver();
};

void TstUpdateMailbox::aBurstFromAWorkerArrivesOnceWithTheNewestUpdate_data() {
    QTest::addColumn<int>("updates");
    QTest::newRow("one") << 1;
    QTest::newRow("a hundred") << 100;
    QTest::newRow("a hundred thousand") << 100000;
}

void TstUpdateMailbox::aBurstFromAWorkerArrivesOnceWithTheNewestUpdate() {
    QFETCH(int, updates);
    UpdateMailbox<int> mailbox;
    QObject receiver;
    QList<int> delivered;
    Qt::HANDLE deliveredOn = nullptr;
    // The GUI thread is busy (not running its event loop) while the worker produces.
    std::thread worker([&] {
        for (int i = 1; i <= updates; ++i) {
            mailbox.put(i, &receiver, [&delivered, &deliveredOn](int value) {
                delivered.push_back(value);
                deliveredOn = QThread::currentThreadId();
            });
        }
    });
    worker.join();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(delivered, QList<int>{updates});
    QCOMPARE(deliveredOn, QThread::currentThreadId());
    QVERIFY(!mailbox.take().has_value());
}

void TstUpdateMailbox::eachTakenUpdateLetsTheNextOneThrough() {
    UpdateMailbox<int> mailbox;
    QObject receiver;
    QList<int> delivered;
    const auto deliver = [&delivered](int value) { delivered.push_back(value); };
    for (int round = 1; round <= 3; ++round) {
        mailbox.put(10 * round, &receiver, deliver);
        mailbox.put(10 * round + 1, &receiver, deliver);
        QCoreApplication::processEvents();
    }
    QCOMPARE(delivered, (QList<int>{11, 21, 31}));
}

void TstUpdateMailbox::nothingArrivesForADeletedReceiver() {
    UpdateMailbox<int> mailbox;
    bool called = false;
    auto* receiver = new QObject;
    mailbox.put(1, receiver, [&called](int) { called = true; });
    delete receiver;
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

QTEST_MAIN(TstUpdateMailbox)
#include "tst_update_mailbox.moc"
