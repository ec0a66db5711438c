#include "ui/window/exportprogress.h"

#include <QDir>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// Not timed: the export is waited for with QSignalSpy; checked are the outcome, the file and that
// the object goes away when done.
class TestExportProgress : public QObject
{
    Q_OBJECT

private slots:
    void exportsOffTheGuiThread();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();

private:
    static ExportWorker::Request request(const QString &path, int count);
};

ExportWorker::Request TestExportProgress::request(const QString &path, int count)
{
    ExportWorker::Request r;
    r.path = path;
    r.format = MessageExporter::Format::Csv;
    for (int i = 0; i < count; ++i) {
        StreamRow row;
        row.sequence = quint64(i) + 1;
        row.slot = QStringLiteral("\\\\.\\mailslot\\progress");
        row.payload = QByteArray("row ") + QByteArray::number(i);
        r.rows.append(row);
    }
    return r;
}

void TestExportProgress::exportsOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QWidget window;
    QPointer<ExportProgress> run = new ExportProgress(request(path, 10000), &window);
    QCOMPARE(run->dialog()->objectName(), QStringLiteral("exportProgress"));
    QVERIFY(run->dialog()->windowModality() == Qt::WindowModal);
    QSignalSpy succeeded(run.data(), &ExportProgress::succeeded);
    run->start();
    QVERIFY(succeeded.wait(120000));
    QVERIFY2(succeeded.at(0).at(0).toString().contains(path), qPrintable(succeeded.at(0).at(0).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), qsizetype(10001));
    QTRY_VERIFY(run.isNull()); // deleted itself, with its dialog
}

void TestExportProgress::cancelLeavesNoFile_data()
{
    QTest::addColumn<bool>("button");
    QTest::newRow("the dialog's Cancel button") << true;
    QTest::newRow("cancel()") << false;
}

void TestExportProgress::cancelLeavesNoFile()
{
    QFETCH(bool, button);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QWidget window;
    auto *run = new ExportProgress(request(path, int(MessageExporter::kProgressRows) * 3), &window);
    QSignalSpy cancelled(run, &ExportProgress::cancelled);
    QSignalSpy failed(run, &ExportProgress::failed);
    // Before it starts: the export stops at its first progress report.
    if (button) {
        auto *cancel = run->dialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
    } else {
        run->cancel();
    }
    run->start();
    QVERIFY(cancelled.wait(120000));
    QVERIFY(failed.isEmpty());
    QVERIFY(cancelled.at(0).at(0).toString().contains(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_MAIN(TestExportProgress)
#include "tst_exportprogress.moc"
