// The program's languages: English (the source), Spanish and Italian, switched at run time.
// Installs the project's catalogue and Qt's own (qtbase) so standard dialogs speak the same.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

class Translations
{
public:
    // "en", "es", "it".
    static QStringList available();
    // The language to use for "system": the first UI language of the locale we translate, else "en".
    static QString systemLanguage();
    // Installs the catalogues of language ("system" or empty = systemLanguage()); returns the
    // language installed. Removes any catalogue installed before, so it can be called again.
    static QString install(const QString &language);
    static QString current();
};
