// CaptureScanner walks a capture in windows read from the file: it hands on the same frames as
// PcapReader, whatever the window size (records across windows, records larger than a window),
// frees the windows behind release(), and a file that another program truncates while it is read
// only ends sooner (a mapped file would kill the process with SIGBUS).
#include "capturefixture.h"
#include "core/capture/capturescanner.h"
#include "core/wire/pcapreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using mailslot::wire::CaptureFrame;
using mailslot::wire::PcapReader;

namespace {

struct Seen
{
    quint32 linkType = 0;
    quint32 originalLength = 0;
    qint64 timestampNs = 0;
    QByteArray data;

    bool operator==(const Seen &) const = default;
};

template <typename T>
void appendLittle(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// A classic pcap (nanosecond, raw IPv4 link) of `count` records of 0 to 1,499 bytes.
QByteArray classicPcap(int count)
{
    QByteArray out;
    appendLittle<quint32>(out, PcapReader::PcapMagicNano);
    appendLittle<quint16>(out, 2);
    appendLittle<quint16>(out, 4);
    appendLittle<quint32>(out, 0);
    appendLittle<quint32>(out, 0);
    appendLittle<quint32>(out, 65535);
    appendLittle<quint32>(out, 228);
    for (int i = 0; i < count; ++i) {
        const QByteArray data(i * 37 % 1500, char('a' + i % 26));
        appendLittle<quint32>(out, quint32(1795312171 + i));
        appendLittle<quint32>(out, quint32(i * 1000));
        appendLittle<quint32>(out, quint32(data.size()));
        appendLittle<quint32>(out, quint32(data.size() + i % 3));
        out += data;
    }
    return out;
}

// Writes the test capture of `format` to path.
bool writeCapture(const QString &format, const QString &path)
{
    if (format == QLatin1String("pcapng"))
        return capturefixture::write(path, 300);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(classicPcap(300)) > 0;
}

// What PcapReader reads, and where each frame's record ends.
QList<Seen> readerFrames(const QString &path, QList<qint64> *ends = nullptr)
{
    QList<Seen> frames;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return frames;
    PcapReader reader(&file);
    if (!reader.open())
        return frames;
    CaptureFrame f;
    while (reader.readNext(f)) {
        frames.append({f.linkType, f.originalLength, f.timestampNs, f.data});
        if (ends)
            ends->append(file.pos());
    }
    return frames;
}

Seen seen(const CaptureScanner::Frame &frame)
{
    return {frame.linkType, frame.originalLength, frame.timestampNs, frame.data.toByteArray()};
}

} // namespace

class TestCaptureScanner : public QObject
{
    Q_OBJECT

private slots:
    void framesAsPcapReaderReadsThem_data();
    void framesAsPcapReaderReadsThem();
    void releaseFreesWindowsBehind();
    void fileTruncatedWhileRead_data();
    void fileTruncatedWhileRead();
    void notACapture();

private:
    QTemporaryDir m_dir;
};

void TestCaptureScanner::framesAsPcapReaderReadsThem_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qsizetype>("window");
    for (const char *format : {"pcapng", "pcap"}) {
        // 1 and 64: every record larger than a window; 1000: records across windows.
        for (const qsizetype window : {qsizetype(1), qsizetype(64), qsizetype(1000), CaptureScanner::kDefaultWindowBytes})
            QTest::addRow("%s, window %lld", format, static_cast<long long>(window)) << QString::fromLatin1(format) << window;
    }
}

void TestCaptureScanner::framesAsPcapReaderReadsThem()
{
    QFETCH(QString, format);
    QFETCH(qsizetype, window);
    const QString path = m_dir.filePath(QStringLiteral("whole.") + format);
    QVERIFY(writeCapture(format, path));
    const QList<Seen> expected = readerFrames(path);
    QCOMPARE_GT(expected.size(), 250);

    CaptureScanner scanner(window);
    QVERIFY(scanner.open(path));
    QList<Seen> frames;
    const qint64 handed = scanner.scan([&](const CaptureScanner::Frame &frame) {
        frames.append(seen(frame));
        return true;
    });
    QCOMPARE(handed, qint64(frames.size()));
    QCOMPARE(frames, expected);
    QVERIFY(scanner.finished());
}

