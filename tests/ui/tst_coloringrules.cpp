// ColoringRules: matching by slot, source, decoded kind and text; first match wins; saved and
// loaded; the default rules readable on a light and on a dark palette; the model asks it.
#include "ui/stream/coloringrules.h"
#include "ui/stream/coloringrulesdialog.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "uitesthelpers.h"

#include <QBrush>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

#include <cmath>

namespace {
// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return dark;
}
QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    return light;
}
} // namespace

class TestColoringRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesEachField_data();
    void matchesEachField();
    void firstEnabledRuleWins();
    void defaultsReadable_data();
    void defaultsReadable();
    void savedAndLoaded();
    void modelAsksTheRules();
    void streamOnADarkPalette();
    void dialogEditsTheList();

private:
    QTemporaryDir m_dir;
};

void TestColoringRules::initTestCase()
{
    uitest::isolate(m_dir);
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_coloringrules"));
}

void TestColoringRules::matchesEachField_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("network");
    QTest::newRow("slot") << int(ColoringRules::Field::Slot) << QStringLiteral("BROWSE") << false << true;
    QTest::newRow("source") << int(ColoringRules::Field::Source) << QStringLiteral("192.0.2.7") << false << true;
    QTest::newRow("source local") << int(ColoringRules::Field::Source) << QStringLiteral("local") << true << false;
    QTest::newRow("kind key") << int(ColoringRules::Field::Kind) << QStringLiteral("browse.host") << false << true;
    QTest::newRow("kind title") << int(ColoringRules::Field::Kind) << QStringLiteral("host announcement") << false << true;
    QTest::newRow("text") << int(ColoringRules::Field::Text) << QStringLiteral("ALARM") << true << false;
    QTest::newRow("empty never") << int(ColoringRules::Field::Text) << QString() << false << false;
}

void TestColoringRules::matchesEachField()
{
    QFETCH(int, field);
    QFETCH(QString, pattern);
    QFETCH(bool, local);
    QFETCH(bool, network);
    ColoringRules rules;
    rules.setRules({{true, ColoringRules::Field(field), pattern, Qt::red}});
    const StreamRow localRow = uitest::message(QStringLiteral("\\\\.\\mailslot\\plant"), "alarm: pressure");
    const StreamRow networkRow = uitest::datagramRow(
        uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER", "c"), "PEER", "GRP"));
    QCOMPARE(rules.match(localRow) == 0, local);
    QCOMPARE(rules.match(networkRow) == 0, network);
}

void TestColoringRules::firstEnabledRuleWins()
{
    ColoringRules rules;
    rules.setRules({{false, ColoringRules::Field::Text, QStringLiteral("a"), Qt::red},
                    {true, ColoringRules::Field::Text, QStringLiteral("b"), Qt::green},
                    {true, ColoringRules::Field::Text, QStringLiteral("ab"), Qt::blue}});
    QCOMPARE(rules.match(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "ab")), 1);
    QCOMPARE(rules.match(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "a")), -1);
    // A change of rules applies to rows already asked about.
    const StreamRow row = uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "c");
    QCOMPARE(rules.match(row), -1);
    QSignalSpy changed(&rules, &ColoringRules::changed);
    rules.setRules({{true, ColoringRules::Field::Text, QStringLiteral("c"), Qt::red}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rules.match(row), 0);
}

void TestColoringRules::defaultsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestColoringRules::defaultsReadable()
{
    // Every default rule keeps the text readable (WCAG AA, 4.5:1) on its row, and the row is
    // told apart from the plain base.
    QFETCH(QPalette, palette);
    ColoringRules rules;
    rules.setPalette(palette);
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QVERIFY(!ColoringRules::defaults().isEmpty());
    for (const ColoringRules::Rule &rule : ColoringRules::defaults()) {
        const StreamRow row = uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "y");
        rules.setRules({{true, ColoringRules::Field::Slot, QStringLiteral("mailslot"), rule.color}});
        const QColor background = rules.data(row, Qt::BackgroundRole).value<QBrush>().color();
        const QColor foreground = rules.data(row, Qt::ForegroundRole).value<QBrush>().color();
        const double ratio = contrast(foreground, background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(foreground.name(), background.name()).arg(ratio)));
        QVERIFY2(background != base, qPrintable(rule.pattern));
        QCOMPARE(foreground, text);
    }
}

