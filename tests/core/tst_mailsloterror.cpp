// MailslotError: codes, names, messages.
#include "core/slots/mailsloterror.h"
#include "core/platform/slotbackend.h"
#include "core/text/translations.h"

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
    void remoteMailslotsExplained_data();
    void remoteMailslotsExplained();
    void queueFullOnWindowsDoesNotWait();
    void cleanupTestCase();
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

void TestMailslotError::remoteMailslotsExplained_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("it") << QStringLiteral("it");
}

// ERROR_REMOTE_MAILSLOTS_DEPRECATED (3025): the user learns how an administrator turns remote
// mailslots back on (the EnableMailslots setting and the policy), in every language.
void TestMailslotError::remoteMailslotsExplained()
{
    QFETCH(QString, language);
    Translations::install(QStringLiteral("en"));
    const MailslotError error(kErrorRemoteMailslotsDeprecated, QStringLiteral("\\\\HOST\\mailslot\\x"));
    const QString english = error.message();
    QCOMPARE(Translations::install(language), language);
    const QString text = error.message();
    QCOMPARE(error.codeName(), QStringLiteral("ERROR_REMOTE_MAILSLOTS_DEPRECATED"));
    // The command and the policy's name are what the administrator types or looks for.
    QVERIFY2(text.contains(QStringLiteral("Set-SmbClientConfiguration -EnableMailslots $true")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\"Enable remote mailslots\"")), qPrintable(text));
    if (language == QLatin1String("en"))
        QVERIFY2(text.contains(QStringLiteral("Lanman Workstation")), qPrintable(text));
    else
        QVERIFY2(text != english, qPrintable(language + QStringLiteral(" is not translated: ") + text));
}

// Windows never makes a writer wait: a refused write (size, no timeout) is not "timed out".
void TestMailslotError::queueFullOnWindowsDoesNotWait()
{
    Translations::install(QStringLiteral("en"));
    const QString windows = MailslotError(kErrorNotEnoughQuota, {}, 700, 0).message();
    QVERIFY(windows.contains(QStringLiteral("700")));
    QVERIFY(!windows.contains(QStringLiteral("timed out")));
    QVERIFY(!MailslotError(kErrorNotEnoughQuota).message().contains(QStringLiteral("0 ms")));
}

void TestMailslotError::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestMailslotError)
#include "tst_mailsloterror.moc"
