#include "ui/window/captureloader.h"
#include "ui/stream/messagemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QFile>

class TestCaptureLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void readsTheSharedCapture();
    void badFiles_data();
    void badFiles();
    void cancel();

private:
    QTemporaryDir m_dir;
};

void TestCaptureLoader::readsTheSharedCapture()
{
    if (!QFile::exists(uitest::sharedCapture()))
        QSKIP("the shared capture nmbd-browse.pcapng is not here");
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaptureLoader loader;
    connect(&loader, &CaptureLoader::datagramsRead, &model, &MessageModel::appendDatagrams);
    QSignalSpy progress(&loader, &CaptureLoader::progress);
    QSignalSpy finished(&loader, &CaptureLoader::finished);
    QVERIFY(loader.start(uitest::sharedCapture()));
    QVERIFY(loader.isRunning());
    QVERIFY(!loader.start(uitest::sharedCapture())); // one at a time
    QVERIFY(finished.wait(10000));
    const QList<QVariant> result = finished.takeFirst();
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
    QCOMPARE(result.at(2).toLongLong(), qint64(23));
    QVERIFY(!result.at(4).toBool());
    QVERIFY(!loader.isRunning());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(uitest::sharedCapture()).size());
    model.flush();
    QCOMPARE(model.rowCount(), 23);
    QCOMPARE(model.totalNetwork(), quint64(23));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.datagram(row));
        QCOMPARE(model.message(row).source, QStringLiteral("10.99.0.1"));
        QVERIFY(model.message(row).sourceName.startsWith(QStringLiteral("NMBDPEER")));
        QVERIFY(!model.index(row, MessageModel::DecodedColumn).data().toString().isEmpty());
    }
    QCOMPARE(model.index(0, MessageModel::SlotColumn).data().toString(), QStringLiteral("\\MAILSLOT\\BROWSE"));
    QVERIFY(model.index(0, MessageModel::SourceColumn).data().toString().contains(QStringLiteral("10.99.0.1 NMBDPEER")));
}

void TestCaptureLoader::badFiles_data()
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

void TestCaptureLoader::badFiles()
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
    CaptureLoader loader;
    connect(&loader, &CaptureLoader::datagramsRead, &model, &MessageModel::appendDatagrams);
    QSignalSpy finished(&loader, &CaptureLoader::finished);
    QVERIFY(loader.start(path));
    QVERIFY(finished.wait(10000));
    const QList<QVariant> result = finished.takeFirst();
    QVERIFY(!result.at(0).toBool());
    const QString error = result.at(1).toString();
    QVERIFY2(error.contains(path), qPrintable(error)); // names the file
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // What was read before the error is kept.
    model.flush();
    QCOMPARE(model.rowCount(), int(result.at(2).toLongLong()));
}

void TestCaptureLoader::cancel()
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
    CaptureLoader loader;
    QSignalSpy batches(&loader, &CaptureLoader::datagramsRead);
    QSignalSpy finished(&loader, &CaptureLoader::finished);
    QVERIFY(loader.start(path));
    QVERIFY(batches.wait(10000));
    loader.cancel();
    QVERIFY(finished.wait(10000));
    const QList<QVariant> result = finished.takeFirst();
    QVERIFY(result.at(0).toBool());
    QVERIFY(result.at(4).toBool()); // cancelled
    QVERIFY(result.at(2).toLongLong() < 23 * 2000);
}

QTEST_MAIN(TestCaptureLoader)
#include "tst_captureloader.moc"
