// Saved sessions (core/formats/CAPTURE-FORMAT.md): rows of every origin written as pcapng with
// their metadata as packet comments, reopened through CaptureDecoder and CaptureSource with every
// field as it was; `mailslot decode --json` shows the restored fields; the real tshark reads the
// file without a warning and shows each message's slot name and payload.
#include "core/capture/capturedecoder.h"
#include "core/formats/messageexporter.h"
#include "core/formats/rowjson.h"
#include "core/formats/sessioncomment.h"
#include "core/netio/networksender.h"
#include "core/slots/mailslotname.h"
#include "core/stream/capturesource.h"
#include "core/stream/streamhub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using mailslot::wire::NetbiosName;

namespace {

constexpr qint64 kBaseNs = 1764950400123456789LL; // 2025-12-05, with nanoseconds

std::optional<RowProvenance> provenance(const QString &host, qint64 pid)
{
    RowProvenance p;
    p.host = host;
    p.writerPid = pid;
    return p;
}

StreamRow localRow(quint64 sequence, const QString &slot, const QByteArray &payload,
                   std::optional<RowProvenance> from = {})
{
    StreamRow row;
    row.sequence = sequence;
    row.timeNs = kBaseNs + qint64(sequence) * 1000003;
    row.origin = RowOrigin::LocalSlot;
    row.slot = MailslotName::parse(slot).canonical();
    row.payload = payload;
    row.setProvenance(std::move(from));
    return row;
}

StreamRow datagramRow(quint64 sequence, RowOrigin origin, const QString &slot, const QByteArray &payload,
                      const QString &deliveredTo = {}, std::optional<RowProvenance> from = {})
{
    const MailslotName name = MailslotName::parse(QStringLiteral("\\\\*\\mailslot\\") + slot);
    const QByteArray udp = NetworkSender::buildDatagram(0x11, quint16(900 + sequence), 0x0A000007, 138,
                                                        NetbiosName("SENDER", 0x00), NetbiosName("WORKGROUP", 0x00),
                                                        *NetworkSender::wireNameBytes(name), payload);
    auto d = std::make_shared<ObservedDatagram>(ObservedDatagram::fromUdp(
        udp, kBaseNs + qint64(sequence) * 1000003, 0x0A000007, 138, 0x0A0000FF, 138));
    d->delivered = !deliveredTo.isEmpty();
    d->setDeliveredTo(deliveredTo);
    StreamRow row = StreamRow::fromDatagram(*d, origin);
    row.sequence = sequence;
    row.setProvenance(std::move(from));
    return row;
}

// Every origin: local (plain, a tapped one with a writer pid, a remote one with host and pid,
// one with a space, '=' and non-ASCII in its name, an empty one), network (delivered or not, from
// a remote host) and capture.
StreamRowList sessionRows()
{
    return {
        localRow(1, QStringLiteral("demo"), "hello"),
        localRow(2, QStringLiteral("app\\events"), QByteArray("\x00\x01\xff binary", 10), provenance({}, 4242)),
        localRow(3, QStringLiteral("demo"), "from far", provenance(QStringLiteral("alice@pc-7.example.net"), 77)),
        localRow(4, QStringLiteral("odd name=%\u00e9"), "x", provenance(QStringLiteral("h\u00f6st 2"), 0)),
        localRow(5, QStringLiteral("empty"), QByteArray()),
        datagramRow(6, RowOrigin::Network, QStringLiteral("netapp"), "on the wire"),
        datagramRow(7, RowOrigin::Network, QStringLiteral("netapp"), "delivered", QStringLiteral("\\\\.\\mailslot\\netapp")),
        datagramRow(8, RowOrigin::Capture, QStringLiteral("old"), "from a capture file"),
        datagramRow(9, RowOrigin::Network, QStringLiteral("netapp"), "remote bridge", {}, provenance(QStringLiteral("pc-9"), 0)),
    };
}

bool sameProvenance(const StreamRow &a, const StreamRow &b)
{
    const RowProvenance none;
    return (a.provenance() ? *a.provenance() : none) == (b.provenance() ? *b.provenance() : none);
}

QString tshark()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commentRoundTrip_data();
    void commentRoundTrip();
    void foreignCommentsAreNotOurs_data();
    void foreignCommentsAreNotOurs();
    void reopensEveryField();
    void reopensInTheMonitorAsCapture();
    void savingAReopenedSessionKeepsIt();
    void decodeJsonShowsRestoredFields();
    void tsharkReadsTheSession();

private:
    QString save(const StreamRowList &rows, const QString &name);
    // The rows of a file as the monitor gets them: through CaptureSource and a StreamHub.
    StreamRowList reopenInTheMonitor(const QString &path);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSessionFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = save(sessionRows(), QStringLiteral("session.pcapng"));
}

