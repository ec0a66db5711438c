// Coloring rules of the message stream: the first enabled rule whose text is contained in a
// row's slot, source, decoded kind or message text (case-insensitive) colors the row. A rule
// keeps a hue; the row's background is that hue blended into the view's base color and its text
// keeps the palette's text color, so that rows stay readable on light and dark palettes alike.
// Saved in QSettings ("coloring/..."); the defaults color malformed datagrams and the well-known
// slots (browser, messenger, logon). MessageModel::data() asks it for the row colors
// (MessageModel::setColoringRules).
#pragma once

#include "core/stream/streamrow.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPalette>
#include <QVariant>

#include <optional>

class QSettings;

class ColoringRules : public QObject
{
    Q_OBJECT

public:
    enum class Field { Slot, Source, Kind, Text };
    struct Rule
    {
        bool enabled = true;
        Field field = Field::Text;
        QString pattern; // contained in the field, case-insensitive (empty: never matches)
        QColor color;
        friend bool operator==(const Rule &a, const Rule &b)
        {
            return a.enabled == b.enabled && a.field == b.field && a.pattern == b.pattern && a.color == b.color;
        }
    };
    // How much of the rule's hue goes into the base color.
    static constexpr double kBlend = 0.3;

    explicit ColoringRules(QObject *parent = nullptr);

    QList<Rule> rules() const { return m_rules; }
    void setRules(const QList<Rule> &rules);
    static QList<Rule> defaults();

    // The palette of the view the rows are shown in (its base and text colors).
    void setPalette(const QPalette &palette);

    // The index of the first enabled rule that matches the row (-1: none).
    int match(const StreamRow &row) const;
    // Qt::BackgroundRole and Qt::ForegroundRole of the row's cells; invalid when no rule matches.
    QVariant data(const StreamRow &row, int role) const;
    // A rule color's background on a palette.
    static QColor background(const QColor &color, const QPalette &palette);
    // The text of a row a field rule looks in ("browse.hostAnnouncement Host announcement" for
    // Kind; "malformed ..." for a malformed datagram; "local" for a local message).
    static QString fieldText(const StreamRow &row, Field field);

    void load(const QSettings &settings);
    void save(QSettings &settings) const;
    static QString fieldKey(Field field);
    static std::optional<Field> fieldFromKey(const QString &key);
    static QString fieldTitle(Field field);
    static QList<Field> fields();

signals:
    void changed();

private:
    QList<Rule> m_rules;
    QPalette m_palette;
    // The matched rule by row sequence (bounded; cleared when the rules change).
    mutable QHash<quint64, int> m_matched;
};
