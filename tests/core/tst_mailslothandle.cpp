// Conformance of local mailslots with the Win32 rules (CreateMailslot, ReadFile, WriteFile,
// GetMailslotInfo, SetMailslotInfo), in one process. See the README's "Semantics" section.
#include "core/slots/mailslothandle.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/win32error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <thread>

using namespace mailslot::platform;

class TestMailslotHandle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createReportsInfo_data();
    void createReportsInfo();
    void secondCreateFails_data();
    void secondCreateFails();
    void writeToMissingSlot_data();
    void writeToMissingSlot();
    void windowsInfoSequence();
    void smallBufferKeepsMessage();
    void emptyReadTimesOut_data();
    void emptyReadTimesOut();
    void readWaitsForWriter();
    void setReadTimeout_data();
    void setReadTimeout();
    void maxMessageSize_data();
    void maxMessageSize();
    void fifoAcrossWrapAround();
    void fullQueueMakesWriterWait();
    void messageLargerThanQueue();
    void closedSlotIsGone();
    void nameReusableAfterClose();
    void listingAndQuery();
    void namespaceIsPrivate();
    void craftedNamesStayInNamespace_data();
    void craftedNamesStayInNamespace();
    void concurrentWritersLoseNothing();
    void remoteNameCannotBeCreated();

private:
    QString uniqueName(const char *tag);

    QTemporaryDir m_dir;
    QString m_namespace;
    int m_counter = 0;
};

void TestMailslotHandle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_namespace = m_dir.path() + QStringLiteral("/ns");
    qputenv("MAILSLOT_RUNTIME_DIR", m_namespace.toLocal8Bit());
}

QString TestMailslotHandle::uniqueName(const char *tag)
{
    return QStringLiteral("\\\\.\\mailslot\\test\\%1_%2").arg(QLatin1String(tag)).arg(++m_counter);
}

void TestMailslotHandle::createReportsInfo_data()
{
    QTest::addColumn<quint32>("maxSize");
    QTest::addColumn<quint32>("timeout");
    QTest::newRow("any size, immediate") << 0u << 0u;
    QTest::newRow("424, 300 ms") << 424u << 300u;
    QTest::newRow("forever") << 0u << kMailslotWaitForever;
    QTest::newRow("odd values -1/-1") << 0xFFFFFFFFu << 0xFFFFFFFFu;
}

void TestMailslotHandle::createReportsInfo()
{
    QFETCH(quint32, maxSize);
    QFETCH(quint32, timeout);
    MailslotError error;
    auto slot = MailslotHandle::create(uniqueName("info"), {maxSize, timeout}, &error);
    QVERIFY2(slot, qPrintable(error.toString()));
    const MailslotInfo info = slot->info();
    QCOMPARE(info.maxMessageSize, maxSize);
    QCOMPARE(info.readTimeout, timeout);
    QCOMPARE(info.nextSize, MailslotInfo::kNoMessage);
    QCOMPARE(info.messageCount, 0u);
    QCOMPARE(info.pid, qint64(getpid()));
    QVERIFY(qAbs(info.created.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
    QCOMPARE(info.queueCapacity, quint64(kDefaultQueueCapacity));
}

void TestMailslotHandle::secondCreateFails_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << R"(\\.\mailslot\dup\a)" << R"(\\.\mailslot\dup\a)";
    QTest::newRow("other case") << R"(\\.\mailslot\dup\b)" << R"(\\.\MAILSLOT\DUP\B)";
    QTest::newRow("short form") << R"(\\.\mailslot\dup\c)" << R"(dup/c)";
}

void TestMailslotHandle::secondCreateFails()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    MailslotError error;
    auto one = MailslotHandle::create(first, {}, &error);
    QVERIFY2(one, qPrintable(error.toString()));
    auto two = MailslotHandle::create(second, {}, &error);
    QVERIFY(!two);
    QCOMPARE(error.code(), quint32(kErrorAlreadyExists));
    QCOMPARE(error.codeName(), QStringLiteral("ERROR_ALREADY_EXISTS"));
    // The first server is unharmed.
    QVERIFY(!MailslotRegistry().send(first, "still here"));
    QCOMPARE(one->info().messageCount, 1u);
}

void TestMailslotHandle::writeToMissingSlot_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("never created") << R"(\\.\mailslot\nonexistent)";
    QTest::newRow("short") << "nonexistent\\deeper";
}