QString TestSessionFile::save(const StreamRowList &rows, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const auto result = MessageExporter::exportRows(path, MessageExporter::Format::Pcapng, rows,
                                                    MessageExporter::LocalMessages::AsLoopbackUdp,
                                                    NetworkIdentity(QStringLiteral("WRITERHOST"), QStringLiteral("WORKGROUP")));
    if (!result.ok || result.written != rows.size() || result.skipped != 0)
        qWarning() << "export failed:" << result.error << result.written << result.skipped;
    return path;
}

void TestSessionFile::commentRoundTrip_data()
{
    QTest::addColumn<int>("index");
    const StreamRowList rows = sessionRows();
    for (int i = 0; i < rows.size(); ++i)
        QTest::addRow("row %d", i + 1) << i;
}

void TestSessionFile::commentRoundTrip()
{
    QFETCH(int, index);
    const StreamRow row = sessionRows().at(index);
    const QByteArray comment = SessionComment::encode(row);
    QVERIFY(comment.startsWith("mailslot: v=1 origin="));
    QVERIFY2(!comment.contains('\n') && !comment.contains("  "), comment.constData());
    const auto fields = SessionComment::decode(comment);
    QVERIFY2(fields, comment.constData());
    QCOMPARE(fields->origin, row.origin);
    QCOMPARE(fields->sequence, row.sequence);
    QCOMPARE(fields->slot, row.slot);
    QCOMPARE(fields->host, row.provenance() ? row.provenance()->host : QString());
    QCOMPARE(fields->writerPid, row.provenance() ? row.provenance()->writerPid : 0);
    QCOMPARE(fields->delivered, row.datagram && row.datagram->delivered);
}

void TestSessionFile::foreignCommentsAreNotOurs_data()
{
    QTest::addColumn<QByteArray>("comment");
    QTest::addRow("a user's note") << QByteArray("look at this one");
    QTest::addRow("no origin") << QByteArray("mailslot: v=1 slot=\\\\.\\mailslot\\x");
    QTest::addRow("unknown origin") << QByteArray("mailslot: v=1 origin=martian slot=\\\\.\\mailslot\\x");
    QTest::addRow("no slot") << QByteArray("mailslot: v=1 origin=local seq=3");
    QTest::addRow("empty") << QByteArray();
}

void TestSessionFile::foreignCommentsAreNotOurs()
{
    QFETCH(QByteArray, comment);
    QVERIFY(!SessionComment::decode(comment));
}

