// ExportAction (File > Export...): an export started as the dialog's OK does writes the stream's
// rows, or those the filter shows, as they were when it started, while the stream goes on (rows
// added past the capacity, then Clear). Not timed: the outcome is waited for with QSignalSpy.
#include "ui/stream/messagefilterproxy.h"
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
    void waitsForTheFilterWithoutBlocking_data();
    void waitsForTheFilterWithoutBlocking();

private:
    // 3,000 rows, every third in slot b, and a filter on slot b (1,000 shown).
    static void fill(MessageModel &model, MessageStreamWidget &stream);

    QTemporaryDir m_dir;
};

void TestExportAction::fill(MessageModel &model, MessageStreamWidget &stream)
{
    StreamRowList rows;
    for (int i = 0; i < 3000; ++i) {
        const QString slot = i % 3 == 2 ? QStringLiteral("\\\\.\\mailslot\\b") : QStringLiteral("\\\\.\\mailslot\\a");
        rows.append(uitest::message(slot, "row " + QByteArray::number(i)));
    }
    model.append(rows);
    model.flush();
    stream.setFilter(QStringLiteral("\\b"), {}, {}, false);
}

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
    fill(model, stream);
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

void TestExportAction::waitsForTheFilterWithoutBlocking_data()
{
    QTest::addColumn<QString>("then"); // what happens to the filter while the export waits
    QTest::addColumn<int>("expected"); // rows in the file
    QTest::newRow("the filter finishes") << QString() << 1000;
    QTest::newRow("another filter replaces it") << QStringLiteral("\\a") << 2000;
    QTest::newRow("the filter is cleared") << QStringLiteral("clear") << 3000;
}

// The dialog's OK with a filter still being applied (a slice a turn): the export is not started,
// the filter is not finished in one block; the export starts when the filter is done.
void TestExportAction::waitsForTheFilterWithoutBlocking()
{
    QFETCH(QString, then);
    QFETCH(int, expected);
    MessageModel model;
    model.setCapacity(3000);
    MessageStreamWidget stream(&model);
    stream.proxy()->setSliceNs(0); // one step of rows a turn
    ExportAction action(&stream, &stream, [] { return NetworkIdentity(); });
    fill(model, stream);
    QVERIFY(stream.proxy()->isRefiltering());
    const QString path = m_dir.filePath(QStringLiteral("waiting-%1.csv").arg(QTest::currentDataTag()));
    QSignalSpy waiting(&action, &ExportAction::waiting);
    QSignalSpy succeeded(&action, &ExportAction::succeeded);
    action.startWhenFiltered(path, MessageExporter::Format::Csv, true, MessageExporter::LocalMessages::Skip);
    QCOMPARE(waiting.count(), 1);
    QVERIFY(stream.proxy()->isRefiltering()); // not finished in one block
    QVERIFY(!QFile::exists(path));
    if (then == QLatin1String("clear"))
        stream.setFilter({}, {}, {}, false);
    else if (!then.isEmpty())
        stream.setFilter(then, {}, {}, false);
    QVERIFY(succeeded.wait(120000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), qsizetype(expected + 1)); // the header and the rows
}

QTEST_MAIN(TestExportAction)
#include "tst_exportaction.moc"