void TestMailslotHandle::writeToMissingSlot()
{
    QFETCH(QString, name);
    MailslotError error;
    QVERIFY(!MailslotWriter::open(name, &error));
    QCOMPARE(error.code(), quint32(kErrorFileNotFound));
    QCOMPARE(MailslotRegistry().send(name, "x").code(), quint32(kErrorFileNotFound));
}

// The sequence Wine's conformance tests observe on Windows: 'a', 'bc', then an empty message.
void TestMailslotHandle::windowsInfoSequence()
{
    MailslotError error;
    const QString name = uniqueName("sequence");
    auto slot = MailslotHandle::create(name, {}, &error);
    QVERIFY(slot);
    auto writer = MailslotWriter::open(name, &error);
    QVERIFY2(writer, qPrintable(error.toString()));

    QVERIFY(!writer->write("a"));
    QCOMPARE(slot->info().nextSize, 1u);
    QCOMPARE(slot->info().messageCount, 1u);
    QVERIFY(!writer->write("bc"));
    QCOMPARE(slot->info().nextSize, 1u);
    QCOMPARE(slot->info().messageCount, 2u);
    QVERIFY(!writer->write(QByteArrayView()));
    QCOMPARE(slot->info().nextSize, 1u);
    QCOMPARE(slot->info().messageCount, 3u);

    QByteArray message;
    QVERIFY(!slot->read(&message));
    QCOMPARE(message, QByteArray("a"));
    QCOMPARE(slot->info().nextSize, 2u);
    QCOMPARE(slot->info().messageCount, 2u);
    QVERIFY(!slot->read(&message));
    QCOMPARE(message, QByteArray("bc"));
    QCOMPARE(slot->info().nextSize, 0u); // a zero-length message is waiting
    QCOMPARE(slot->info().messageCount, 1u);
    message = "stale";
    QVERIFY(!slot->read(&message));
    QVERIFY(message.isEmpty());
    QCOMPARE(slot->info().nextSize, MailslotInfo::kNoMessage);
    QCOMPARE(slot->info().messageCount, 0u);
    QCOMPARE(slot->info().totalMessages, quint64(3));
    QCOMPARE(slot->info().totalBytes, quint64(3));
}

void TestMailslotHandle::smallBufferKeepsMessage()
{
    MailslotError error;
    const QString name = uniqueName("small");
    auto slot = MailslotHandle::create(name, {}, &error);
    QVERIFY(!MailslotRegistry().send(name, "hello"));
    QByteArray message;
    error = slot->read(&message, 3);
    QCOMPARE(error.code(), quint32(kErrorInsufficientBuffer));
    QCOMPARE(error.size(), quint64(5));
    QVERIFY(message.isEmpty());
    QCOMPARE(slot->info().messageCount, 1u);
    QCOMPARE(slot->info().nextSize, 5u);
    QVERIFY(!slot->read(&message, 5));
    QCOMPARE(message, QByteArray("hello"));
    QCOMPARE(slot->info().messageCount, 0u);
}

void TestMailslotHandle::emptyReadTimesOut_data()
{
    QTest::addColumn<quint32>("timeout");
    QTest::newRow("0 ms: at once") << 0u;
    QTest::newRow("150 ms") << 150u;
}

void TestMailslotHandle::emptyReadTimesOut()
{
    QFETCH(quint32, timeout);
    MailslotError error;
    auto slot = MailslotHandle::create(uniqueName("timeout"), {0, timeout}, &error);
    QElapsedTimer clock;
    clock.start();
    QByteArray message;
    error = slot->read(&message);
    QCOMPARE(error.code(), quint32(kErrorSemTimeout));
    QCOMPARE(error.codeName(), QStringLiteral("ERROR_SEM_TIMEOUT"));
    // It waited for the timeout (a lower bound: semantics, not speed).
    QVERIFY(clock.elapsed() >= qint64(timeout) - 5);
}

void TestMailslotHandle::readWaitsForWriter()
{
    MailslotError error;
    const QString name = uniqueName("forever");
    auto slot = MailslotHandle::create(name, {0, kMailslotWaitForever}, &error);
    std::thread writer([name] {
        // The reader is blocked in read() by now or soon; either way it must get the message.
        MailslotRegistry().send(name, "late");
    });
    QByteArray message;
    QVERIFY(!slot->read(&message));
    writer.join();
    QCOMPARE(message, QByteArray("late"));
}

