// MailslotName: parsing, validation and the canonical form.
#include "core/slots/mailslotname.h"
#include "core/platform/win32error.h"

#include <QTest>

class TestMailslotName : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void caseInsensitiveEquality();
    void wireNameKeepsCase();
    void localFromWire_data();
    void localFromWire();
};

void TestMailslotName::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("server");

    const int local = int(MailslotName::Scope::Local);
    const int remote = int(MailslotName::Scope::Remote);
    const int broadcast = int(MailslotName::Scope::Broadcast);
    QTest::newRow("local") << R"(\\.\mailslot\demo)" << R"(\\.\mailslot\demo)" << local << ".";
    QTest::newRow("local upper") << R"(\\.\MAILSLOT\Demo)" << R"(\\.\mailslot\demo)" << local << ".";
    QTest::newRow("pseudo directories") << R"(\\.\mailslot\abc\def\ghi)" << R"(\\.\mailslot\abc\def\ghi)" << local
                                        << ".";
    QTest::newRow("slashes") << "//./mailslot/abc/def" << R"(\\.\mailslot\abc\def)" << local << ".";
    QTest::newRow("mixed separators") << R"(\\./mailslot\a/b)" << R"(\\.\mailslot\a\b)" << local << ".";
    QTest::newRow("short") << "demo" << R"(\\.\mailslot\demo)" << local << ".";
    QTest::newRow("short path") << R"(taxes\bobs_comments)" << R"(\\.\mailslot\taxes\bobs_comments)" << local
                                << ".";
    QTest::newRow("wire form") << R"(\MAILSLOT\BROWSE)" << R"(\\.\mailslot\browse)" << local << ".";
    QTest::newRow("mailslot prefix") << R"(mailslot\x)" << R"(\\.\mailslot\x)" << local << ".";
    QTest::newRow("trimmed") << "  demo  " << R"(\\.\mailslot\demo)" << local << ".";
    QTest::newRow("host") << R"(\\server1\mailslot\x)" << R"(\\SERVER1\mailslot\x)" << remote << "SERVER1";
    QTest::newRow("domain") << R"(\\WorkGroup\mailslot\net\netlogon)" << R"(\\WORKGROUP\mailslot\net\netlogon)"
                            << remote << "WORKGROUP";
    QTest::newRow("dns host") << R"(\\pc.example.org\mailslot\x)" << R"(\\PC.EXAMPLE.ORG\mailslot\x)" << remote
                              << "PC.EXAMPLE.ORG";
    QTest::newRow("broadcast") << R"(\\*\mailslot\messngr)" << R"(\\*\mailslot\messngr)" << broadcast << "*";
    QTest::newRow("unicode") << QString::fromUtf8("\\\\.\\mailslot\\caf\xc3\xa9") << QString::fromUtf8("\\\\.\\mailslot\\caf\xc3\xa9") << local << ".";
    QTest::newRow("spaces inside") << "my slot" << R"(\\.\mailslot\my slot)" << local << ".";
    QTest::newRow("dots inside") << "a.b\\...c" << R"(\\.\mailslot\a.b\...c)" << local << ".";
    QTest::newRow("255 chars") << QString(255, QLatin1Char('x')) << QStringLiteral("\\\\.\\mailslot\\") + QString(255, QLatin1Char('x'))
                               << local << ".";
}

void TestMailslotName::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(int, scope);
    QFETCH(QString, server);
    MailslotError error;
    const MailslotName name = MailslotName::parse(input, &error);
    QVERIFY2(name.isValid(), qPrintable(error.toString()));
    QVERIFY(!error);
    QCOMPARE(name.canonical(), canonical);
    QCOMPARE(int(name.scope()), scope);
    QCOMPARE(name.server(), server);
    // The canonical form parses to itself.
    QCOMPARE(MailslotName::parse(canonical).canonical(), canonical);
}

