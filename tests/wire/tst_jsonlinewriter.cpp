// JsonLineWriter writes byte for byte what QJsonDocument's Compact form writes for the same values.
#include "core/wire/jsonlinewriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mailslot::wire;

class TestJsonLineWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray compact(const QJsonValue &value)
    {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }

private slots:
    void stringsAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("hello world");
        QTest::newRow("quotes and backslashes") << QStringLiteral("a \"b\" \\c\\ /d");
        QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls.append(QChar(c));
        controls.append(QChar(0x7F));
        QTest::newRow("every control character") << controls;
        QTest::newRow("latin-1") << QStringLiteral("caf\u00e9 \u00f1 \u00ff");
        QTest::newRow("bmp") << QStringLiteral("\u20ac \u4e2d\u6587 \ufeff \ufffd \ufffe");
        QTest::newRow("surrogate pair") << QString::fromUtf8("emoji \xF0\x9F\x98\x80 end");
        QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"));
        QTest::newRow("lone low surrogate") << (QStringLiteral("a") + QChar(0xDC00));
    }
    void stringsAsQJsonDocument()
    {
        QFETCH(QString, text);
        JsonLineWriter w;
        w.string(text);
        if (QByteArray(w.view().data(), w.size()) != compact(text)) {
            // Lone surrogates: QJsonDocument and QString::toUtf8 may differ; the value must
            // still read back as toUtf8 writes it.
            QVERIFY2(QChar::isSurrogate(text.back().unicode()) || text.contains(QChar(0xD800)),
                     w.view().toByteArray().toHex().constData());
            QCOMPARE(QJsonDocument::fromJson("[" + w.view().toByteArray() + "]").array().at(0).toString().toUtf8(),
                     QString::fromUtf8(text.toUtf8()).toUtf8());
        }
    }

    void utf8BytesAsQStringFromUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ascii") << QByteArray("plain text");
        QTest::newRow("valid multibyte") << QByteArray("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
        QTest::newRow("invalid lead") << QByteArray("a\xFF\xFE" "b");
        QTest::newRow("truncated sequence") << QByteArray("a\xE2\x82");
        QTest::newRow("overlong") << QByteArray("\xC0\xAF");
        QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFtext");
        QTest::newRow("NUL and controls") << QByteArray("a\0b\x01\x1F", 5);
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QTest::newRow("every byte") << all;
    }
    void utf8BytesAsQStringFromUtf8()
    {
        QFETCH(QByteArray, bytes);
        JsonLineWriter w;
        w.utf8String(bytes);
        QCOMPARE(w.view().toByteArray(), compact(QString::fromUtf8(bytes)));
    }

    void latin1AndHex()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        JsonLineWriter w;
        w.beginArray();
        w.latin1String(all);
        w.hexString(all);
        w.endArray();
        QCOMPARE(w.view().toByteArray(), QJsonDocument(QJsonArray{QString::fromLatin1(all), QString::fromLatin1(all.toHex())})
                                             .toJson(QJsonDocument::Compact));
    }

    void timesAsQDateTime_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("now-ish") << qint64(1795312171123);
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("before the epoch") << qint64(-1);
        QTest::newRow("1601 (FILETIME zero)") << QDateTime(QDate(1601, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 1), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 999") << QDateTime(QDate(999, 6, 1), QTime(1, 2, 3, 4), Qt::UTC).toMSecsSinceEpoch();
    }
    void timesAsQDateTime()
    {
        QFETCH(qint64, msecs);
        JsonLineWriter w;
        w.isoTimeUtc(msecs);
        QCOMPARE(w.view().toByteArray(), compact(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs)));
    }

    void objectsAsQJsonDocument()
    {
        JsonLineWriter w;
        w.beginObject();
        w.key("a");
        w.number(std::int64_t(-5));
        w.key("b");
        w.beginArray();
        w.number(std::uint64_t(4294967295u));
        w.boolean(true);
        w.null();
        w.beginObject();
        w.endObject();
        w.endArray();
        w.key(QStringLiteral("c\"d"));
        w.ipv4(0x0A000102);
        w.encodedKey(JsonLineWriter::encodeKey(u"e"));
        w.rawValue("[1,2]");
        w.endObject();
        const QJsonObject expected{{QStringLiteral("a"), -5},
                                   {QStringLiteral("b"), QJsonArray{4294967295.0, true, QJsonValue::Null, QJsonObject{}}},
                                   {QStringLiteral("c\"d"), QStringLiteral("10.0.1.2")},
                                   {QStringLiteral("e"), QJsonArray{1, 2}}};
        QCOMPARE(w.view().toByteArray(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void linesAreIndependent()
    {
        JsonLineWriter w;
        for (int i = 0; i < 3; ++i) {
            w.beginObject();
            w.key("n");
            w.number(i);
            w.endObject();
            w.newline();
        }
        QCOMPARE(w.view().toByteArray(), QByteArray("{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n"));
        QCOMPARE(w.take(), QByteArray("{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n"));
        QCOMPARE(w.size(), 0);
        w.number(7);
        w.clear();
        w.number(8);
        QCOMPARE(w.view().toByteArray(), QByteArray("8"));
    }

    void netbiosNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("suffix");
        QTest::addColumn<QByteArray>("scope");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("HOST") << 0x20 << QByteArray() << QStringLiteral("HOST<20>");
        QTest::newRow("msbrowse") << QByteArray("\x01\x02__MSBROWSE__\x02") << 0x01 << QByteArray()
                                  << QStringLiteral("<01><02>__MSBROWSE__<02><01>");
        QTest::newRow("scope") << QByteArray("WG") << 0x1d << QByteArray("corp.example") << QStringLiteral("WG<1d>.corp.example");
        QTest::newRow("quote, backslash, high byte") << QByteArray("A\"B\\C\xE9") << 0 << QByteArray()
                                                     << QStringLiteral("A\"B\\C<e9><00>");
    }
    void netbiosNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, suffix);
        QFETCH(QByteArray, scope);
        QFETCH(QString, shown);
        JsonLineWriter w;
        w.netbiosName(name, quint8(suffix), scope);
        QCOMPARE(w.view().toByteArray(), compact(shown));
    }
};

QTEST_GUILESS_MAIN(TestJsonLineWriter)
#include "tst_jsonlinewriter.moc"
