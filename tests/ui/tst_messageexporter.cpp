#include "core/formats/messageexporter.h"
#include "core/formats/rowjson.h"
#include "core/capture/capturedecoder.h"
#include "core/wire/pcapreader.h"
#include "core/wire/udpextractor.h"
#include "uitesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <csignal>
#ifndef Q_OS_WIN
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using mailslot::wire::CaptureFrame;
using mailslot::wire::PcapReader;
using mailslot::wire::UdpExtractor;

class TestMessageExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvFields_data();
    void csvFields();
    void csvRoundTrip();
    void jsonIsTheCliJson();
    void pcapngRoundTrip_data();
    void pcapngRoundTrip();
    void sharedCaptureRoundTrip();
    void failureLeavesNoFile_data();
    void failureLeavesNoFile();
    void diskFullLeavesNoFile();
    void deviceIsRefused();

private:
    QList<MessageExporter::Row> sampleRows() const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestMessageExporter::initTestCase()
{
    uitest::isolate(m_dir);
}

QList<MessageExporter::Row> TestMessageExporter::sampleRows() const
{
    QList<MessageExporter::Row> rows;
    rows.append(uitest::message(QStringLiteral("\\\\.\\mailslot\\mailslot_monitor"), "hello, \"world\"\nline 2"));
    const QByteArray udp = uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER1", "a comment"));
    auto d = std::make_shared<const ObservedDatagram>(
        ObservedDatagram::fromUdp(udp, 1700000000123456789LL, 0x0A630001, 138, 0x0A6300FF, 138));
    rows.append(StreamRow::fromDatagram(*d, RowOrigin::Network));
    auto bad = std::make_shared<const ObservedDatagram>(
        ObservedDatagram::fromUdp(QByteArray("\x11\x02\x00", 3), 1700000000200000000LL, 0x0A630002, 138, 0, 138));
    rows.append(StreamRow::fromDatagram(*bad, RowOrigin::Capture));
    rows.append(uitest::message(QStringLiteral("\\\\.\\mailslot\\demo\\bin"), QByteArray("\x00\x01\xff", 3)));
    return rows;
}

void TestMessageExporter::csvFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("csv");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
}

void TestMessageExporter::csvFields()
{
    QFETCH(QString, field);
    QFETCH(QString, csv);
    QCOMPARE(MessageExporter::csvField(field), csv);
}

// A minimal RFC 4180 reader for the round trip.
static QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field += c;
        }
    }
    return records;
}

void TestMessageExporter::csvRoundTrip()
{
    const QList<MessageExporter::Row> rows = sampleRows();
    const QString file = path(QStringLiteral("out.csv"));
    const MessageExporter::Result result = MessageExporter::exportRows(file, MessageExporter::Format::Csv, rows);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(rows.size()));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(in.readAll()));
    QCOMPARE(records.size(), rows.size() + 1);
    QCOMPARE(records.first(), MessageExporter::csvHeader());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(records[i + 1], MessageExporter::csvRecord(rows[i]));
        QCOMPARE(QByteArray::fromHex(records[i + 1].at(9).toLatin1()), rows[i].payload);
    }
    QCOMPARE(records[1].at(8), QStringLiteral("hello, \"world\"\nline 2"));
    QCOMPARE(records[2].at(10), QStringLiteral("Host announcement: PEER1 (a comment)"));
    QVERIFY(!records[3].at(11).isEmpty()); // malformed reason
    // No raw control byte in the text column (the hex has the bytes).
    QCOMPARE(records.last().at(8), QStringLiteral("\\x00\\x01\uFFFD"));
}