void TestSessionFile::reopensEveryField()
{
    StreamRowList reopened;
    CaptureDecoder decoder;
    QVERIFY2(decoder.decodeFile(m_path,
                                [&](const ObservedDatagram &d) {
                                    reopened.append(SessionComment::restore(d));
                                    return true;
                                }),
             qPrintable(decoder.errorString()));
    const StreamRowList saved = sessionRows();
    QCOMPARE(reopened.size(), saved.size());
    for (int i = 0; i < saved.size(); ++i) {
        const StreamRow &a = saved.at(i);
        const StreamRow &b = reopened.at(i);
        const QByteArray where = "row " + QByteArray::number(i + 1);
        QVERIFY2(a.sequence == b.sequence, where);
        QVERIFY2(a.timeNs == b.timeNs, where);
        QVERIFY2(a.origin == b.origin, where);
        QVERIFY2(a.slot == b.slot, where + ": " + b.slot.toUtf8());
        QVERIFY2(a.payload == b.payload, where + ": " + b.payload.toHex());
        QVERIFY2(sameProvenance(a, b), where);
        QVERIFY2(bool(a.datagram) == bool(b.datagram), where);
        if (a.datagram) {
            // Every field of the datagram (its real bytes, addresses, parse, decode, delivery).
            QVERIFY2(a.datagram->raw == b.datagram->raw, where);
            QVERIFY2(a.datagram->toJson() == b.datagram->toJson(),
                     where + ": " + QJsonDocument(b.datagram->toJson()).toJson(QJsonDocument::Compact));
            QVERIFY2(b.datagram->comments().isEmpty(), where);
        }
    }
}

StreamRowList TestSessionFile::reopenInTheMonitor(const QString &path)
{
    StreamHub hub;
    StreamRowList arrived;
    connect(&hub, &StreamHub::rowsArrived, this, [&arrived](const StreamRowList &rows) { arrived += rows; });
    auto *source = new CaptureSource(path);
    hub.addSource(source);
    QSignalSpy finished(source, &CaptureSource::finished);
    if (!source->start() || !finished.wait(10000) || !finished.first().at(0).toBool())
        qWarning() << "reading" << path << "failed:" << finished.value(0).value(1).toString();
    return arrived;
}

void TestSessionFile::reopensInTheMonitorAsCapture()
{
    const StreamRowList arrived = reopenInTheMonitor(m_path);
    const StreamRowList saved = sessionRows();
    QCOMPARE(arrived.size(), saved.size());
    for (int i = 0; i < saved.size(); ++i) {
        const StreamRow &row = arrived.at(i);
        const QByteArray where = "row " + QByteArray::number(i + 1);
        // A file read is counted apart from live traffic; how the row was first streamed is kept.
        QCOMPARE(row.origin, RowOrigin::Capture);
        QVERIFY2(row.provenance(), where + " " + RowJson::line(row));
        QCOMPARE(row.provenance()->savedOrigin, std::optional<RowOrigin>(saved.at(i).origin));
        QCOMPARE(row.provenance()->savedSequence, saved.at(i).sequence);
        QCOMPARE(row.provenance()->host, saved.at(i).provenance() ? saved.at(i).provenance()->host : QString());
        QCOMPARE(row.slot, saved.at(i).slot);
        QCOMPARE(row.payload, saved.at(i).payload);
        QCOMPARE(bool(row.datagram), bool(saved.at(i).datagram));
    }
}

void TestSessionFile::savingAReopenedSessionKeepsIt()
{
    const QString again = save(reopenInTheMonitor(m_path), QStringLiteral("again.pcapng"));
    QFile first(m_path);
    QFile second(again);
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), first.readAll()); // byte for byte the same session
}

