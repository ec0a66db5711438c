// How the stream's Time column reads: the date and time, the time of day, or seconds since the
// oldest row of the stream or since the row before (in arrival order, whatever the filter). The
// model asks it for the column's text (MessageModel::setTimeFormat); the full date and time stay
// in the cell's tooltip and the detail pane.
#pragma once

#include "ui/stream/localtimetext.h"

#include <QObject>
#include <QString>

#include <optional>

class MessageModel;

class TimeFormat : public QObject
{
    Q_OBJECT

public:
    enum class Mode { DateAndTime, TimeOfDay, SinceFirst, SincePrevious };

    explicit TimeFormat(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // The text of the Time column of a row of model.
    QString text(const MessageModel &model, int row) const;
    // The widest text the mode shows (for the column's width).
    static QString widestText(Mode mode);
    // The settings key ("timeOfDay") and back.
    static QString key(Mode mode);
    static std::optional<Mode> fromKey(const QString &key);
    // The menu text ("Seconds Since &Previous Row").
    static QString title(Mode mode);
    static QList<Mode> modes();

signals:
    void modeChanged(TimeFormat::Mode mode);

private:
    static QString seconds(qint64 nanoseconds);

    Mode m_mode = Mode::TimeOfDay;
    mutable LocalTimeText m_localTime; // the last second's text, for the next rows of that second
};
