// Before/after regression test of `mailslot decode`: the built program must print, byte for byte,
// what the baseline program printed for the same captures (the goldens), while the code behind
// it is restructured. One row per capture and form (--json, text, --fields with every field;
// and the --fields forms of decode's fast path, which leaves "kind" out: every other field, the
// names and addresses, slot and hex), and the fast forms again for the corpus cut short at each
// of kCuts bytes (a file that ends inside its header, a block or a frame) and for the corpus
// twice over (a second section, which the fast path leaves to PcapReader).
//
// Captures: the team's ../shared/captures/nmbd-browse.pcapng and nmbd-browse-sll.pcap (rows
// skipped when the shared folder is not there) and tests/cli/data/decode-corpus.pcapng, written by
// tools/make-decode-corpus.py (browse, lanman, messenger, netlogon, unknown slots, every malformed
// reason, ports, link-level cases; each frame has a pcapng comment saying what it is).
//
// Goldens: tests/cli/data/golden/<capture>.<form>.golden (stdout) and .status (exit status), run
// with LC_ALL=C.UTF-8 MAILSLOT_LANG=en TZ=UTC. The test never writes them. Regenerating is a
// deliberate act, only when a change of the output is intended (or the corpus changed), with the
// program whose output is to become the reference; from the repository root:
//
//     /usr/bin/python3 tools/make-decode-corpus.py
//     /usr/bin/python3 tools/make-decode-corpus.py --regenerate-goldens path/to/mailslot [--shared ../shared]
//
// which runs, for each capture and form, `mailslot decode CAPTURE [--json | --fields FIELDS]`
// into CAPTURE.FORM.golden and its exit status into CAPTURE.FORM.status (FIELDS: kFields below,
// the same list as the script's; keep both in step with core/formats/datagramfields.cpp).
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kFields[] = "time,srcIp,srcPort,dstIp,dstPort,msgType,msgTypeName,flags,dgmId,sourceName,"
                           "destinationName,slot,class,priority,size,hex,text,delivered,malformed,kind";
constexpr qsizetype kMaxShownLine = 400; // longer lines are shown around their first difference

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Form
{
    const char *name;
    QStringList args;
};

// Every field but kind: the fast path (app/cli/fieldslisting.h).
constexpr char kFastFields[] = "time,srcIp,srcPort,dstIp,dstPort,msgType,msgTypeName,flags,dgmId,sourceName,"
                               "destinationName,slot,class,priority,size,hex,text,delivered,malformed";
// Where the corpus is cut (the script's CUTS).
constexpr qsizetype kCuts[] = {3, 40, 200, 1000, 20001, 59299};

QList<Form> fastForms()
{
    return {{"fields-fast", {QStringLiteral("--fields"), QString::fromLatin1(kFastFields)}},
            {"fields-names", {QStringLiteral("--fields"), QStringLiteral("sourceName,destinationName,msgTypeName,time,dstIp,srcIp")}},
            {"fields-slot-hex", {QStringLiteral("--fields"), QStringLiteral("slot,hex")}}};
}

QList<Form> forms()
{
    return QList<Form>{{"json", {QStringLiteral("--json")}},
                       {"text", {}},
                       {"fields", {QStringLiteral("--fields"), QString::fromLatin1(kFields)}}}
        + fastForms();
}

QByteArray readFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

// Control characters and bytes >= 0x80 as \xNN, so that a failure message shows exactly which
// bytes differ and never moves the terminal's cursor.
QByteArray visible(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return "<empty line>";
    QByteArray out;
    for (const char c : bytes) {
        const auto b = quint8(c);
        if (b >= 0x20 && b < 0x7F)
            out.append(c);
        else
            out.append(QByteArray("\\x") + QByteArray::number(b, 16).rightJustified(2, '0'));
    }
    return out;
}

// The line itself, or, when it is long, the part around `column` (JSON lines of big payloads
// run to kilobytes; the difference is what matters).
QByteArray excerpt(QByteArrayView line, qsizetype column)
{
    if (line.size() <= kMaxShownLine)
        return visible(line);
    const qsizetype from = qBound(qsizetype(0), column - kMaxShownLine / 2, line.size() - kMaxShownLine);
    return (from > 0 ? "..." : "") + visible(line.sliced(from, kMaxShownLine))
        + (from + kMaxShownLine < line.size() ? "..." : "");
}

