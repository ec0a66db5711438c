#include "core/wire/decodedpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace mailslot::wire;

class TestDecodedPayload : public QObject
{
    Q_OBJECT
private slots:
    void fieldsKeepOrder()
    {
        DecodedPayload d(QStringLiteral("browse.hostAnnouncement"));
        d.addField(QStringLiteral("b"), QStringLiteral("B"), 2);
        d.addField(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x"));
        QCOMPARE(d.fields().size(), 2);
        QCOMPARE(d.fields().at(0).key, QStringLiteral("b"));
        QCOMPARE(d.fields().at(1).label(), QStringLiteral("A"));
        QVERIFY(d.contains(u"a"));
        QVERIFY(!d.contains(u"c"));
        QVERIFY(!d.value(u"c").isValid());
    }
    void labelsTranslatedWhenShown()
    {
        // A label given as source text is translated when asked for, with the translators
        // installed at that moment, in the payload's context; decoding translates nothing.
        class Upper : public QTranslator
        {
        public:
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return qstrcmp(context, "TestContext") == 0 ? QString::fromUtf8(source).toUpper() : QString();
            }
            bool isEmpty() const override { return false; }
        };
        DecodedPayload d(QStringLiteral("test.kind"), "TestContext");
        d.addField(QStringLiteral("a"), "Update count", 1);
        d.addField(QStringLiteral("b"), QStringLiteral("Given as text"), 2);
        QCOMPARE(d.fields().at(0).label(), QStringLiteral("Update count"));
        Upper upper;
        QCoreApplication::installTranslator(&upper);
        QCOMPARE(d.fields().at(0).label(), QStringLiteral("UPDATE COUNT"));
        QCOMPARE(d.fields().at(1).label(), QStringLiteral("Given as text"));
        QCoreApplication::removeTranslator(&upper);
        QCOMPARE(d.fields().at(0).label(), QStringLiteral("Update count"));
    }
    void toJson_data()
    {
        QTest::addColumn<bool>("truncated");
        QTest::newRow("complete") << false;
        QTest::newRow("truncated") << true;
    }
    void toJson()
    {
        QFETCH(bool, truncated);
        DecodedPayload d(QStringLiteral("messenger.message"));
        d.addField(QStringLiteral("from"), QStringLiteral("From"), QStringLiteral("ALICE"));
        d.addField(QStringLiteral("count"), QStringLiteral("Count"), quint32(4000000000u));
        d.addField(QStringLiteral("small"), QStringLiteral("Small"), quint8(7));
        d.addField(QStringLiteral("list"), QStringLiteral("List"), QStringList{QStringLiteral("X"), QStringLiteral("Y")});
        d.setTruncated(truncated);
        const QJsonObject j = d.toJson();
        QCOMPARE(j.value(QStringLiteral("kind")).toString(), QStringLiteral("messenger.message"));
        QCOMPARE(j.value(QStringLiteral("from")).toString(), QStringLiteral("ALICE"));
        QCOMPARE(j.value(QStringLiteral("count")).toDouble(), 4000000000.0);
        QCOMPARE(j.value(QStringLiteral("small")).toInt(), 7);
        QCOMPARE(j.value(QStringLiteral("list")).toArray().size(), 2);
        QCOMPARE(j.contains(QStringLiteral("truncated")), truncated);
    }
};

QTEST_GUILESS_MAIN(TestDecodedPayload)
#include "tst_decodedpayload.moc"
