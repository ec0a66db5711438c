#include "core/capture/capturedecoder.h"
#include "core/stream/capturesource.h"
#include "core/stream/streamhub.h"
#include "ui/stream/messagemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QFile>

using mailslot::wire::ParsedDatagram;

class TestCaptureSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void readsTheSharedCapture();
    void badFiles_data();
    void badFiles();
    void cancel();
    void readsInSteps_data();
    void readsInSteps();

private:
    QTemporaryDir m_dir;
};

void TestCaptureSource::readsTheSharedCapture()
{
    if (!QFile::exists(uitest::sharedCapture()))
        QSKIP("the shared capture nmbd-browse.pcapng is not here");
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StreamHub hub;
    connect(&hub, &StreamHub::rowsArrived, &model, &MessageModel::append);
    auto *loader = new CaptureSource(uitest::sharedCapture());
    hub.addSource(loader);
    QSignalSpy progress(loader, &CaptureSource::progress);
    QSignalSpy finished(loader, &CaptureSource::finished);
    QCOMPARE(loader->state(), StreamSource::State::Starting);
    QVERIFY(loader->start());
    QVERIFY(loader->isReading());
    QCOMPARE(loader->state(), StreamSource::State::Live);
    QVERIFY(!loader->start()); // one reading at a time
    QVERIFY(finished.wait(10000));
    const QList<QVariant> result = finished.takeFirst();
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
    QCOMPARE(result.at(2).toLongLong(), qint64(23));
    QVERIFY(!result.at(4).toBool());
    QVERIFY(!loader->isReading());
    QCOMPARE(loader->state(), StreamSource::State::Finished);
    QCOMPARE(loader->counters().rows, quint64(23));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(uitest::sharedCapture()).size());
    model.flush();
    QCOMPARE(model.rowCount(), 23);
    // A capture is not received traffic: counted apart, rows keep their capture time.
    QCOMPARE(model.totalCaptured(), quint64(23));
    QCOMPARE(model.totalMessages(), quint64(0));
    for (int row = 0; row < model.rowCount(); ++row) {
        const StreamRow &r = model.row(row);
        QVERIFY(r.datagram);
        QCOMPARE(r.origin, RowOrigin::Capture);
        QCOMPARE(r.sourceId, loader->id());
        QCOMPARE(r.sequence, quint64(row + 1));
        QCOMPARE(r.timeNs, r.datagram->timestampNs);
        QVERIFY(r.time() < QDateTime::currentDateTimeUtc().addDays(-1)); // captured long ago
        QCOMPARE(ParsedDatagram::ipv4ToString(r.datagram->sourceIp), QStringLiteral("10.99.0.1"));
        QVERIFY(r.datagram->parsed().sourceName.toDisplayString().startsWith(QStringLiteral("NMBDPEER")));
        QVERIFY(!model.index(row, MessageModel::DecodedColumn).data().toString().isEmpty());
    }
    QCOMPARE(model.index(0, MessageModel::SlotColumn).data().toString(), QStringLiteral("\\\\.\\mailslot\\browse"));
    QVERIFY(model.index(0, MessageModel::SourceColumn).data().toString().contains(QStringLiteral("10.99.0.1 NMBDPEER")));
}

void TestCaptureSource::badFiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing") << QByteArray() << false << QStringLiteral("cannot open");
    QTest::newRow("not a capture") << QByteArray("this is not a capture file at all, just text\n") << true
                                   << QStringLiteral("offset 0");
    QByteArray truncated;
    QFile shared(uitest::sharedCapture());
    if (shared.open(QIODevice::ReadOnly))
        truncated = shared.readAll().left(1000);
    if (!truncated.isEmpty())
        QTest::newRow("truncated") << truncated << true << QStringLiteral("offset");
}

void TestCaptureSource::badFiles()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, create);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.pcapng").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    MessageModel model;
    StreamHub hub;
    connect(&hub, &StreamHub::rowsArrived, &model, &MessageModel::append);
    auto *loader = new CaptureSource(path);
    hub.addSource(loader);
    QSignalSpy finished(loader, &CaptureSource::finished);
    QVERIFY(loader->start());
    QVERIFY(finished.wait(10000));
    const QList<QVariant> result = finished.takeFirst();
    QVERIFY(!result.at(0).toBool());
    const QString error = result.at(1).toString();
    QVERIFY2(error.contains(path), qPrintable(error)); // names the file
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(loader->state(), StreamSource::State::Failed);
    QCOMPARE(loader->failure(), error);
    // What was read before the error is kept.
    model.flush();
    QCOMPARE(model.rowCount(), int(result.at(2).toLongLong()));
}

void TestCaptureSource::cancel()
{
    if (!QFile::exists(uitest::sharedCapture()))
        QSKIP("the shared capture nmbd-browse.pcapng is not here");
    // A capture large enough to cancel: the shared one, many times over (pcapng sections concatenate).
    QFile shared(uitest::sharedCapture());
    QVERIFY(shared.open(QIODevice::ReadOnly));
    const QByteArray one = shared.readAll();
    const QString path = m_dir.filePath(QStringLiteral("large.pcapng"));
    QFile large(path);
    QVERIFY(large.open(QIODevice::WriteOnly));
    for (int i = 0; i < 2000; ++i)
        large.write(one);
    large.close();
    CaptureSource loader(path);
    QSignalSpy batches(&loader, &CaptureSource::rowsReady);
    QSignalSpy finished(&loader, &CaptureSource::finished);
    QVERIFY(loader.start());
    QVERIFY(batches.wait(10000));
    loader.cancel(); // at once: the rows read so far stay, nothing more comes
    QCOMPARE(finished.count(), 1);
    const QList<QVariant> result = finished.takeFirst();
    QVERIFY(result.at(0).toBool());
    QVERIFY(result.at(4).toBool()); // cancelled
    QVERIFY(result.at(2).toLongLong() < 23 * 2000);
    QCOMPARE(quint64(result.at(2).toLongLong()), loader.counters().rows);
    QCOMPARE(loader.state(), StreamSource::State::Finished);
    QVERIFY(!loader.isReading());
    QVERIFY(!batches.wait(200)); // no batch comes after the cancel
}

void TestCaptureSource::readsInSteps_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("1000") << 1000;
}

void TestCaptureSource::readsInSteps()
{
    // CaptureDecoder read in steps gives what one pass gives (the source reads in batches).
    if (!QFile::exists(uitest::sharedCapture()))
        QSKIP("the shared capture nmbd-browse.pcapng is not here");
    QFETCH(int, step);
    QList<QByteArray> whole;
    CaptureDecoder once;
    QVERIFY(once.decodeFile(uitest::sharedCapture(), [&whole](const ObservedDatagram &d) {
        whole.append(d.toJsonLine());
        return true;
    }));
    CaptureDecoder steps;
    QVERIFY(steps.open(uitest::sharedCapture()));
    QList<QByteArray> stepped;
    int calls = 0;
    while (steps.readSome(step, [&stepped](const ObservedDatagram &d) {
        stepped.append(d.toJsonLine());
        return true;
    }))
        ++calls;
    QVERIFY(steps.atEnd());
    QVERIFY(!steps.hasError());
    QCOMPARE(stepped, whole);
    QVERIFY(calls >= int(whole.size()) / step - 1);
    QCOMPARE(steps.stats().datagrams, once.stats().datagrams);
    QCOMPARE(steps.stats().fileSize, QFileInfo(uitest::sharedCapture()).size());
}

QTEST_MAIN(TestCaptureSource)
#include "tst_capturesource.moc"
