// TimeFormat: the Time column as date and time, time of day, or seconds since the first row or
// the previous one; chosen in View > Time Display and saved.
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/stream/timeformat.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using uitest::child;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnText_data();
    void columnText();
    void chosenFromTheMenu();
    void keysRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestTimeFormat::initTestCase()
{
    uitest::isolate(m_dir);
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timeformat"));
}

void TestTimeFormat::columnText_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("texts");
    const QDateTime t0 = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8));
    const QString day = t0.toString(QStringLiteral("HH:mm:ss.zzz"));
    QTest::newRow("date and time") << int(TimeFormat::Mode::DateAndTime) << QStringLiteral("en_US")
                                   << QStringList{t0.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                                  t0.addMSecs(1500).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                                  t0.addMSecs(1750).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))};
    QTest::newRow("time of day") << int(TimeFormat::Mode::TimeOfDay) << QStringLiteral("en_US")
                                 << QStringList{day, t0.addMSecs(1500).toString(QStringLiteral("HH:mm:ss.zzz")),
                                                t0.addMSecs(1750).toString(QStringLiteral("HH:mm:ss.zzz"))};
    QTest::newRow("since first") << int(TimeFormat::Mode::SinceFirst) << QStringLiteral("en_US")
                                 << QStringList{QStringLiteral("0.000000"), QStringLiteral("1.500000"), QStringLiteral("1.750250")};
    QTest::newRow("since previous") << int(TimeFormat::Mode::SincePrevious) << QStringLiteral("en_US")
                                    << QStringList{QStringLiteral("0.000000"), QStringLiteral("1.500000"), QStringLiteral("0.250250")};
    QTest::newRow("since previous, es") << int(TimeFormat::Mode::SincePrevious) << QStringLiteral("es_ES")
                                        << QStringList{QStringLiteral("0,000000"), QStringLiteral("1,500000"), QStringLiteral("0,250250")};
}

void TestTimeFormat::columnText()
{
    QFETCH(int, mode);
    QFETCH(QString, locale);
    QFETCH(QStringList, texts);
    QLocale::setDefault(QLocale(locale));
    MessageModel model;
    TimeFormat format;
    format.setMode(TimeFormat::Mode(mode));
    model.setTimeFormat(&format);
    const qint64 t0 = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8)).toMSecsSinceEpoch() * 1000000;
    StreamRowList rows = uitest::messages(3);
    rows[0].timeNs = t0;
    rows[1].timeNs = t0 + 1500000000;
    rows[2].timeNs = t0 + 1750250000;
    model.append(rows);
    model.flush();
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.index(row, MessageModel::TimeColumn).data().toString(), texts.at(row));
        // The whole date and time in the tooltip, whatever the column shows.
        QCOMPARE(model.index(row, MessageModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 MessageModel::timeText(rows[row].time()));
    }
    QLocale::setDefault(QLocale::c());
}

void TestTimeFormat::chosenFromTheMenu()
{
    MessageModel model;
    MessageStreamWidget widget(&model);
    QTableView *view = child<QTableView>(&widget, QStringLiteral("messageView"));
    model.append(uitest::messages(2));
    model.flush();
    QMenu *menu = widget.timeFormatMenu();
    const int narrow = view->columnWidth(MessageModel::TimeColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    child<QAction>(menu, QStringLiteral("time_dateAndTime"))->trigger();
    QCOMPARE(widget.timeFormat()->mode(), TimeFormat::Mode::DateAndTime);
    QVERIFY(child<QAction>(menu, QStringLiteral("time_dateAndTime"))->isChecked());
    QVERIFY(!child<QAction>(menu, QStringLiteral("time_timeOfDay"))->isChecked());
    QVERIFY(changed.count() >= 1);
    QVERIFY(view->columnWidth(MessageModel::TimeColumn) > narrow); // room for the date
    child<QAction>(menu, QStringLiteral("time_sincePrevious"))->trigger();
    QCOMPARE(model.index(0, MessageModel::TimeColumn).data().toString(), QLocale().toString(0.0, 'f', 6));
    // Saved and restored with the window's settings.
    QSettings settings;
    widget.saveSettings(settings);
    MessageModel otherModel;
    MessageStreamWidget other(&otherModel);
    QCOMPARE(other.timeFormat()->mode(), TimeFormat::Mode::TimeOfDay); // the default
    other.loadSettings(settings);
    QCOMPARE(other.timeFormat()->mode(), TimeFormat::Mode::SincePrevious);
}

void TestTimeFormat::keysRoundTrip()
{
    for (const TimeFormat::Mode mode : TimeFormat::modes()) {
        QCOMPARE(TimeFormat::fromKey(TimeFormat::key(mode)), std::optional(mode));
        QVERIFY(!TimeFormat::title(mode).isEmpty());
    }
    QVERIFY(!TimeFormat::fromKey(QStringLiteral("sundial")));
}

QTEST_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
