// GetMailslotInfo's figures for one slot, plus what the namespace knows of it.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/platform/slotbackend.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

struct MailslotInfo
{
    static constexpr quint32 kNoMessage = mailslot::platform::kMailslotNoMessage;
    static constexpr quint32 kWaitForever = mailslot::platform::kMailslotWaitForever;

    QString name; // canonical
    quint32 maxMessageSize = 0;
    quint32 nextSize = kNoMessage;
    quint32 messageCount = 0;
    quint32 readTimeout = 0;
    qint64 pid = 0;
    QDateTime created; // UTC
    quint64 queuedBytes = 0;
    quint64 queueCapacity = 0;
    quint64 totalMessages = 0;
    quint64 totalBytes = 0;
    // Set when the slot is listed but its figures could not be read (they are then zero): why.
    MailslotError error;

    static MailslotInfo fromStatus(const mailslot::platform::SlotStatus &status)
    {
        MailslotInfo info;
        info.name = QString::fromStdString(status.name);
        info.maxMessageSize = status.info.maxMessageSize;
        info.nextSize = status.info.nextSize;
        info.messageCount = status.info.messageCount;
        info.readTimeout = status.info.readTimeout;
        info.pid = status.pid;
        info.created = QDateTime::fromMSecsSinceEpoch(status.createdMsecs, Qt::UTC);
        info.queuedBytes = status.queuedBytes;
        info.queueCapacity = status.queueCapacity;
        info.totalMessages = status.totalMessages;
        info.totalBytes = status.totalBytes;
        info.error = MailslotError::fromPlatform(status.error);
        return info;
    }

    // The `mailslot list --json` / `info --json` object.
    QJsonObject toJson() const
    {
        QJsonObject object{
            {QStringLiteral("name"), name},
            {QStringLiteral("maxMessageSize"), double(maxMessageSize)},
            {QStringLiteral("nextSize"), double(nextSize)},
            {QStringLiteral("messageCount"), double(messageCount)},
            {QStringLiteral("readTimeout"), double(readTimeout)},
            {QStringLiteral("pid"), double(pid)},
            {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
            {QStringLiteral("queuedBytes"), double(queuedBytes)},
            {QStringLiteral("queueCapacity"), double(queueCapacity)},
            {QStringLiteral("totalMessages"), double(totalMessages)},
            {QStringLiteral("totalBytes"), double(totalBytes)},
        };
        if (error)
            object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), double(error.code())},
                                                               {QStringLiteral("name"), error.codeName()},
                                                               {QStringLiteral("message"), error.message()}});
        return object;
    }
};

Q_DECLARE_METATYPE(MailslotInfo)
