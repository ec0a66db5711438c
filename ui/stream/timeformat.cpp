#include "ui/stream/timeformat.h"

#include "ui/stream/messagemodel.h"

#include <QLocale>

TimeFormat::TimeFormat(QObject *parent) : QObject(parent) {}

void TimeFormat::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

QString TimeFormat::seconds(qint64 nanoseconds)
{
    // Microseconds, in the user's locale (0,000125 in Spanish).
    return QLocale().toString(double(nanoseconds / 1000) / 1e6, 'f', 6);
}

QString TimeFormat::text(const MessageModel &model, int row) const
{
    const StreamRow &m = model.row(row);
    switch (m_mode) {
    case Mode::DateAndTime: return m_localTime.dateAndTime(m.timeNs);
    case Mode::TimeOfDay: return m_localTime.timeOfDay(m.timeNs);
    case Mode::SinceFirst: return seconds(m.timeNs - model.row(0).timeNs);
    case Mode::SincePrevious: return seconds(row == 0 ? 0 : m.timeNs - model.row(row - 1).timeNs);
    }
    return {};
}

QString TimeFormat::widestText(Mode mode)
{
    switch (mode) {
    case Mode::DateAndTime: return QStringLiteral("0000-00-00 00:00:00.000");
    case Mode::TimeOfDay: return QStringLiteral("00:00:00.000");
    case Mode::SinceFirst:
    case Mode::SincePrevious: return QLocale().toString(-99999.999999, 'f', 6);
    }
    return {};
}

QString TimeFormat::key(Mode mode)
{
    switch (mode) {
    case Mode::DateAndTime: return QStringLiteral("dateAndTime");
    case Mode::TimeOfDay: return QStringLiteral("timeOfDay");
    case Mode::SinceFirst: return QStringLiteral("sinceFirst");
    case Mode::SincePrevious: return QStringLiteral("sincePrevious");
    }
    return {};
}

std::optional<TimeFormat::Mode> TimeFormat::fromKey(const QString &key)
{
    for (const Mode mode : modes()) {
        if (TimeFormat::key(mode) == key)
            return mode;
    }
    return std::nullopt;
}

QString TimeFormat::title(Mode mode)
{
    switch (mode) {
    case Mode::DateAndTime: return tr("&Date and Time");
    case Mode::TimeOfDay: return tr("&Time of Day");
    case Mode::SinceFirst: return tr("Seconds Since &First Row");
    case Mode::SincePrevious: return tr("Seconds Since &Previous Row");
    }
    return {};
}

QList<TimeFormat::Mode> TimeFormat::modes()
{
    return {Mode::DateAndTime, Mode::TimeOfDay, Mode::SinceFirst, Mode::SincePrevious};
}
