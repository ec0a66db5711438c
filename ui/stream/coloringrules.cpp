#include "ui/stream/coloringrules.h"

#include "core/text/decodedsummary.h"
#include "core/text/payloadtext.h"
#include "ui/stream/messagemodel.h"

#include <QBrush>
#include <QSettings>

namespace {
// The rows whose rule is remembered at once (a screenful many times over).
constexpr qsizetype kMatchedCacheSize = 4096;
// The message text a Text rule looks in (as the filter's).
constexpr int kTextChars = 4096;
} // namespace

ColoringRules::ColoringRules(QObject *parent) : QObject(parent), m_rules(defaults()) {}

QList<ColoringRules::Rule> ColoringRules::defaults()
{
    return {
        {true, Field::Kind, QStringLiteral("malformed"), QColor(0xe5, 0x39, 0x35)},
        {true, Field::Kind, QStringLiteral("messenger."), QColor(0xff, 0xa0, 0x00)},
        {true, Field::Kind, QStringLiteral("netlogon."), QColor(0x8e, 0x24, 0xaa)},
        {true, Field::Kind, QStringLiteral("browse."), QColor(0x1e, 0x88, 0xe5)},
        {true, Field::Kind, QStringLiteral("lanman."), QColor(0x00, 0x89, 0x7b)},
    };
}

void ColoringRules::setRules(const QList<Rule> &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    m_matched.clear();
    emit changed();
}

void ColoringRules::setPalette(const QPalette &palette)
{
    if (palette.color(QPalette::Base) == m_palette.color(QPalette::Base)
        && palette.color(QPalette::Text) == m_palette.color(QPalette::Text))
        return;
    m_palette = palette;
    emit changed();
}

QString ColoringRules::fieldText(const StreamRow &row, Field field)
{
    switch (field) {
    case Field::Slot: return row.slot;
    case Field::Source: return MessageModel::sourceText(row);
    case Field::Text: return PayloadText::preview(row.payload, kTextChars);
    case Field::Kind: {
        const ObservedDatagram *d = row.datagram.get();
        if (!d)
            return QStringLiteral("local");
        const auto [parsed, decoded] = d->expanded();
        if (!parsed.isMailslotWrite())
            return QStringLiteral("malformed ") + DecodedSummary::forRow(row);
        if (!decoded)
            return QString();
        const QString kind = decoded->kind();
        return kind + QLatin1Char(' ') + DecodedSummary::kindTitle(kind);
    }
    }
    return {};
}

int ColoringRules::match(const StreamRow &row) const
{
    if (const auto it = m_matched.constFind(row.sequence); it != m_matched.cend())
        return *it;
    int matched = -1;
    for (int i = 0; i < m_rules.size() && matched < 0; ++i) {
        const Rule &rule = m_rules.at(i);
        if (rule.enabled && !rule.pattern.isEmpty() && fieldText(row, rule.field).contains(rule.pattern, Qt::CaseInsensitive))
            matched = i;
    }
    if (m_matched.size() >= kMatchedCacheSize)
        m_matched.clear();
    m_matched.insert(row.sequence, matched);
    return matched;
}

QColor ColoringRules::background(const QColor &color, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base).toRgb();
    const QColor hue = color.toRgb();
    const auto mix = [](float from, float to) { return from + float(kBlend) * (to - from); };
    return QColor::fromRgbF(mix(base.redF(), hue.redF()), mix(base.greenF(), hue.greenF()), mix(base.blueF(), hue.blueF()));
}

QVariant ColoringRules::data(const StreamRow &row, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
        return {};
    const int rule = match(row);
    if (rule < 0)
        return {};
    if (role == Qt::ForegroundRole)
        return QBrush(m_palette.color(QPalette::Active, QPalette::Text));
    return QBrush(background(m_rules.at(rule).color, m_palette));
}

void ColoringRules::load(const QSettings &settings)
{
    // Saved once: the user's list, even an empty one; never saved: the defaults.
    if (!settings.contains(QStringLiteral("coloring/count"))) {
        setRules(defaults());
        return;
    }
    QList<Rule> rules;
    const int count = settings.value(QStringLiteral("coloring/count")).toInt();
    for (int i = 0; i < count; ++i) {
        const QString prefix = QStringLiteral("coloring/rule%1/").arg(i);
        const std::optional<Field> field = fieldFromKey(settings.value(prefix + QStringLiteral("field")).toString());
        const QColor color(settings.value(prefix + QStringLiteral("color")).toString());
        if (!field || !color.isValid())
            continue; // written by a newer monitor, or edited by hand: skipped
        rules.append({settings.value(prefix + QStringLiteral("enabled"), true).toBool(), *field,
                      settings.value(prefix + QStringLiteral("pattern")).toString(), color});
    }
    setRules(rules);
}

void ColoringRules::save(QSettings &settings) const
{
    settings.remove(QStringLiteral("coloring"));
    settings.setValue(QStringLiteral("coloring/count"), m_rules.size());
    for (int i = 0; i < m_rules.size(); ++i) {
        const QString prefix = QStringLiteral("coloring/rule%1/").arg(i);
        const Rule &rule = m_rules.at(i);
        settings.setValue(prefix + QStringLiteral("enabled"), rule.enabled);
        settings.setValue(prefix + QStringLiteral("field"), fieldKey(rule.field));
        settings.setValue(prefix + QStringLiteral("pattern"), rule.pattern);
        settings.setValue(prefix + QStringLiteral("color"), rule.color.name());
    }
}

QString ColoringRules::fieldKey(Field field)
{
    switch (field) {
    case Field::Slot: return QStringLiteral("slot");
    case Field::Source: return QStringLiteral("source");
    case Field::Kind: return QStringLiteral("kind");
    case Field::Text: return QStringLiteral("text");
    }
    return {};
}

std::optional<ColoringRules::Field> ColoringRules::fieldFromKey(const QString &key)
{
    for (const Field field : fields()) {
        if (fieldKey(field) == key)
            return field;
    }
    return std::nullopt;
}

QString ColoringRules::fieldTitle(Field field)
{
    switch (field) {
    case Field::Slot: return tr("Slot");
    case Field::Source: return tr("Source");
    case Field::Kind: return tr("Decoded kind");
    case Field::Text: return tr("Message text");
    }
    return {};
}

QList<ColoringRules::Field> ColoringRules::fields()
{
    return {Field::Slot, Field::Source, Field::Kind, Field::Text};
}
