#include "core/formats/exportjob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Not timed: an export is waited for with QSignalSpy, and what is checked is the file, the
// progress reports and the outcome.
class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void exportsWithProgress_data();
    void exportsWithProgress();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void destroyingARunningJobLeavesNoFile();
    void snapshotWhileTheRingChanges_data();
    void snapshotWhileTheRingChanges();

private:
    static QList<StreamRow> rows(int count);
    static ExportWorker::Request request(const QString &path, MessageExporter::Format format, int count);
};

QList<StreamRow> TestExportJob::rows(int count)
{
    QList<StreamRow> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        StreamRow row;
        row.sequence = quint64(i) + 1;
        row.timeNs = 1700000000000000000 + qint64(i) * 1000;
        row.slot = QStringLiteral("\\\\.\\mailslot\\export");
        row.payload = QByteArray("row ") + QByteArray::number(i);
        list.append(row);
    }
    return list;
}

ExportWorker::Request TestExportJob::request(const QString &path, MessageExporter::Format format, int count)
{
    ExportWorker::Request r;
    r.path = path;
    r.format = format;
    r.rows = rows(count);
    r.local = MessageExporter::LocalMessages::AsLoopbackUdp;
    return r;
}

void TestExportJob::exportsWithProgress_data()
{
    QTest::addColumn<MessageExporter::Format>("format");
    QTest::addColumn<int>("count");
    QTest::newRow("csv") << MessageExporter::Format::Csv << 20000;
    QTest::newRow("json") << MessageExporter::Format::Json << 20000;
    QTest::newRow("pcapng") << MessageExporter::Format::Pcapng << 20000;
    QTest::newRow("no rows") << MessageExporter::Format::Csv << 0;
}

void TestExportJob::exportsWithProgress()
{
    QFETCH(MessageExporter::Format, format);
    QFETCH(int, count);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + MessageExporter::suffix(format));
    ExportJob job(request(path, format, count));
    QCOMPARE(job.total(), qint64(count));
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    QVERIFY(finished.wait(120000));
    const auto result = finished.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(count));
    QVERIFY(!job.isRunning());
    // From 0 to all the rows, never backwards, at least every kProgressRows rows.
    QVERIFY(progress.count() >= 2 + count / int(MessageExporter::kProgressRows) - 1);
    qint64 last = -1;
    for (const QList<QVariant> &report : std::as_const(progress)) {
        QVERIFY(report.at(0).toLongLong() >= last);
        QCOMPARE(report.at(1).toLongLong(), qint64(count));
        last = report.at(0).toLongLong();
    }
    QCOMPARE(last, qint64(count));
    QVERIFY(QFile(path).size() > 0);
}

void TestExportJob::cancelLeavesNoFile_data()
{
    QTest::addColumn<MessageExporter::Format>("format");
    QTest::addColumn<bool>("existing");
    QTest::newRow("csv, new file") << MessageExporter::Format::Csv << false;
    QTest::newRow("json, existing file") << MessageExporter::Format::Json << true;
    QTest::newRow("pcapng, new file") << MessageExporter::Format::Pcapng << false;
}

void TestExportJob::cancelLeavesNoFile()
{
    QFETCH(MessageExporter::Format, format);
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + MessageExporter::suffix(format));
    if (existing) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    ExportJob job(request(path, format, int(MessageExporter::kProgressRows) * 4));
    QSignalSpy finished(&job, &ExportJob::finished);
    job.cancel(); // before it starts: it stops at its first progress report
    job.start();
    QVERIFY(finished.wait(120000));
    const auto result = finished.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(result.written, qint64(0));
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    // No partial file, no temporary file left; an existing file is as it was.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    if (existing) {
        QCOMPARE(left, QStringList{QStringLiteral("out.json")});
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old contents"));
    } else {
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
}

void TestExportJob::destroyingARunningJobLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    auto job = std::make_unique<ExportJob>(request(path, MessageExporter::Format::Csv, 200000));
    QSignalSpy progress(job.get(), &ExportJob::progress);
    job->start();
    QVERIFY(progress.wait(120000)); // it is running
    job.reset();                    // cancels and waits for the thread
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    // Either it was cancelled (nothing) or it had already finished (the whole file).
    if (!left.isEmpty()) {
        QCOMPARE(left, QStringList{QStringLiteral("out.csv")});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), qsizetype(200001));
    }
}

void TestExportJob::snapshotWhileTheRingChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("rows appended and evicted") << QStringLiteral("turn");
    QTest::newRow("cleared, then refilled") << QStringLiteral("clear");
}

void TestExportJob::snapshotWhileTheRingChanges()
{
    // The window's export: a snapshot of the ring written by the worker while this thread keeps
    // appending to the ring (into the chunk the snapshot shares), evicting from it or clearing it.
    QFETCH(QString, change);
    constexpr int count = 5 * 4096 + 100;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    RowRing ring = RowRing::fromList(rows(count));
    ring.evictFront(50); // the snapshot starts mid-chunk
    ExportWorker::Request r;
    r.path = path;
    r.snapshot = ring.snapshot();
    ExportJob job(std::move(r));
    QCOMPARE(job.total(), qint64(count - 50));
    QSignalSpy finished(&job, &ExportJob::finished);
    const QList<StreamRow> more = rows(3000);
    connect(&job, &ExportJob::progress, this, [&] {
        if (change == QLatin1String("clear"))
            ring.clear();
        for (const StreamRow &row : more)
            ring.append(row);
        ring.evictFront(std::max<qsizetype>(ring.count() - count, 0));
    });
    job.start();
    QVERIFY(finished.wait(120000));
    const auto result = finished.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(count - 50));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), qsizetype(count - 50 + 2)); // the header, the rows, the empty end
    for (int i = 1; i <= count - 50; ++i)
        QVERIFY(lines[i].startsWith(QByteArray::number(50 + i) + ','));
}

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
