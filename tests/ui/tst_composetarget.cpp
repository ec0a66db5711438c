#include "ui/compose/composetarget.h"
#include "ui/compose/recenttargets.h"
#include "core/wire/mailslotlimits.h"
#include "uitesthelpers.h"

class TestComposeTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void names_data();
    void names();
    void missingParts();
    void fromName();
    void refusal_data();
    void refusal();
    void networkLimitAppliesTo_data();
    void networkLimitAppliesTo();
    void networkLimit_data();
    void networkLimit();
    void recentTargets();
    void recentDomainsFollowTheirNames();

private:
    QTemporaryDir m_dir;
};

void TestComposeTarget::names_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("this computer") << int(ComposeTarget::Kind::ThisComputer) << QString() << QStringLiteral("Demo")
                                   << QStringLiteral("\\\\.\\mailslot\\demo");
    QTest::newRow("computer") << int(ComposeTarget::Kind::Computer) << QStringLiteral("ws1") << QStringLiteral("messngr")
                              << QStringLiteral("\\\\WS1\\mailslot\\messngr");
    QTest::newRow("domain") << int(ComposeTarget::Kind::Domain) << QStringLiteral("WORKGROUP")
                            << QStringLiteral("net\\netlogon") << QStringLiteral("\\\\WORKGROUP\\mailslot\\net\\netlogon");
    QTest::newRow("everyone") << int(ComposeTarget::Kind::Everyone) << QStringLiteral("ignored")
                              << QStringLiteral("browse") << QStringLiteral("\\\\*\\mailslot\\browse");
    QTest::newRow("path typed with prefix") << int(ComposeTarget::Kind::ThisComputer) << QString()
                                            << QStringLiteral("mailslot\\x") << QStringLiteral("\\\\.\\mailslot\\x");
}

void TestComposeTarget::names()
{
    QFETCH(int, kind);
    QFETCH(QString, server);
    QFETCH(QString, path);
    QFETCH(QString, canonical);
    const ComposeTarget target(ComposeTarget::Kind(kind), server, path);
    MailslotError error;
    const MailslotName name = target.name(&error);
    QVERIFY2(name.isValid(), qPrintable(error.toString()));
    QCOMPARE(name.canonical(), canonical);
    QCOMPARE(target.isLocal(), name.isLocal());
}

void TestComposeTarget::missingParts()
{
    MailslotError error;
    QVERIFY(!ComposeTarget(ComposeTarget::Kind::Computer, {}, QStringLiteral("x")).name(&error).isValid());
    QVERIFY(error.isError());
    QVERIFY(!ComposeTarget(ComposeTarget::Kind::ThisComputer, {}, {}).name(&error).isValid());
}

void TestComposeTarget::fromName()
{
    const ComposeTarget remote = ComposeTarget::fromName(QStringLiteral("\\\\HOST\\mailslot\\a\\b"));
    QCOMPARE(remote.kind(), ComposeTarget::Kind::Computer);
    QCOMPARE(remote.server(), QStringLiteral("HOST"));
    QCOMPARE(remote.name().canonical(), QStringLiteral("\\\\HOST\\mailslot\\a\\b"));
    QCOMPARE(ComposeTarget::fromName(QStringLiteral("\\\\*\\mailslot\\x")).kind(), ComposeTarget::Kind::Everyone);
    QCOMPARE(ComposeTarget::fromName(QStringLiteral("\\\\.\\mailslot\\x")).kind(), ComposeTarget::Kind::ThisComputer);
}

void TestComposeTarget::refusal_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("network");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("mentionsLimit");

    QTest::newRow("local, large") << QStringLiteral("\\\\.\\mailslot\\x") << 100000 << false << false << false;
    QTest::newRow("local, 425") << QStringLiteral("\\\\.\\mailslot\\x") << 425 << false << false << false;
    QTest::newRow("remote, 424, with network") << QStringLiteral("\\\\HOST\\mailslot\\x") << 424 << true << false << false;
    QTest::newRow("remote, 425, with network") << QStringLiteral("\\\\HOST\\mailslot\\x") << 425 << true << true << true;
    QTest::newRow("broadcast, 425, with network") << QStringLiteral("\\\\*\\mailslot\\x") << 425 << true << true << true;
    QTest::newRow("domain, 1000, with network") << QStringLiteral("\\\\DOM\\mailslot\\x") << 1000 << true << true << true;
    QTest::newRow("remote, 10, no network") << QStringLiteral("\\\\HOST\\mailslot\\x") << 10 << false << true << false;
    QTest::newRow("broadcast, 500, no network") << QStringLiteral("\\\\*\\mailslot\\x") << 500 << false << true << true;
}

