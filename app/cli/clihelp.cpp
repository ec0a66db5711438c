#include "app/cli/clihelp.h"

#include <QStringList>

#include <algorithm>

namespace {
constexpr qsizetype kLineWidth = 79;
constexpr qsizetype kMaxNameWidth = 30;

// Words of text in lines of at most width characters (a longer word gets a line of its own).
QStringList wrap(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}
} // namespace

QString CliHelp::usage(const QString &synopsis)
{
    return tr("Usage: %1").arg(synopsis);
}

QCommandLineOption CliHelp::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QString CliHelp::optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <%1>").arg(option.valueName());
    return syntax;
}

QString CliHelp::table(const QList<QPair<QString, QString>> &rows, qsizetype nameWidth)
{
    const qsizetype column = 2 + nameWidth + 2;
    const QString indent(column, QLatin1Char(' '));
    QString text;
    for (const auto &[name, description] : rows) {
        QString first = QStringLiteral("  ") + name;
        if (first.size() > column - 2) { // too wide: the description starts on the next line
            text += first + QLatin1Char('\n');
            first = indent;
        } else {
            first = first.leftJustified(column);
        }
        const QStringList lines = wrap(description, kLineWidth - column);
        for (qsizetype i = 0; i < lines.size(); ++i)
            text += (i == 0 ? first : indent) + lines.at(i) + QLatin1Char('\n');
    }
    return text;
}

QString CliHelp::commandHelp(const CliCommand &command)
{
    QStringList synopsis{QStringLiteral("mailslot"), command.name(), tr("[options]")};
    QList<QPair<QString, QString>> arguments;
    for (const CliCommand::Argument &argument : command.arguments()) {
        synopsis.append(argument.syntax);
        arguments.append({argument.name, argument.description});
    }
    QList<QPair<QString, QString>> options{{optionSyntax(helpOption()), helpOption().description()}};
    for (const QCommandLineOption &option : command.options()) {
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            options.append({optionSyntax(option), option.description()});
    }
    qsizetype nameWidth = 0; // one column for options and arguments
    for (const auto &row : options + arguments)
        nameWidth = std::max(nameWidth, row.first.size());
    nameWidth = std::min(nameWidth, kMaxNameWidth);
    QString text = usage(synopsis.join(QLatin1Char(' '))) + QLatin1Char('\n')
                   + wrap(command.description(), kLineWidth).join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                   + tr("Options:") + QLatin1Char('\n') + table(options, nameWidth);
    if (!arguments.isEmpty())
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + table(arguments, nameWidth);
    return text;
}
