// SshDiagnosis: ssh's ending in words: the cause from the exit status and ssh's own text, which
// stays in the message.
#include "core/remote/sshdiagnosis.h"

#include <QTest>

class TestSshDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void causes_data();
    void causes();
    void noSshNeedsTheUser();
    void lastLines();
};

void TestSshDiagnosis::causes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("crashed");
    QTest::addColumn<QByteArray>("standardError");
    QTest::addColumn<SshDiagnosis::Cause>("cause");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("needsUser");
    using C = SshDiagnosis::Cause;
    QTest::newRow("ended") << 0 << false << QByteArray() << C::None << "ended" << false;
    QTest::newRow("missing (dash)") << 127 << false << QByteArray("sh: 1: mailslot: not found\n") << C::MissingMailslot
                                    << "mailslot is not installed on far" << true;
    QTest::newRow("missing (bash)") << 127 << false << QByteArray("bash: line 1: mailslot: command not found\n")
                                    << C::MissingMailslot << "command not found" << true;
    QTest::newRow("key refused") << 255 << false << QByteArray("root@127.0.0.1: Permission denied (publickey).\n")
                                 << C::KeyRefused << "refused our key" << true;
    QTest::newRow("host key") << 255 << false
                              << QByteArray("No ED25519 host key is known for [127.0.0.1]:2222 and you have requested "
                                            "strict checking.\nHost key verification failed.\n")
                              << C::HostKey << "Host key verification failed" << true;
    QTest::newRow("connection") << 255 << false << QByteArray("ssh: connect to host far port 22: Connection refused\n")
                                << C::Connection << "Connection refused" << false;
    QTest::newRow("remote failed") << 1 << false
                                   << QByteArray("mailslot: \\\\.\\mailslot\\x: already exists (ERROR_ALREADY_EXISTS)\n")
                                   << C::RemoteFailed << "ERROR_ALREADY_EXISTS" << false;
    QTest::newRow("crashed") << 0 << true << QByteArray() << C::Crashed << "abnormally" << false;
}

void TestSshDiagnosis::causes()
{
    QFETCH(int, status);
    QFETCH(bool, crashed);
    QFETCH(QByteArray, standardError);
    QFETCH(SshDiagnosis::Cause, cause);
    QFETCH(QString, words);
    QFETCH(bool, needsUser);
    const SshDiagnosis diagnosis(status, crashed, standardError, QStringLiteral("far"));
    QCOMPARE(diagnosis.cause(), cause);
    QVERIFY2(diagnosis.text().contains(words), qPrintable(diagnosis.text()));
    QCOMPARE(SshDiagnosis::needsUser(diagnosis.cause()), needsUser);
    if (!standardError.isEmpty()) // ssh's own words are kept
        QVERIFY2(diagnosis.text().contains(SshDiagnosis::lastLines(standardError)), qPrintable(diagnosis.text()));
}

void TestSshDiagnosis::noSshNeedsTheUser()
{
    QVERIFY(SshDiagnosis::needsUser(SshDiagnosis::Cause::NoSsh));
    QVERIFY(!SshDiagnosis::needsUser(SshDiagnosis::Cause::Connection));
}

void TestSshDiagnosis::lastLines()
{
    QCOMPARE(SshDiagnosis::lastLines("a\n\nb\n  c  \n\n"), QStringLiteral("b; c"));
    QCOMPARE(SshDiagnosis::lastLines("only"), QStringLiteral("only"));
    QCOMPARE(SshDiagnosis::lastLines(""), QString());
}

QTEST_GUILESS_MAIN(TestSshDiagnosis)
#include "tst_sshdiagnosis.moc"