void TestColoringRules::savedAndLoaded()
{
    QSettings settings;
    settings.clear();
    ColoringRules loaded;
    loaded.setRules({});
    loaded.load(settings);
    QCOMPARE(loaded.rules(), ColoringRules::defaults()); // never saved: the defaults
    const QList<ColoringRules::Rule> mine{{true, ColoringRules::Field::Source, QStringLiteral("10.0.0.7"), QColor(0x12, 0x34, 0x56)},
                                          {false, ColoringRules::Field::Slot, QStringLiteral("alarm"), QColor(0xab, 0xcd, 0xef)}};
    ColoringRules saved;
    saved.setRules(mine);
    saved.save(settings);
    loaded.load(settings);
    QCOMPARE(loaded.rules(), mine);
    saved.setRules({}); // an empty list is the user's choice too
    saved.save(settings);
    loaded.load(settings);
    QVERIFY(loaded.rules().isEmpty());
}

void TestColoringRules::modelAsksTheRules()
{
    MessageModel model;
    ColoringRules rules;
    rules.setPalette(lightPalette());
    rules.setRules({{true, ColoringRules::Field::Text, QStringLiteral("hot"), Qt::red}});
    model.setColoringRules(&rules);
    model.append({uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "hot"), uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "cold")});
    model.flush();
    QCOMPARE(model.index(0, MessageModel::PreviewColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
             ColoringRules::background(Qt::red, lightPalette()));
    QVERIFY(!model.index(1, MessageModel::PreviewColumn).data(Qt::BackgroundRole).isValid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshPresentation();
    QCOMPARE(changed.count(), 1);
}

void TestColoringRules::streamOnADarkPalette()
{
    // The stream's default rules color a BROWSE row; on a dark view the row stays dark and
    // its text light.
    MessageModel model;
    MessageStreamWidget widget(&model);
    model.append({uitest::datagramRow(uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER", "c")))});
    model.flush();
    widget.view()->setPalette(darkPalette());
    const QModelIndex cell = widget.proxy()->index(0, MessageModel::PreviewColumn);
    const QColor background = cell.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor foreground = cell.data(Qt::ForegroundRole).value<QBrush>().color();
    QCOMPARE(background, ColoringRules::background(QColor(0x1e, 0x88, 0xe5), darkPalette()));
    QCOMPARE(foreground, darkPalette().color(QPalette::Text));
    QVERIFY(contrast(foreground, background) >= 4.5);
}

void TestColoringRules::dialogEditsTheList()
{
    ColoringRulesDialog dialog(ColoringRules::defaults());
    QCOMPARE(dialog.rules(), ColoringRules::defaults());
    QTableWidget *table = dialog.table();
    table->setCurrentCell(0, ColoringRulesDialog::PatternColumn);
    dialog.addRule();
    QCOMPARE(table->currentRow(), 1);
    table->item(1, ColoringRulesDialog::PatternColumn)->setText(QStringLiteral("  alarm "));
    QCOMPARE(dialog.rules().at(1).pattern, QStringLiteral("alarm"));
    QCOMPARE(dialog.rules().size(), ColoringRules::defaults().size() + 1);
    dialog.moveRule(-1);
    QCOMPARE(dialog.rules().at(0).pattern, QStringLiteral("alarm"));
    table->item(0, ColoringRulesDialog::EnabledColumn)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.rules().at(0).enabled);
    dialog.removeRule();
    QCOMPARE(dialog.rules(), ColoringRules::defaults());
}

QTEST_MAIN(TestColoringRules)
#include "tst_coloringrules.moc"
