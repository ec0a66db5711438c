// ExportAction (File > Export...): an export started as the dialog's OK does writes the stream's
// rows, or those the filter shows, as they were when it started, while the stream goes on (rows
// added past the capacity, then Clear). Not timed: the outcome is waited for with QSignalSpy.
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/window/exportaction.h"
#include "uitesthelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestExportAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void exportsTheRowsOfTheStart_data();
    void exportsTheRowsOfTheStart();

private:
    QTemporaryDir m_dir;
};

void TestExportAction::exportsTheRowsOfTheStart_data()
{
    QTest::addColumn<bool>("onlyShown");
    QTest::addColumn<int>("expected"); // rows in the file
    // 3,000 rows, every third in slot b; the filter shows slot b.
    QTest::newRow("every row") << false << 3000;
    QTest::newRow("the rows the filter shows") << true << 1000;
}

void TestExportAction::exportsTheRowsOfTheStart()
{
    QFETCH(bool, onlyShown);
    QFETCH(int, expected);
    MessageModel model;
    model.setCapacity(3000);
    MessageStreamWidget stream(&model);
    ExportAction action(&stream, &stream, [] { return NetworkIdentity(); });
    StreamRowList rows;
    for (int i = 0; i < 3000; ++i) {
        const QString slot = i % 3 == 2 ? QStringLiteral("\\\\.\\mailslot\\b") : QStringLiteral("\\\\.\\mailslot\\a");
        rows.append(uitest::message(slot, "row " + QByteArray::number(i)));
    }
    model.append(rows);
    model.flush();
    stream.setFilter(QStringLiteral("\\b"), {}, {}, false);
    const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(expected));
    QSignalSpy succeeded(&action, &ExportAction::succeeded);
    QSignalSpy failed(&action, &ExportAction::failed);
    action.start(path, MessageExporter::Format::Csv, onlyShown, MessageExporter::LocalMessages::Skip);
    // The stream goes on while the export runs: the oldest rows pushed out, then every row cleared.
    model.append(uitest::messages(2500));
    model.flush();
    model.clear();
    QVERIFY(succeeded.wait(120000));
    QCOMPARE(failed.count(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), qsizetype(expected + 2)); // the header, the rows, the empty end
    int line = 1;
    for (int i = 0; i < 3000; ++i) {
        if (onlyShown && i % 3 != 2)
            continue;
        QVERIFY2(lines[line].contains(",row " + QByteArray::number(i) + ','), lines[line].constData());
        ++line;
    }
}

QTEST_MAIN(TestExportAction)
#include "tst_exportaction.moc"