// Empty when equal; otherwise the first differing line (1-based), its first differing byte and
// both lines.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    if (expected == actual)
        return {};
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
        ++line;
    const QByteArray w = line < want.size() ? want.at(line) : QByteArray();
    const QByteArray g = line < got.size() ? got.at(line) : QByteArray();
    qsizetype column = 0;
    while (column < w.size() && column < g.size() && w.at(column) == g.at(column))
        ++column;
    auto shown = [column](const QList<QByteArray> &lines, qsizetype index) {
        return QString::fromLatin1(index < lines.size() ? excerpt(lines.at(index), column) : "<end of output>");
    };
    return QStringLiteral("output differs from the golden at line %1, byte %2 (%3 lines expected, %4 printed)\n"
                          "  golden: %5\n  actual: %6")
        .arg(line + 1)
        .arg(column + 1)
        .arg(expected.count('\n'))
        .arg(actual.count('\n'))
        .arg(shown(want, line), shown(got, line));
}

} // namespace

class TestDecodeGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decode_data();
    void decode();

private:
    Run run(const QStringList &args) const;

    QString m_tool;
    QProcessEnvironment m_env;
    QTemporaryDir m_cuts; // the corpus cut short
};

void TestDecodeGolden::initTestCase()
{
    m_tool = QStringLiteral(MAILSLOT_TEST_CLI);
    QVERIFY2(QFile::exists(m_tool), qPrintable(m_tool));
    // As when the goldens were made: English messages, UTF-8 output, times in UTC.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("MAILSLOT_LANG"), QStringLiteral("en"));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
}

void TestDecodeGolden::decode_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden"); // path without .golden / .status

    const struct
    {
        QString path;
        bool shared;
    } captures[] = {
        {QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse.pcapng"), true},
        {QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse-sll.pcap"), true},
        {QStringLiteral(MAILSLOT_TEST_SOURCE_DIR "/cli/data/decode-corpus.pcapng"), false},
    };
    const auto addRows = [](const QString &path, const QString &name, bool shared, const QList<Form> &forms) {
        for (const Form &form : forms) {
            QTest::addRow("%s %s", qPrintable(name), form.name)
                << path << shared << (QStringList{QStringLiteral("decode"), path} + form.args)
                << QStringLiteral(MAILSLOT_TEST_SOURCE_DIR "/cli/data/golden/%1.%2").arg(name, QLatin1String(form.name));
        }
    };
    for (const auto &capture : captures)
        addRows(capture.path, QFileInfo(capture.path).fileName(), capture.shared, forms());
    bool ok = false;
    const QByteArray corpus = readFile(captures[2].path, &ok);
    QVERIFY2(ok && m_cuts.isValid(), "cannot read the corpus or make a scratch folder");
    for (const qsizetype cut : kCuts) {
        const QString name = QStringLiteral("decode-corpus-cut%1.pcapng").arg(cut);
        QFile file(m_cuts.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(corpus.first(cut)) == cut);
        addRows(file.fileName(), name, false, fastForms());
    }
    // Two sections: the fast path hands the second to PcapReader, after the frames it listed.
    QFile twice(m_cuts.filePath(QStringLiteral("decode-corpus-twice.pcapng")));
    QVERIFY(twice.open(QIODevice::WriteOnly) && twice.write(corpus + corpus) == 2 * corpus.size());
    addRows(twice.fileName(), QStringLiteral("decode-corpus-twice.pcapng"), false, fastForms());
}

void TestDecodeGolden::decode()
{
    QFETCH(QString, capture);
    QFETCH(bool, shared);
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    if (shared && !QFile::exists(capture))
        QSKIP("the shared captures are not there (MAILSLOT_SHARED_DIR)");
    QVERIFY2(QFile::exists(capture), qPrintable(capture));
    bool ok = false;
    const QByteArray expected = readFile(golden + QStringLiteral(".golden"), &ok);
    QVERIFY2(ok, qPrintable(golden + QStringLiteral(".golden")));
    const QByteArray status = readFile(golden + QStringLiteral(".status"), &ok).trimmed();
    QVERIFY2(ok, qPrintable(golden + QStringLiteral(".status")));

    const Run r = run(args);
    QVERIFY2(r.finished, "mailslot decode did not finish in 120 s, or crashed");
    QVERIFY2(QByteArray::number(r.exitCode) == status,
             qPrintable(QStringLiteral("exit status %1, the golden says %2; stderr: %3")
                            .arg(r.exitCode)
                            .arg(QString::fromLatin1(status), QString::fromUtf8(r.err))));
    const QString difference = firstDifference(expected, r.out);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

Run TestDecodeGolden::run(const QStringList &args) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(m_tool, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QTEST_GUILESS_MAIN(TestDecodeGolden)
#include "tst_decodegolden.moc"
