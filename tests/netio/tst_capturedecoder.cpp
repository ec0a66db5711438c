// CaptureDecoder: the sequential reader and the parallel listing writer agree, in file order,
// whatever the number of workers; stopping and errors.
#include "capturefixture.h"
#include "core/capture/capturedecoder.h"
#include "core/platform/win32error.h"
#include "core/stream/observeddatagram.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mailslot::wire;

class TestCaptureDecoder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString capture(int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.pcapng").arg(count));
        if (!QFile::exists(path))
            capturefixture::write(path, count);
        return path;
    }
    // The JSON lines decodeFile() gives, one after the other.
    static QByteArray sequentialListing(const QString &path, CaptureDecoder::Stats *stats = nullptr)
    {
        CaptureDecoder decoder;
        QByteArray listing;
        decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            listing += d.toJsonLine() + '\n';
            return true;
        });
        if (stats)
            *stats = decoder.stats();
        return listing;
    }

private slots:
    void parallelListingIsTheSequentialOne_data()
    {
        QTest::addColumn<int>("datagrams");
        QTest::addColumn<int>("workers");
        QTest::newRow("one datagram, 1 worker") << 1 << 1;
        QTest::newRow("one batch, 3 workers") << 1000 << 3;
        QTest::newRow("many batches, 1 worker") << 5000 << 1;
        QTest::newRow("many batches, 2 workers") << 5000 << 2;
        QTest::newRow("many batches, 8 workers") << 5000 << 8;
        QTest::newRow("default workers") << 3001 << 0;
    }
    void parallelListingIsTheSequentialOne()
    {
        QFETCH(int, datagrams);
        QFETCH(int, workers);
        const QString path = capture(datagrams);
        CaptureDecoder::Stats expectedStats;
        const QByteArray expected = sequentialListing(path, &expectedStats);
        QCOMPARE(expectedStats.datagrams, qint64(datagrams));

        CaptureDecoder decoder;
        QByteArray listing;
        int chunks = 0;
        const bool ok = decoder.formatFile(
            path,
            [](const ObservedDatagram &d, JsonLineWriter &out) {
                d.writeJson(out);
                out.newline();
            },
            [&](QByteArrayView chunk) {
                listing += chunk;
                ++chunks;
                return true;
            },
            workers);
        QVERIFY2(ok, qPrintable(decoder.errorString()));
        QCOMPARE(listing, expected);
        QCOMPARE(decoder.stats().datagrams, expectedStats.datagrams);
        QCOMPARE(decoder.stats().frames, expectedStats.frames);
        QCOMPARE(decoder.stats().otherFrames, expectedStats.otherFrames);
        QVERIFY(chunks <= (datagrams + 1023) / 1024); // whole batches, never one write per datagram
    }

    void writeFailureStopsReading()
    {
        const QString path = capture(20000);
        CaptureDecoder decoder;
        int chunks = 0;
        const bool ok = decoder.formatFile(
            path, [](const ObservedDatagram &d, JsonLineWriter &out) { out.number(std::uint64_t(d.parsed.dgmId)); },
            [&](QByteArrayView) { return ++chunks < 2; }, 2);
        QVERIFY(ok); // the file itself was fine
        QCOMPARE(chunks, 2);
        QVERIFY(decoder.stats().datagrams < 20000); // read ahead a few batches at most
    }

    void decodingCanBeSkipped()
    {
        const QString path = capture(3);
        CaptureDecoder decoder;
        decoder.setDecoding(false);
        QList<bool> decoded;
        QVERIFY(decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            decoded.append(d.decoded.has_value());
            return true;
        }));
        QCOMPARE(decoded, QList<bool>({false, false, false}));
        decoder.setDecoding(true);
        decoded.clear();
        QVERIFY(decoder.decodeFile(path, [&](const ObservedDatagram &d) {
            decoded.append(d.decoded.has_value());
            return true;
        }));
        QCOMPARE(decoded, QList<bool>({true, false, false})); // the browse frame only
    }

    void brokenFileIsReportedAfterWhatCouldBeRead()
    {
        // The capture cut in the middle of a block: the datagrams before it are listed, then
        // the error names the file and the offset.
        QFile whole(capture(100));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.pcapng"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 10));
        out.close();
        CaptureDecoder decoder;
        QByteArray listing;
        QVERIFY(!decoder.formatFile(
            cut, [](const ObservedDatagram &, JsonLineWriter &out) { out.raw("x"); },
            [&](QByteArrayView chunk) {
                listing += chunk;
                return true;
            }));
        QCOMPARE(listing, QByteArray(99, 'x'));
        QVERIFY2(decoder.errorString().contains(cut), qPrintable(decoder.errorString()));
        QVERIFY2(decoder.errorString().contains(QStringLiteral("offset")), qPrintable(decoder.errorString()));
        QCOMPARE(decoder.errorCode(), quint32(mailslot::platform::kErrorInvalidData));
    }

    void missingFileIsReported()
    {
        CaptureDecoder decoder;
        const QString path = m_dir.filePath(QStringLiteral("missing.pcapng"));
        QVERIFY(!decoder.formatFile(path, [](const ObservedDatagram &, JsonLineWriter &) {}, [](QByteArrayView) { return true; }));
        QVERIFY2(decoder.errorString().contains(path), qPrintable(decoder.errorString()));
        QCOMPARE(decoder.errorCode(), quint32(mailslot::platform::kErrorFileNotFound));
    }
};

QTEST_GUILESS_MAIN(TestCaptureDecoder)
#include "tst_capturedecoder.moc"