void TestMailslotHandle::setReadTimeout_data()
{
    QTest::addColumn<quint32>("timeout");
    QTest::newRow("0") << 0u;
    QTest::newRow("1000") << 1000u;
    QTest::newRow("forever") << kMailslotWaitForever;
}

void TestMailslotHandle::setReadTimeout()
{
    QFETCH(quint32, timeout);
    MailslotError error;
    const QString name = uniqueName("settimeout");
    auto slot = MailslotHandle::create(name, {0, 42}, &error);
    slot->setReadTimeout(timeout);
    QCOMPARE(slot->info().readTimeout, timeout);
    // Another process (here: another handle on the namespace) sees the same.
    QCOMPARE(MailslotRegistry().query(name).readTimeout, timeout);
}

void TestMailslotHandle::maxMessageSize_data()
{
    QTest::addColumn<quint32>("maxSize");
    QTest::addColumn<int>("size");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("under") << 4u << 3 << quint32(kErrorSuccess);
    QTest::newRow("exact") << 4u << 4 << quint32(kErrorSuccess);
    QTest::newRow("over") << 4u << 7 << quint32(kErrorMessageExceedsMaxSize);
    QTest::newRow("424 over") << 424u << 425 << quint32(kErrorMessageExceedsMaxSize);
    QTest::newRow("any size") << 0u << 100000 << quint32(kErrorSuccess);
    QTest::newRow("empty under any max") << 1u << 0 << quint32(kErrorSuccess);
}

void TestMailslotHandle::maxMessageSize()
{
    QFETCH(quint32, maxSize);
    QFETCH(int, size);
    QFETCH(quint32, expected);
    MailslotError error;
    const QString name = uniqueName("max");
    auto slot = MailslotHandle::create(name, {maxSize, 0}, &error);
    const MailslotError result = MailslotRegistry().send(name, QByteArray(size, 'x'));
    QCOMPARE(result.code(), expected);
    if (expected != kErrorSuccess) {
        // Nothing was queued, and the message says both sizes.
        QCOMPARE(slot->info().messageCount, 0u);
        QVERIFY(result.message().contains(QString::number(size)));
        QVERIFY(result.message().contains(QString::number(maxSize)));
    } else {
        QByteArray message;
        QVERIFY(!slot->read(&message));
        QCOMPARE(message.size(), size);
    }
}

void TestMailslotHandle::fifoAcrossWrapAround()
{
    // A small queue (64 KiB) and messages of many sizes: the ring wraps many times.
    MailslotError error;
    const QString name = uniqueName("wrap");
    auto slot = MailslotHandle::create(name, {0, 0, 64 * 1024}, &error);
    QVERIFY(slot);
    auto writer = MailslotWriter::open(name, &error);
    int written = 0;
    int read = 0;
    auto writeOne = [&] {
        const int size = (written * 977) % 6000;
        QByteArray payload(size, char('a' + written % 26));
        payload.prepend(QByteArray::number(written) + ':');
        ++written;
        return !writer->write(payload, 0);
    };
    // Reading lags two messages behind writing, so that the queue is never empty at a wrap.
    QVERIFY(writeOne());
    QVERIFY(writeOne());
    for (int round = 0; round < 300; ++round) {
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeOne());
        for (int i = 0; i < 5; ++i, ++read) {
            QByteArray message;
            QVERIFY(!slot->read(&message));
            QVERIFY2(message.startsWith(QByteArray::number(read) + ':'), message.left(20).constData());
        }
    }
    QCOMPARE(slot->info().messageCount, quint32(written - read));
    while (read < written) {
        QByteArray message;
        QVERIFY(!slot->read(&message));
        QVERIFY(message.startsWith(QByteArray::number(read++) + ':'));
    }
    QCOMPARE(slot->info().nextSize, MailslotInfo::kNoMessage);
}

