// MailslotError: codes, names, messages.
#include "mailsloterror.h"
#include "slotbackend.h"

#include <QTest>

using namespace mailslot::platform;

class TestMailslotError : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void sizesInMessages();
    void fromPlatformKeepsDetail();
    void success();
};

void TestMailslotError::names_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("2") << 2u << "ERROR_FILE_NOT_FOUND";
    QTest::newRow("5") << 5u << "ERROR_ACCESS_DENIED";
    QTest::newRow("53") << 53u << "ERROR_BAD_NETPATH";
    QTest::newRow("121") << 121u << "ERROR_SEM_TIMEOUT";
    QTest::newRow("122") << 122u << "ERROR_INSUFFICIENT_BUFFER";
    QTest::newRow("123") << 123u << "ERROR_INVALID_NAME";
    QTest::newRow("183") << 183u << "ERROR_ALREADY_EXISTS";
    QTest::newRow("1816") << 1816u << "ERROR_NOT_ENOUGH_QUOTA";
    QTest::newRow("4336") << 4336u << "ERROR_MESSAGE_EXCEEDS_MAX_SIZE";
    QTest::newRow("unknown") << 99999u << "ERROR_99999";
}

void TestMailslotError::names()
{
    QFETCH(quint32, code);
    QFETCH(QString, name);
    const MailslotError error(code);
    QVERIFY(error.isError());
    QCOMPARE(error.codeName(), name);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(error.toString().endsWith(QStringLiteral("(%1)").arg(name)));
}

void TestMailslotError::sizesInMessages()
{
    const MailslotError tooBig(kErrorMessageExceedsMaxSize, {}, 500, 424);
    QVERIFY(tooBig.message().contains(QStringLiteral("500")));
    QVERIFY(tooBig.message().contains(QStringLiteral("424")));
    const MailslotError network(kErrorBadNetpath, {}, 600, 424);
    QVERIFY(network.message().contains(QStringLiteral("424")));
    const MailslotError full(kErrorNotEnoughQuota, {}, 0, 250);
    QVERIFY(full.message().contains(QStringLiteral("250")));
}

void TestMailslotError::fromPlatformKeepsDetail()
{
    SlotError platformError{kErrorAccessDenied, "/run/x belongs to another user", 0, 0};
    const MailslotError error = MailslotError::fromPlatform(platformError);
    QCOMPARE(error.code(), 5u);
    QVERIFY(error.message().contains(QStringLiteral("/run/x belongs to another user")));
}

void TestMailslotError::success()
{
    const MailslotError none;
    QVERIFY(!none);
    QCOMPARE(none.codeName(), QStringLiteral("ERROR_SUCCESS"));
}

QTEST_GUILESS_MAIN(TestMailslotError)
#include "tst_mailsloterror.moc"
