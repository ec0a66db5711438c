// A flood into one slot: 4 writer threads × 250,000 messages, read by a MailslotServer's worker.
// Nothing may be lost, duplicated or reordered per writer, and the slot's memory stays within its
// queue cap (the writers wait while the queue is full).
#include "core/slots/mailslotserver.h"
#include "tests/common/windowsdeviation.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/win32error.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

#include <atomic>
#include <thread>
#include <vector>

using namespace mailslot::platform;

class TestMailslotFlood : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void flood_data();
    void flood();

private:
    QTemporaryDir m_dir;
};

void TestMailslotFlood::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", (m_dir.path() + QStringLiteral("/ns")).toLocal8Bit());
}

void TestMailslotFlood::flood_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("perWriter");
    QTest::addColumn<quint64>("queueCap");
#if defined(__SANITIZE_THREAD__)
    // ThreadSanitizer checks every memory access of the consumer's per-message work: 1,000,000
    // messages ran over 300 s there (1.4 s in a plain build). A tenth still fills the queue many
    // times over, which is what a race between writers, worker and consumer needs.
    QTest::newRow("4 x 25000, 1 MiB queue") << 4 << 25000 << quint64(1 << 20);
#else
    QTest::newRow("4 x 250000, 1 MiB queue") << 4 << 250000 << quint64(1 << 20);
#endif
}

void TestMailslotFlood::flood()
{
    MAILSLOT_SKIP_ON_WINDOWS("a bounded queue (1 MiB) filled many times over; a Windows slot's queue is the system's");
    QFETCH(int, writers);
    QFETCH(int, perWriter);
    QFETCH(quint64, queueCap);
    MailslotServer::Options options;
    options.slot.queueCapacity = queueCap;
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(QStringLiteral("flood"), options, &error));
    QVERIFY2(server, qPrintable(error.toString()));

    std::vector<int> next(std::size_t(writers), 0);
    qint64 received = 0;
    qint64 wrong = 0;
    quint64 maxQueued = 0;
    connect(server.get(), &MailslotServer::messagesReceived, this, [&](const StreamRowList &batch) {
        for (const StreamRow &m : batch) {
            ++received;
            const QList<QByteArray> parts = m.payload.split(' ');
            const int w = parts.value(0).toInt();
            const int i = parts.value(1).toInt();
            if (w < 0 || w >= writers || i != next[std::size_t(w)])
                ++wrong;
            else
                ++next[std::size_t(w)];
        }
        maxQueued = qMax(maxQueued, server->info().queuedBytes);
    });

    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            MailslotError e;
            auto writer = MailslotWriter::open(QStringLiteral("flood"), &e);
            if (!writer) {
                failures += perWriter;
                return;
            }
            for (int i = 0; i < perWriter; ++i) {
                const QByteArray payload = QByteArray::number(w) + ' ' + QByteArray::number(i) + " flood";
                if (writer->write(payload, kMailslotWaitForever))
                    ++failures;
            }
        });
    }
    const qint64 total = qint64(writers) * perWriter;
    QTRY_VERIFY_WITH_TIMEOUT(received >= total || failures.load() > 0, 600000);
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(received, total);
    QCOMPARE(wrong, qint64(0));
    for (int w = 0; w < writers; ++w)
        QCOMPARE(next[std::size_t(w)], perWriter);
    QVERIFY(maxQueued <= queueCap);
#ifndef Q_OS_WIN
    // The slot's shared memory never grew past its cap (plus the one-page header). (Windows
    // sizes its own queue: there is no file of ours to measure.)
    quint64 allocated = 0;
    for (const QFileInfo &file : QDir(m_dir.path() + QStringLiteral("/ns")).entryInfoList({QStringLiteral("*.slot")}, QDir::Files)) {
        struct stat st{};
        if (stat(file.absoluteFilePath().toLocal8Bit().constData(), &st) == 0)
            allocated += quint64(st.st_blocks) * 512;
    }
    QVERIFY2(allocated <= queueCap + 4096, qPrintable(QString::number(allocated)));
#endif
    QCOMPARE(server->info().totalMessages, quint64(total));
}

QTEST_GUILESS_MAIN(TestMailslotFlood)
#include "tst_mailslotflood.moc"
