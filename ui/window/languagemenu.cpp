#include "ui/window/languagemenu.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    m_system = addLanguage(QStringLiteral("system"));
    addSeparator();
    m_english = addLanguage(QStringLiteral("en"));
    m_spanish = addLanguage(QStringLiteral("es"));
    m_italian = addLanguage(QStringLiteral("it"));
    m_system->setChecked(true);
    retranslateUi();
}

QAction *LanguageMenu::addLanguage(const QString &code)
{
    auto *action = addAction(QString());
    action->setCheckable(true);
    action->setData(code);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
    return action;
}

void LanguageMenu::setCurrent(const QString &code)
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == code)
            action->setChecked(true);
    }
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System Language"));
    // Language names are written in their own language.
    m_english->setText(tr("English", "language name in English; keep it in English"));
    m_spanish->setText(tr("Español", "language name in Spanish; keep it in Spanish"));
    m_italian->setText(tr("Italiano", "language name in Italian; keep it in Italian"));
}
