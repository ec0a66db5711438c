// "New slot": a local mailslot name validated as it is typed (MailslotName::parse, with its error
// text), a short syntax help, the maximum message size and the read timeout.
#pragma once

#include "core/slots/mailslotserver.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class NewSlotDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewSlotDialog(QWidget *parent = nullptr);

    QString slotName() const;
    void setSlotName(const QString &name);
    // The canonical name, or empty while the typed name is not a valid local name.
    QString canonicalName() const;
    MailslotServer::Options options() const;
    bool isAcceptable() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_canonical;
    QLabel *m_error;
    QLabel *m_help;
    QLabel *m_maxSizeLabel;
    QSpinBox *m_maxSize;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QCheckBox *m_forever;
    QCheckBox *m_hold;
    QDialogButtonBox *m_buttons;
    QString m_canonicalName;
};
