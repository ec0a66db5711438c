// The Language menu: the system's language, or English, Spanish or Italian (each named in its
// own language), one checked at a time.
#pragma once

#include <QMenu>

class QActionGroup;

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Checks the entry of a code ("system", "en", "es", "it"); others leave the check as it is.
    void setCurrent(const QString &code);

signals:
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addLanguage(const QString &code);
    void retranslateUi();

    QActionGroup *m_group;
    QAction *m_system;
    QAction *m_english;
    QAction *m_spanish;
    QAction *m_italian;
};
