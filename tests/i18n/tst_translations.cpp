// The translation catalogues: complete (no unfinished, vanished or obsolete entry), plural forms
// filled, placeholders kept, and the embedded catalogues really translate at run time.
#include "core/slots/mailsloterror.h"
#include "core/text/translations.h"
#include "core/platform/win32error.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type;
    bool numerus = false;
    QStringList translations;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("context")) {
                context.clear();
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Entry{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueComplete_data();
    void catalogueComplete();
    void englishPluralsOnly();
    void runtimeSwitch_data();
    void runtimeSwitch();
};

void TestTranslations::catalogueComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << "es";
    QTest::newRow("it") << "it";
}

void TestTranslations::catalogueComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Entry> entries
        = readTs(QStringLiteral(MAILSLOT_TEST_SOURCE_DIR "/../translations/mailslotmonitor_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);
    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": ") + e.source.left(60);
        if (!e.type.isEmpty())
            problems << QStringLiteral("%1 [%2]").arg(where, e.type);
        else if (e.translations.isEmpty() || std::any_of(e.translations.begin(), e.translations.end(),
                                                         [](const QString &t) { return t.isEmpty(); }))
            problems << QStringLiteral("%1 [empty]").arg(where);
        else if (e.numerus && e.translations.size() != 2)
            problems << QStringLiteral("%1 [%2 plural forms, expected 2]").arg(where).arg(e.translations.size());
        else {
            for (const QString &t : e.translations) {
                QSet<QString> wanted = placeholders(e.source);
                if (e.numerus && e.translations.size() > 1)
                    wanted.remove(QStringLiteral("%n")); // a singular form may spell the number out
                if (!placeholders(t).contains(wanted))
                    problems << QStringLiteral("%1 [placeholders lost in \"%2\"]").arg(where, t.left(60));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsOnly()
{
    QString error;
    const QList<Entry> entries = readTs(QStringLiteral(MAILSLOT_TEST_SOURCE_DIR "/../translations/mailslotmonitor_en.ts"),
                                        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    for (const Entry &e : entries) {
        QVERIFY2(e.numerus, qPrintable(e.source));
        QVERIFY2(e.type.isEmpty() && e.translations.size() == 2 && !e.translations.contains(QString()),
                 qPrintable(e.source));
        QVERIFY2(!e.translations.at(1).contains(QStringLiteral("(s)")), qPrintable(e.translations.at(1)));
    }
}

void TestTranslations::runtimeSwitch_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << "es";
    QTest::newRow("it") << "it";
    QTest::newRow("en") << "en";
}

void TestTranslations::runtimeSwitch()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    const QString text = MailslotError(mailslot::platform::kErrorAccessDenied).message();
    if (language == QLatin1String("en"))
        QCOMPARE(text, QStringLiteral("Access is denied."));
    else
        QVERIFY2(text != QStringLiteral("Access is denied.") && !text.isEmpty(), qPrintable(text));
    // English plural forms come from the English catalogue.
    const QString plural = QCoreApplication::translate("MailslotError",
                                                       "The slot's queue stayed full until the write timed out after %n ms.",
                                                       nullptr, 2);
    QVERIFY(plural.contains(QLatin1Char('2')));
    Translations::install(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
