// The local date and time of message times as the stream shows them ("yyyy-MM-dd HH:mm:ss.zzz",
// or the time of day alone), the same text QDateTime gives, made with one conversion to local time
// per second of time: the rows of a flood share their second, and each conversion asks the C
// library, which looks at the time zone file each time. (A change of the system's time zone shows
// from the next second on.)
#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>

class LocalTimeText
{
public:
    // timeNs: nanoseconds since the epoch, UTC, as StreamRow keeps them (to the millisecond, as
    // StreamRow::time() has them).
    QString dateAndTime(qint64 timeNs);
    QString timeOfDay(qint64 timeNs);

private:
    // Milliseconds within the second; makes the second's texts when it is another second.
    int useSecondOf(qint64 timeNs);

    qint64 m_second = std::numeric_limits<qint64>::min();
    QString m_dateAndTime; // "yyyy-MM-dd HH:mm:ss."
    QString m_timeOfDay;   // "HH:mm:ss."
};
