#include "ui/stream/localtimetext.h"

#include <QDateTime>

namespace {

QString withMilliseconds(const QString &second, int ms)
{
    QString text;
    text.reserve(second.size() + 3);
    text += second;
    text += QChar(u'0' + ms / 100);
    text += QChar(u'0' + ms / 10 % 10);
    text += QChar(u'0' + ms % 10);
    return text;
}

} // namespace

int LocalTimeText::useSecondOf(qint64 timeNs)
{
    const qint64 msecs = timeNs / 1000000; // as StreamRow::time()
    qint64 second = msecs / 1000;
    if (msecs % 1000 < 0)
        --second; // before 1970: the second that starts before it
    if (second != m_second) {
        m_second = second;
        const QDateTime local = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toLocalTime();
        m_dateAndTime = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss."));
        m_timeOfDay = local.toString(QStringLiteral("HH:mm:ss."));
    }
    return int(msecs - second * 1000);
}

QString LocalTimeText::dateAndTime(qint64 timeNs)
{
    const int ms = useSecondOf(timeNs);
    return withMilliseconds(m_dateAndTime, ms);
}

QString LocalTimeText::timeOfDay(qint64 timeNs)
{
    const int ms = useSecondOf(timeNs);
    return withMilliseconds(m_timeOfDay, ms);
}