void TestMailslotName::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("detailContains"); // part of the message that names the problem

    QTest::newRow("empty") << "" << QString();
    QTest::newRow("blank") << "   " << QString();
    QTest::newRow("no name") << R"(\\.\mailslot\)" << QString();
    QTest::newRow("no name no slash") << R"(\\.\mailslot)" << QString();
    QTest::newRow("empty component") << R"(\\.\mailslot\a\\b)" << QString();
    QTest::newRow("trailing separator") << R"(\\.\mailslot\a\)" << QString();
    QTest::newRow("dot") << R"(\\.\mailslot\.)" << QString();
    QTest::newRow("dotdot") << R"(\\.\mailslot\..)" << QString("\"..\" component");
    QTest::newRow("dotdot inside") << R"(\\.\mailslot\a\..\b)" << QString();
    QTest::newRow("traversal") << R"(\\.\mailslot\..\..\etc\passwd)" << QString();
    QTest::newRow("slash traversal") << "../../etc/passwd" << QString();
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QString();
    QTest::newRow("newline") << "a\nb" << QString();
    QTest::newRow("tab") << "a\tb" << QString("The name contains a control character (U+0009).");
    QTest::newRow("del") << QStringLiteral("a\x7f") << QString("(U+007F)");
    QTest::newRow("c1 control") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b") << QString("(U+0085)");
    QTest::newRow("256 chars") << QString(256, QLatin1Char('x')) << QString("has 256 characters");
    QTest::newRow("pipe") << R"(\\.\pipe\x)" << QString();
    QTest::newRow("not under mailslot") << R"(\\.\mailslots\x)" << QString();
    QTest::newRow("no server") << R"(\\\mailslot\x)" << QString();
    QTest::newRow("server only") << R"(\\server)" << QString();
    QTest::newRow("bad wire form") << R"(\pipe\x)" << QString();
    QTest::newRow("wildcard in host") << R"(\\a*\mailslot\x)" << QString();
    QTest::newRow("question mark in host") << R"(\\a?\mailslot\x)" << QString();
    QTest::newRow("long host") << QStringLiteral("\\\\") + QString(256, QLatin1Char('h')) + QStringLiteral("\\mailslot\\x")
                               << QString("name has 256 characters; at most 255 are allowed");
}

void TestMailslotName::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, detailContains);
    MailslotError error;
    const MailslotName name = MailslotName::parse(input, &error);
    QVERIFY(!name.isValid());
    QVERIFY2(error.detail().contains(detailContains), qPrintable(error.detail()));
    QCOMPARE(error.code(), quint32(mailslot::platform::kErrorInvalidName));
    QCOMPARE(error.codeName(), QStringLiteral("ERROR_INVALID_NAME"));
    QVERIFY(!error.detail().isEmpty());
    QVERIFY(name.canonical().isEmpty());
}

void TestMailslotName::caseInsensitiveEquality()
{
    QVERIFY(MailslotName::parse(R"(\\.\MailSlot\ABC\Def)") == MailslotName::parse("abc/def"));
    QVERIFY(MailslotName::parse(R"(\\host\mailslot\x)") == MailslotName::parse(R"(\\HOST\MAILSLOT\X)"));
}

void TestMailslotName::wireNameKeepsCase()
{
    const MailslotName name = MailslotName::parse(R"(\\*\mailslot\test1\Sample_Mailslot)");
    QCOMPARE(name.wireName(), QStringLiteral(R"(\MAILSLOT\test1\Sample_Mailslot)"));
    QCOMPARE(name.path(), QStringLiteral(R"(test1\Sample_Mailslot)"));
    QCOMPARE(name.localCanonical(), QStringLiteral(R"(\\.\mailslot\test1\sample_mailslot)"));
}

void TestMailslotName::localFromWire_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("shown");
    QTest::newRow("browse") << QByteArray("\\MAILSLOT\\BROWSE") << QStringLiteral("\\\\.\\mailslot\\browse");
    QTest::newRow("path") << QByteArray("\\mailslot\\Net/NETLOGON") << QStringLiteral("\\\\.\\mailslot\\net\\netlogon");
    QTest::newRow("not a slot") << QByteArray("\\PIPE\\x") << QStringLiteral("\\PIPE\\x");
    QTest::newRow("prefix only") << QByteArray("\\MAILSLOT\\") << QStringLiteral("\\MAILSLOT\\");
}

void TestMailslotName::localFromWire()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, shown);
    QCOMPARE(MailslotName::localFromWire(wire), shown);
    // The same as parsing it and asking for the local name, where the name is valid.
    const MailslotName parsed = MailslotName::parse(QString::fromLatin1(wire));
    if (parsed.isValid())
        QCOMPARE(parsed.localCanonical(), shown);
}

QTEST_GUILESS_MAIN(TestMailslotName)
#include "tst_mailslotname.moc"