void TestSessionFile::decodeJsonShowsRestoredFields()
{
    QProcess decode;
    decode.start(QStringLiteral(MAILSLOT_TEST_CLI), {QStringLiteral("decode"), m_path, QStringLiteral("--json")});
    QVERIFY(decode.waitForFinished(30000));
    QCOMPARE(decode.exitCode(), 0);
    const QList<QByteArray> lines = decode.readAllStandardOutput().trimmed().split('\n');
    const StreamRowList saved = sessionRows();
    QCOMPARE(lines.size(), saved.size());
    for (int i = 0; i < saved.size(); ++i) {
        const StreamRow &row = saved.at(i);
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        QVERIFY2(!o.isEmpty(), lines.at(i).constData());
        QCOMPARE(o.value(QStringLiteral("origin")).toString(), SessionComment::originKey(row.origin));
        QCOMPARE(o.value(QStringLiteral("seq")).toInteger(), qint64(row.sequence));
        QCOMPARE(o.value(QStringLiteral("slot")).toString(),
                 row.datagram ? QString::fromLatin1(row.datagram->parsed().slotName) : row.slot);
        QCOMPARE(o.value(QStringLiteral("hex")).toString(), QString::fromLatin1(row.payload.toHex()));
        QCOMPARE(o.value(QStringLiteral("host")).toString(), row.provenance() ? row.provenance()->host : QString());
        QCOMPARE(o.value(QStringLiteral("pid")).toInteger(), row.provenance() ? row.provenance()->writerPid : 0);
        if (row.datagram) {
            QCOMPARE(o.value(QStringLiteral("delivered")).toBool(), row.datagram->delivered);
            QCOMPARE(o.value(QStringLiteral("deliveredTo")).toString(), row.datagram->deliveredTo());
        } else {
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
        }
    }
}

void TestSessionFile::tsharkReadsTheSession()
{
    if (tshark().isEmpty())
        QSKIP("tshark is not installed (tools/apt-ensure.sh tshark)");
    QProcess plain;
    plain.start(tshark(), {QStringLiteral("-r"), m_path});
    QVERIFY(plain.waitForFinished(60000));
    const QByteArray all = plain.readAllStandardOutput() + plain.readAllStandardError();
    QVERIFY2(plain.exitCode() == 0, all.constData());
    QVERIFY2(!all.contains("alformed") && !all.contains("xpert"), all.constData());

    QProcess fields;
    fields.start(tshark(), {QStringLiteral("-r"), m_path, QStringLiteral("-T"), QStringLiteral("fields"),
                            QStringLiteral("-E"), QStringLiteral("occurrence=f"), QStringLiteral("-e"),
                            QStringLiteral("smb.trans_name"), QStringLiteral("-e"), QStringLiteral("data.data"),
                            QStringLiteral("-e"), QStringLiteral("frame.comment"), QStringLiteral("-e"),
                            QStringLiteral("nbdgm.source_name")});
    QVERIFY(fields.waitForFinished(60000));
    QCOMPARE(fields.exitCode(), 0);
    const QList<QByteArray> lines = fields.readAllStandardOutput().trimmed().split('\n');
    const StreamRowList saved = sessionRows();
    QCOMPARE(lines.size(), saved.size());
    for (int i = 0; i < saved.size(); ++i) {
        const StreamRow &row = saved.at(i);
        const QList<QByteArray> f = lines.at(i).split('\t');
        QCOMPARE(f.size(), 4);
        const QByteArray wire = row.datagram ? row.datagram->parsed().slotName
                                             : *NetworkSender::wireNameBytes(MailslotName::parse(row.slot));
        // tshark 4.0 shows the bytes over 0x7F of an SMB ASCII string as U+FFFD: those are
        // compared as such.
        QString shown = QString::fromLatin1(wire);
        for (QChar &c : shown)
            c = c.unicode() > 0x7F ? QChar(QChar::ReplacementCharacter) : c;
        QCOMPARE(QString::fromUtf8(f.at(0)), shown);
        // An empty message has no data field (and Wireshark calls it an "Interim reply", without
        // mailslot.name: smb.trans_name names the slot of every message).
        QCOMPARE(f.at(1), row.payload.toHex());
        QCOMPARE(f.at(2), SessionComment::encode(row));
        // A local message is sent from its writer's host (the NetBIOS form of its first label),
        // else from this computer.
        if (row.sequence == 3)
            QCOMPARE(f.at(3), QByteArray("PC-7<00>"));
        else if (!row.datagram && !row.provenance())
            QCOMPARE(f.at(3), QByteArray("WRITERHOST<00>"));
    }
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