void TestMessageExporter::jsonIsTheCliJson()
{
    const QList<MessageExporter::Row> rows = sampleRows();
    const QString file = path(QStringLiteral("out.json"));
    const MessageExporter::Result result = MessageExporter::exportRows(file, MessageExporter::Format::Json, rows);
    QVERIFY2(result.ok, qPrintable(result.error));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), rows.size());
    // Network rows: `mailslot decode --json`; local rows: `mailslot serve --json`.
    QCOMPARE(array.at(1).toObject(), rows[1].datagram->toJson());
    QCOMPARE(array.at(2).toObject(), rows[2].datagram->toJson());
    QCOMPARE(array.at(0).toObject(), RowJson::object(rows[0]));
    QCOMPARE(array.at(3).toObject(), RowJson::object(rows[3]));
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("decoded")).toObject().value(QStringLiteral("serverName")).toString(),
             QStringLiteral("PEER1"));
    // Empty: a valid empty array (over the same file: closed first, as Windows replaces no open file).
    in.close();
    QVERIFY(MessageExporter::exportRows(file, MessageExporter::Format::Json, {}).ok);
    QFile again(file);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(again.readAll()).array().size(), 0);
}

void TestMessageExporter::pcapngRoundTrip_data()
{
    QTest::addColumn<bool>("writeLocal");
    QTest::newRow("local skipped") << false;
    QTest::newRow("local as loopback UDP") << true;
}

void TestMessageExporter::pcapngRoundTrip()
{
    QFETCH(bool, writeLocal);
    const QList<MessageExporter::Row> rows = sampleRows();
    const QString file = path(QStringLiteral("out.pcapng"));
    const MessageExporter::Result result = MessageExporter::exportRows(
        file, MessageExporter::Format::Pcapng, rows,
        writeLocal ? MessageExporter::LocalMessages::AsLoopbackUdp : MessageExporter::LocalMessages::Skip,
        NetworkIdentity(QStringLiteral("TESTMON"), QStringLiteral("TESTGRP")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, writeLocal ? qint64(4) : qint64(2));
    QCOMPARE(result.skipped, writeLocal ? qint64(0) : qint64(2));

    // Read back with PcapReader: the network rows are the same UDP datagrams.
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    PcapReader reader(&in);
    QList<UdpExtractor::Result> frames;
    QList<qint64> times;
    CaptureFrame frame;
    while (reader.readNext(frame)) {
        frames.append(UdpExtractor::extract(frame.linkType, frame.data));
        times.append(frame.timestampNs);
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(frames.size(), int(result.written));
    const auto check = [&](int frameIndex, const MessageExporter::Row &row) {
        const UdpExtractor::Result &udp = frames[frameIndex];
        QVERIFY(udp.ok());
        QCOMPARE(udp.datagram.payload, row.datagram->raw);
        QCOMPARE(udp.datagram.sourceIp, row.datagram->sourceIp);
        QCOMPARE(udp.datagram.sourcePort, row.datagram->sourcePort);
        QCOMPARE(times[frameIndex], row.datagram->timestampNs);
    };
    // In time order: the network rows (captured in 2023) before the local ones (now), although
    // they are between them in the stream; a capture never runs backwards.
    QVERIFY(std::is_sorted(times.cbegin(), times.cend()));
    check(0, rows[1]);
    check(1, rows[2]);
    if (!writeLocal)
        return;
    // Local messages: mailslot writes from 127.0.0.1 to this computer's name, with their payload.
    for (const int i : {0, 3}) {
        const int frameIndex = i == 0 ? 2 : 3;
        const UdpExtractor::Result &udp = frames[frameIndex];
        QVERIFY(udp.ok());
        QCOMPARE(udp.datagram.sourceIp, quint32(0x7F000001));
        QCOMPARE(udp.datagram.destinationPort, quint16(138));
        const ObservedDatagram d = ObservedDatagram::fromUdp(udp.datagram.payload, times[frameIndex], udp.datagram.sourceIp,
                                                             udp.datagram.sourcePort, udp.datagram.destinationIp,
                                                             udp.datagram.destinationPort);
        QVERIFY(d.parsed().isMailslotWrite());
        QCOMPARE(d.parsed().payload, rows[i].payload);
        QCOMPARE(MailslotName::parse(QString::fromLatin1(d.parsed().slotName)).localCanonical(), rows[i].slot);
        QCOMPARE(d.parsed().destinationName.toDisplayString(), QStringLiteral("TESTMON<00>"));
        QCOMPARE(times[frameIndex], rows[i].timeNs);
    }
}

void TestMessageExporter::sharedCaptureRoundTrip()
{
    if (!QFile::exists(uitest::sharedCapture()))
        QSKIP("the shared capture nmbd-browse.pcapng is not here");
    QList<MessageExporter::Row> rows;
    CaptureDecoder decoder;
    QVERIFY(decoder.decodeFile(uitest::sharedCapture(), [&rows](const ObservedDatagram &d) {
        rows.append(StreamRow::fromDatagram(d, RowOrigin::Capture));
        return true;
    }));
    QCOMPARE(rows.size(), 23);
    const QString file = path(QStringLiteral("nmbd-again.pcapng"));
    QVERIFY(MessageExporter::exportRows(file, MessageExporter::Format::Pcapng, rows).ok);
    QList<QByteArray> again;
    CaptureDecoder second;
    QVERIFY(second.decodeFile(file, [&again](const ObservedDatagram &d) {
        again.append(d.toJsonLine());
        return true;
    }));
    QCOMPARE(again.size(), 23);
    for (int i = 0; i < 23; ++i) {
        // The same datagrams, as `mailslot decode --json` prints them (the capture's destination
        // addresses, ports and times included).
        QCOMPARE(again[i], rows[i].datagram->toJsonLine());
    }
}

void TestMessageExporter::failureLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(MessageExporter::Format::Csv);
    QTest::newRow("json") << int(MessageExporter::Format::Json);
    QTest::newRow("pcapng") << int(MessageExporter::Format::Pcapng);
}

void TestMessageExporter::failureLeavesNoFile()
{
    QFETCH(int, format);
    // A folder that does not exist: nothing can be created there.
    const QString file = path(QStringLiteral("no/such/folder/out"));
    const MessageExporter::Result result =
        MessageExporter::exportRows(file, MessageExporter::Format(format), sampleRows());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(file), qPrintable(result.error));
    QVERIFY(!QFile::exists(file));
}

