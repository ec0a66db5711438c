// Local mailslots' names and lifetime against the Win32 rules (CreateMailslot, CreateFile), in
// one process: one server per name, a closed slot is gone and its name free again, listing and
// query, and the private namespace that no crafted name leaves. Reads and writes are in
// tst_mailslotreadwrite. See the README's "Semantics" section.
#include "core/slots/mailslothandle.h"
#include "tests/common/windowsdeviation.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "core/platform/win32error.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace mailslot::platform;

class TestMailslotHandle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondCreateFails_data();
    void secondCreateFails();
    void writeToMissingSlot_data();
    void writeToMissingSlot();
    void closedSlotIsGone();
    void nameReusableAfterClose();
    void listingAndQuery();
    void namespaceIsPrivate();
    void craftedNamesStayInNamespace_data();
    void craftedNamesStayInNamespace();
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

void TestMailslotHandle::closedSlotIsGone()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_CLOSED_SLOT_WRITES);
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
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_LISTING);
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
    MAILSLOT_SKIP_ON_WINDOWS("the namespace directory and its modes");
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
    MAILSLOT_SKIP_ON_WINDOWS("the namespace directory's hashed file names");
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
