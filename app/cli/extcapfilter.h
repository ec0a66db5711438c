// The capture filter of the mailslot extcap interfaces: a glob over slot names (`app\*`,
// `\\.\mailslot\app\*`, `app/*`; `*` any characters, `?` one), case-insensitive, matched against
// each row's slot in its canonical local form. Empty: every slot.
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <optional>

class ExtcapFilter
{
    Q_DECLARE_TR_FUNCTIONS(ExtcapFilter)

public:
    // Nullopt and *problem (naming the filter) for text that is no slot-name glob, such as a BPF
    // filter typed out of habit ("udp port 138").
    static std::optional<ExtcapFilter> parse(const QString &text, QString *problem);

    bool matches(const QString &slot) const;
    // The glob as a canonical pattern (\\.\mailslot\app\*); empty for every slot.
    QString pattern() const { return m_pattern; }

private:
    QString m_pattern;
    QRegularExpression m_expression;
};