void TestMailslotHandle::fullQueueMakesWriterWait()
{
    MailslotError error;
    const QString name = uniqueName("full");
    auto slot = MailslotHandle::create(name, {0, 0, 64 * 1024}, &error);
    auto writer = MailslotWriter::open(name, &error);
    const QByteArray chunk(8000, 'f');
    int queued = 0;
    while (!writer->write(chunk, 0))
        ++queued;
    QVERIFY(queued >= 7);
    // Full: a write without patience fails clearly and queues nothing...
    error = writer->write(chunk, 0);
    QCOMPARE(error.code(), quint32(kErrorNotEnoughQuota));
    QCOMPARE(slot->info().messageCount, quint32(queued));
    // ...and a patient writer waits until the reader makes room.
    std::atomic<bool> done{false};
    MailslotError late;
    std::thread patient([&] {
        late = writer->write("after the wait", kMailslotWaitForever);
        done = true;
    });
    QByteArray message;
    QVERIFY(!slot->read(&message));
    patient.join();
    QVERIFY2(!late, qPrintable(late.toString()));
    QCOMPARE(slot->info().messageCount, quint32(queued));
    for (int i = 0; i < queued - 1; ++i)
        QVERIFY(!slot->read(&message));
    QVERIFY(!slot->read(&message));
    QCOMPARE(message, QByteArray("after the wait"));
}

void TestMailslotHandle::messageLargerThanQueue()
{
    MailslotError error;
    const QString name = uniqueName("huge");
    auto slot = MailslotHandle::create(name, {0, 0, 64 * 1024}, &error);
    error = MailslotRegistry().send(name, QByteArray(70000, 'h'));
    QCOMPARE(error.code(), quint32(kErrorNotEnoughQuota));
    QVERIFY(error.message().contains(QStringLiteral("70000")));
    QCOMPARE(slot->info().messageCount, 0u);
}

void TestMailslotHandle::closedSlotIsGone()
{
    MailslotError error;
    const QString name = uniqueName("closed");
    auto slot = MailslotHandle::create(name, {}, &error);
    auto writer = MailslotWriter::open(name, &error);
    QVERIFY(!writer->write("unread"));
    slot.reset();
    QCOMPARE(writer->write("after close").code(), quint32(kErrorFileNotFound));
    QVERIFY(!MailslotWriter::open(name, &error));
    QCOMPARE(error.code(), quint32(kErrorFileNotFound));
    MailslotRegistry().query(name, &error);
    QCOMPARE(error.code(), quint32(kErrorFileNotFound));
    const auto all = MailslotRegistry().listAll();
    for (const MailslotInfo &info : all)
        QVERIFY(info.name != MailslotName::parse(name).canonical());
}

void TestMailslotHandle::nameReusableAfterClose()
{
    MailslotError error;
    const QString name = uniqueName("reuse");
    auto slot = MailslotHandle::create(name, {}, &error);
    QVERIFY(!MailslotRegistry().send(name, "old"));
    slot.reset();
    slot = MailslotHandle::create(name, {}, &error);
    QVERIFY2(slot, qPrintable(error.toString()));
    // Unread messages went with the old server.
    QCOMPARE(slot->info().messageCount, 0u);
}

void TestMailslotHandle::listingAndQuery()
{
    MailslotError error;
    const QString a = uniqueName("list");
    const QString b = uniqueName("list");
    auto slotA = MailslotHandle::create(a, {100, 5}, &error);
    auto slotB = MailslotHandle::create(b, {0, kMailslotWaitForever}, &error);
    QVERIFY(!MailslotRegistry().send(a, "12345"));
    QVERIFY(!MailslotRegistry().send(a, "1"));
    const QList<MailslotInfo> all = MailslotRegistry().listAll(&error);
    QVERIFY(!error);
    int found = 0;
    for (const MailslotInfo &info : all) {
        if (info.name == slotA->name()) {
            ++found;
            QCOMPARE(info.maxMessageSize, 100u);
            QCOMPARE(info.readTimeout, 5u);
            QCOMPARE(info.messageCount, 2u);
            QCOMPARE(info.nextSize, 5u);
            QCOMPARE(info.pid, qint64(getpid()));
        } else if (info.name == slotB->name()) {
            ++found;
            QCOMPARE(info.readTimeout, kMailslotWaitForever);
            QCOMPARE(info.nextSize, MailslotInfo::kNoMessage);
        }
    }
    QCOMPARE(found, 2);
    const MailslotInfo queried = MailslotRegistry().query(a.toUpper(), &error);
    QVERIFY(!error);
    QCOMPARE(queried.messageCount, 2u);
    QCOMPARE(queried.created, slotA->info().created);
}