void TestMessageExporter::diskFullLeavesNoFile()
{
#ifdef Q_OS_WIN
    QSKIP("a per-process file-size limit (RLIMIT_FSIZE) is POSIX");
#else
    // A file-size limit makes write() fail (EFBIG) the way a full disk (ENOSPC) does, for this
    // process only. (Not /dev/full: QSaveFile would put its temporary file beside it in /dev and,
    // as root, rename it over the device.)
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    QList<MessageExporter::Row> rows;
    for (int i = 0; i < 2000; ++i)
        rows.append(uitest::message(QStringLiteral("\\\\.\\mailslot\\big"), QByteArray(200, 'x')));
    const QString file = path(QStringLiteral("full.csv"));
    // An existing export must survive a failed one unchanged.
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous export\n");
    }
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const MessageExporter::Result result = MessageExporter::exportRows(file, MessageExporter::Format::Csv, rows);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(file), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("Nothing was written")), qPrintable(result.error));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous export\n"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("full.csv*")}, QDir::Files), QStringList{QStringLiteral("full.csv")});

    // The same export without the limit works.
    QVERIFY(MessageExporter::exportRows(file, MessageExporter::Format::Csv, rows).ok);
    QVERIFY(QFileInfo(file).size() > 64 * 1024);
#endif
}

void TestMessageExporter::deviceIsRefused()
{
#ifdef Q_OS_WIN
    QSKIP("/dev/full is a Linux device");
#else
    struct stat before{};
    if (::stat("/dev/full", &before) != 0 || !S_ISCHR(before.st_mode))
        QSKIP("no /dev/full here");
    const MessageExporter::Result result =
        MessageExporter::exportRows(QStringLiteral("/dev/full"), MessageExporter::Format::Csv, sampleRows());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("/dev/full")), qPrintable(result.error));
    struct stat after{};
    QCOMPARE(::stat("/dev/full", &after), 0);
    QVERIFY(S_ISCHR(after.st_mode)); // still the device
    QCOMPARE(after.st_rdev, before.st_rdev);
#endif
}

QTEST_MAIN(TestMessageExporter)
#include "tst_messageexporter.moc"
