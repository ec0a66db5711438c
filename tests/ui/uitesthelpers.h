// Helpers shared by the ui tests.
#pragma once

#include "mailslotmessage.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace uitest {

// Points the mailslot namespace and the settings at a private temporary folder (call first, in
// initTestCase, before any slot call).
inline void isolate(const QTemporaryDir &dir)
{
    QVERIFY(dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", dir.filePath(QStringLiteral("slots")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

inline MailslotMessage message(const QString &slot, const QByteArray &payload, const QString &source = QStringLiteral("local"))
{
    MailslotMessage m;
    m.slot = slot;
    m.sequence = MailslotMessage::nextSequence();
    m.timestamp = QDateTime::currentDateTimeUtc();
    m.payload = payload;
    m.source = source;
    return m;
}

inline MailslotMessageList messages(int count, const QString &slot = QStringLiteral("\\\\.\\mailslot\\t"))
{
    MailslotMessageList list;
    for (int i = 0; i < count; ++i)
        list.append(message(slot, QByteArray("message ") + QByteArray::number(i)));
    return list;
}

} // namespace uitest