void TestComposeTarget::refusal()
{
    QFETCH(QString, target);
    QFETCH(int, size);
    QFETCH(bool, network);
    QFETCH(bool, refused);
    QFETCH(bool, mentionsLimit);
    const QString reason = ComposeTarget::refusalReason(MailslotName::parse(target), size, network);
    QCOMPARE(!reason.isEmpty(), refused);
    QCOMPARE(reason.contains(QStringLiteral("424")), mentionsLimit);
}

void TestComposeTarget::networkLimitAppliesTo_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("limited");
    QTest::addColumn<bool>("refusesLargeMessage");
    using K = ComposeTarget::Kind;
    QTest::newRow("every computer") << int(K::Everyone) << QString() << true << true;
    QTest::newRow("domain") << int(K::Domain) << QStringLiteral("WORKGROUP") << true << true;
#ifdef Q_OS_WIN
    // The system carries a \\HOST write, unlimited by us.
    QTest::newRow("computer") << int(K::Computer) << QStringLiteral("PC1") << false << false;
#else
    // Our own sender: one datagram of at most 424 bytes.
    QTest::newRow("computer") << int(K::Computer) << QStringLiteral("PC1") << true << true;
#endif
    QTest::newRow("this computer") << int(K::ThisComputer) << QString() << false << false;
}

void TestComposeTarget::networkLimitAppliesTo()
{
    QFETCH(int, kind);
    QFETCH(QString, server);
    QFETCH(bool, limited);
    QFETCH(bool, refusesLargeMessage);
    const ComposeTarget target(ComposeTarget::Kind(kind), server, QStringLiteral("x"));
    QCOMPARE(target.isNetworkLimited(), limited);
    const QString reason = ComposeTarget::refusalReason(target.name(), 1000, true, target.isNetworkLimited());
    QCOMPARE(reason.contains(QStringLiteral("424")), refusesLargeMessage);
}

void TestComposeTarget::networkLimit_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("limit");
    // Never over the documented 424 bytes, less for a long path ([MS-MAIL]).
    QTest::newRow("short path") << QStringLiteral("\\\\*\\mailslot\\x") << int(mailslot::wire::kNetworkMessageLimit);
    QTest::newRow("8 bytes") << QStringLiteral("\\\\*\\mailslot\\abcdefgh") << 424;
    QTest::newRow("9 bytes") << QStringLiteral("\\\\HOST\\mailslot\\abcdefghi") << 420;
}

void TestComposeTarget::networkLimit()
{
    QFETCH(QString, target);
    QFETCH(int, limit);
    QCOMPARE(ComposeTarget::networkLimit(MailslotName::parse(target)), qsizetype(limit));
}

void TestComposeTarget::recentTargets()
{
    RecentTargets recent;
    for (int i = 0; i < RecentTargets::kMax + 2; ++i)
        recent.remember(QStringLiteral("\\\\.\\mailslot\\r%1").arg(i), ComposeTarget::Kind::ThisComputer);
    QCOMPARE(recent.names().size(), RecentTargets::kMax);
    QCOMPARE(recent.names().first(), QStringLiteral("\\\\.\\mailslot\\r%1").arg(RecentTargets::kMax + 1));
    // Again: it moves to the front, once.
    recent.remember(QStringLiteral("\\\\.\\mailslot\\r5"), ComposeTarget::Kind::ThisComputer);
    QCOMPARE(recent.names().first(), QStringLiteral("\\\\.\\mailslot\\r5"));
    QCOMPARE(recent.names().count(QStringLiteral("\\\\.\\mailslot\\r5")), 1);
    QCOMPARE(recent.names().size(), RecentTargets::kMax);
}

void TestComposeTarget::recentDomainsFollowTheirNames()
{
    const QString domain = QStringLiteral("\\\\CORP\\mailslot\\x");
    const QString computer = QStringLiteral("\\\\PC1\\mailslot\\x");
    RecentTargets recent;
    recent.remember(domain, ComposeTarget::Kind::Domain);
    recent.remember(computer, ComposeTarget::Kind::Computer);
    QCOMPARE(recent.domains(), QStringList{domain});
    QCOMPARE(recent.target(domain).kind(), ComposeTarget::Kind::Domain);
    QCOMPARE(recent.target(computer).kind(), ComposeTarget::Kind::Computer);
    // Sent as a computer now: no longer a domain.
    recent.remember(domain, ComposeTarget::Kind::Computer);
    QVERIFY(recent.domains().isEmpty());
    // From the settings: domains not among the names are dropped, duplicates kept once.
    recent.set({domain}, {domain, domain, computer});
    QCOMPARE(recent.domains(), QStringList{domain});
}

QTEST_MAIN(TestComposeTarget)
#include "tst_composetarget.moc"
