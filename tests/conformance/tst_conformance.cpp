// The conformance suite as a Qt Test: every case (conformancecases.cpp and
// conformanceprocesscases.cpp) is a data row, run against the POSIX back-end in a private
// namespace. The same cases run without Qt against the Windows back-end (mailslot-conformance
// under Wine, tools/windows-build.sh), so the two back-ends cannot drift. Cases that need other
// processes (writer processes, a slot served by another process) start the Qt-free runner,
// mailslot-conformance, in its child modes.
#include "conformanceharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace conformance;

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rules_data();
    void rules();

private:
    QTemporaryDir m_dir;
    Context m_context;
};

void TestConformance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_context.self = MAILSLOT_CONFORMANCE_RUNNER;
    m_context.namespaceDir = m_dir.filePath(QStringLiteral("ns")).toStdString();
    m_context.system = "POSIX back-end (" + m_context.namespaceDir + ")";
    m_context.backend = createSystemBackend(m_context.namespaceDir);
    QVERIFY(m_context.backend);
    g_ctx = &m_context;
}

void TestConformance::cleanupTestCase()
{
    m_context.backend.reset();
    g_ctx = nullptr;
}

void TestConformance::rules_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(cases().size()); ++i)
        QTest::newRow(cases()[std::size_t(i)].name) << i;
}

void TestConformance::rules()
{
    QFETCH(int, index);
    m_context.run(cases()[std::size_t(index)]);
    if (m_context.failures > 0)
        QFAIL(qPrintable(QStringLiteral("%1 check(s) failed: see the FAIL lines above").arg(m_context.failures)));
    if (!m_context.skipped.empty())
        QSKIP(m_context.skipped.c_str());
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