void TestCaptureScanner::releaseFreesWindowsBehind()
{
    const QString path = m_dir.filePath(QStringLiteral("release.pcapng"));
    QVERIFY(capturefixture::write(path, 300));
    const qint64 size = QFileInfo(path).size();
    QCOMPARE_GT(size, 8 * 4096);
    // Nothing released: every window read stays (the frames handed on point into them).
    CaptureScanner keeping(4096);
    QVERIFY(keeping.open(path));
    keeping.scan([](const CaptureScanner::Frame &) { return true; });
    QCOMPARE_GE(keeping.windowsHeld(), size / 4096);
    // Each frame released once the next one is handed on: at most its window and the next stay.
    CaptureScanner scanner(4096);
    QVERIFY(scanner.open(path));
    const char *previous = nullptr;
    qsizetype mostHeld = 0;
    scanner.scan([&](const CaptureScanner::Frame &frame) {
        if (previous)
            scanner.release(previous);
        previous = frame.data.data();
        mostHeld = std::max(mostHeld, scanner.windowsHeld());
        return true;
    });
    QVERIFY(scanner.finished());
    QCOMPARE_LE(mostHeld, 2);
    scanner.release(previous);
    QCOMPARE(scanner.windowsHeld(), 1);
}

void TestCaptureScanner::fileTruncatedWhileRead_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qsizetype>("window");
    QTest::addColumn<bool>("atRecordEnd"); // cut where a record ends, else inside the next one
    for (const char *format : {"pcapng", "pcap"}) {
        for (const qsizetype window : {qsizetype(64), qsizetype(4096)}) {
            for (const bool atEnd : {false, true}) {
                QTest::addRow("%s, window %lld, cut %s", format, static_cast<long long>(window), atEnd ? "at a record's end" : "inside a record")
                    << QString::fromLatin1(format) << window << atEnd;
            }
        }
    }
}

void TestCaptureScanner::fileTruncatedWhileRead()
{
    QFETCH(QString, format);
    QFETCH(qsizetype, window);
    QFETCH(bool, atRecordEnd);
    const QString path = m_dir.filePath(QStringLiteral("cut.") + format);
    QVERIFY(writeCapture(format, path));
    QList<qint64> ends;
    const QList<Seen> expected = readerFrames(path, &ends);
    const int kept = int(expected.size()) / 2; // the records wholly before the cut
    const qint64 cut = ends.at(kept - 1) + (atRecordEnd ? 0 : 10);

    CaptureScanner scanner(window);
    QVERIFY(scanner.open(path));
    QList<Seen> frames;
    scanner.scan([&](const CaptureScanner::Frame &frame) {
        if (frames.isEmpty()) {
            QFile other(path); // another program cuts the file short while it is read
            if (!other.open(QIODevice::ReadWrite) || !other.resize(cut))
                qWarning("could not truncate the capture: %s", qPrintable(other.errorString()));
        }
        frames.append(seen(frame));
        return true;
    });
    if (QFileInfo(path).size() != cut)
        QSKIP("the system refused to truncate a file that is open");
    // What was read before the cut may be handed on; nothing is invented, nothing crashes.
    QCOMPARE_GE(frames.size(), kept);
    QCOMPARE_LT(frames.size(), expected.size());
    QCOMPARE(frames, expected.first(frames.size()));
    if (window == 64)
        QCOMPARE(frames.size(), kept); // small windows: nothing past the cut was read before it
    // Inside a record, the file ends where a record was due: PcapReader is left to say so.
    if (!atRecordEnd)
        QVERIFY(!scanner.finished());
}

void TestCaptureScanner::notACapture()
{
    const QString path = m_dir.filePath(QStringLiteral("text.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a capture at all\n");
    file.close();
    CaptureScanner scanner;
    QVERIFY(scanner.open(path));
    int frames = 0;
    QCOMPARE(scanner.scan([&](const CaptureScanner::Frame &) { return ++frames > 0; }), 0);
    QVERIFY(!scanner.finished());
    QVERIFY(!CaptureScanner().open(m_dir.filePath(QStringLiteral("missing.pcapng"))));
    QVERIFY(!CaptureScanner().open(m_dir.path())); // a folder
}

QTEST_GUILESS_MAIN(TestCaptureScanner)
#include "tst_capturescanner.moc"
