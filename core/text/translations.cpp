#include "core/text/translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}
QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("it")};
}

QString Translations::systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &tag : languages) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &requested)
{
    QString language = requested.trimmed().toLower();
    if (language.isEmpty() || language == QLatin1String("system") || !available().contains(language))
        language = systemLanguage();
    for (QTranslator *translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    // English has a catalogue too: its plural forms.
    // Translators are children of the application, so that they go with it at exit.
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/mailslotmonitor_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
    } else {
        delete own;
    }
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed().append(qt);
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(QLocale(language));
    currentLanguage() = language;
    return language;
}

QString Translations::current()
{
    return currentLanguage();
}