void TestMailslotHandle::namespaceIsPrivate()
{
    MailslotError error;
    auto slot = MailslotHandle::create(uniqueName("private"), {}, &error);
    struct stat st{};
    QCOMPARE(stat(m_namespace.toLocal8Bit().constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
    const QFileInfoList files = QDir(m_namespace).entryInfoList(QDir::Files | QDir::System | QDir::Hidden);
    QVERIFY(!files.isEmpty());
    for (const QFileInfo &file : files) {
        QCOMPARE(stat(file.absoluteFilePath().toLocal8Bit().constData(), &st), 0);
        QVERIFY2((st.st_mode & 0077) == 0, qPrintable(file.fileName()));
    }
}

void TestMailslotHandle::craftedNamesStayInNamespace_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("dots in names") << R"(\\.\mailslot\...\..x)";
    QTest::newRow("slashes") << "a/b/c/d";
    QTest::newRow("percent") << "%2e%2e%2fetc";
    QTest::newRow("tilde and dollar") << "~root\\$HOME";
    QTest::newRow("unicode") << QString::fromUtf8("\xe2\x80\xae\xd0\xb4");
    QTest::newRow("long") << QString(255, QLatin1Char('z'));
}

void TestMailslotHandle::craftedNamesStayInNamespace()
{
    QFETCH(QString, name);
    const QStringList parentBefore = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    MailslotError error;
    auto slot = MailslotHandle::create(name, {}, &error);
    QVERIFY2(slot, qPrintable(error.toString()));
    QVERIFY(!MailslotRegistry().send(name, "x"));
    // Only hashed file names inside the namespace directory; nothing beside it.
    const QRegularExpression allowed(QStringLiteral("^([0-9a-f]{16}\\.(slot|fifo)|\\.lock)$"));
    const QStringList entries = QDir(m_namespace).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries)
        QVERIFY2(allowed.match(entry).hasMatch(), qPrintable(entry));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), parentBefore);
    QCOMPARE(MailslotRegistry().query(name).name, MailslotName::parse(name).canonical());
}

void TestMailslotHandle::concurrentWritersLoseNothing()
{
    constexpr int kWriters = 4;
    constexpr int kPerWriter = 20000;
    MailslotError error;
    const QString name = uniqueName("concurrent");
    // A small queue, so that writers really wait for the reader.
    auto slot = MailslotHandle::create(name, {0, kMailslotWaitForever, 64 * 1024}, &error);
    std::vector<std::thread> writers;
    std::atomic<int> failures{0};
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            MailslotError e;
            auto writer = MailslotWriter::open(name, &e);
            if (!writer) {
                failures += kPerWriter;
                return;
            }
            for (int i = 0; i < kPerWriter; ++i) {
                const QByteArray payload = QByteArray::number(w) + ' ' + QByteArray::number(i) + ' '
                    + QByteArray(i % 300, 'p');
                if (writer->write(payload, kMailslotWaitForever))
                    ++failures;
            }
        });
    }
    std::vector<int> next(kWriters, 0);
    int duplicatesOrGaps = 0;
    for (int n = 0; n < kWriters * kPerWriter; ++n) {
        QByteArray message;
        if (slot->read(&message)) {
            ++duplicatesOrGaps;
            break;
        }
        const QList<QByteArray> parts = message.split(' ');
        const int w = parts.value(0).toInt();
        const int i = parts.value(1).toInt();
        if (w < 0 || w >= kWriters || i != next[w])
            ++duplicatesOrGaps;
        else
            ++next[w];
    }
    for (auto &t : writers)
        t.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(duplicatesOrGaps, 0);
    for (int w = 0; w < kWriters; ++w)
        QCOMPARE(next[w], kPerWriter);
    QCOMPARE(slot->info().messageCount, 0u);
}

void TestMailslotHandle::remoteNameCannotBeCreated()
{
    MailslotError error;
    QVERIFY(!MailslotHandle::create(R"(\\server\mailslot\x)", {}, &error));
    QCOMPARE(error.code(), quint32(kErrorInvalidName));
    QVERIFY(!MailslotHandle::create(R"(\\*\mailslot\x)", {}, &error));
    QCOMPARE(error.code(), quint32(kErrorInvalidName));
}

QTEST_GUILESS_MAIN(TestMailslotHandle)
#include "tst_mailslothandle.moc"
