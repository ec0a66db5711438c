// File > Save Session...: every row (local messages included) into a pcapng session, written off
// the GUI thread; the file reopens through CaptureSource with each row as it was saved.
#include "core/stream/capturesource.h"
#include "core/stream/streamhub.h"
#include "ui/window/savesessionaction.h"
#include "uitesthelpers.h"

#include <QWidget>

class TestSaveSessionAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void textAndShortcut();
    void savesEveryRowAndReopens();
    void failureNamesTheFile();

private:
    QTemporaryDir m_dir;
};

void TestSaveSessionAction::textAndShortcut()
{
    QWidget window;
    SaveSessionAction action(&window, [] { return RowRing::Snapshot(); }, [] { return NetworkIdentity(); });
    action.retranslate();
    QCOMPARE(action.objectName(), QStringLiteral("saveSessionAction"));
    QCOMPARE(action.text(), QStringLiteral("&Save Session..."));
    QVERIFY(!action.toolTip().isEmpty());
    QCOMPARE(action.shortcut(), QKeySequence(QKeySequence::Save));
}

void TestSaveSessionAction::savesEveryRowAndReopens()
{
    StreamRowList rows = uitest::messages(3, QStringLiteral("\\\\.\\mailslot\\session"));
    RowProvenance provenance;
    provenance.host = QStringLiteral("pc-2");
    provenance.writerPid = 321;
    rows[1].setProvenance(provenance);
    rows.append(uitest::datagramRow(uitest::mailslotDatagram("\\MAILSLOT\\NET", "on the wire")));
    rows.last().sequence = 99;
    QWidget window;
    SaveSessionAction action(&window, [&rows] { return RowRing::fromList(rows).snapshot(); },
                             [] { return NetworkIdentity(QStringLiteral("THISPC"), QStringLiteral("WORKGROUP")); });
    QSignalSpy succeeded(&action, &SaveSessionAction::succeeded);
    QSignalSpy failed(&action, &SaveSessionAction::failed);
    const QString path = m_dir.filePath(QStringLiteral("saved.pcapng"));
    action.save(path);
    QVERIFY(succeeded.wait(10000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(action.lastPath(), path);

    StreamHub hub;
    StreamRowList reopened;
    connect(&hub, &StreamHub::rowsArrived, this, [&reopened](const StreamRowList &r) { reopened += r; });
    auto *source = new CaptureSource(path);
    hub.addSource(source);
    QSignalSpy finished(source, &CaptureSource::finished);
    QVERIFY(source->start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(reopened.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(reopened.at(i).slot, rows.at(i).slot);
        QCOMPARE(reopened.at(i).payload, rows.at(i).payload);
        QCOMPARE(reopened.at(i).timeNs, rows.at(i).timeNs);
        QCOMPARE(bool(reopened.at(i).datagram), bool(rows.at(i).datagram));
        QVERIFY(reopened.at(i).provenance());
        QCOMPARE(reopened.at(i).provenance()->savedSequence, rows.at(i).sequence);
    }
    QCOMPARE(reopened.at(1).provenance()->host, QStringLiteral("pc-2"));
    QCOMPARE(reopened.at(1).provenance()->writerPid, qint64(321));
}

void TestSaveSessionAction::failureNamesTheFile()
{
    QWidget window;
    SaveSessionAction action(&window, [] { return RowRing::fromList(uitest::messages(1)).snapshot(); }, [] { return NetworkIdentity(); });
    QSignalSpy failed(&action, &SaveSessionAction::failed);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/s.pcapng"));
    action.save(path);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(path), qPrintable(failed.first().first().toString()));
}

QTEST_MAIN(TestSaveSessionAction)
#include "tst_savesessionaction.moc"
