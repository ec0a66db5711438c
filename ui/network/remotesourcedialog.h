// File > Add Remote Source: the host (as ssh takes it: [user@]host or a ~/.ssh/config alias) and
// what to watch there: the network bridge, a slot (served there by `mailslot serve`), or the
// slots that processes there serve themselves, by name or pattern (`mailslot tap`: their readers
// lose nothing). Checked as it is typed; the ssh options stay in ~/.ssh/config.
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

class RemoteSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RemoteSourceDialog(QWidget *parent = nullptr);

    QString target() const;
    // The remote mailslot command: {"bridge"}, {"serve", slot} or {"tap", name or pattern}.
    QStringList command() const;
    void setTarget(const QString &target);
    void setSlot(const QString &slot); // chooses "a slot" too
    void setTapped(const QString &pattern); // chooses "watch slots served there" too
    bool isAcceptable() const { return m_problem.isEmpty(); }
    // What is wrong with the host or the slot (empty when acceptable).
    QString problem() const { return m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_watchLabel;
    QRadioButton *m_bridge;
    QRadioButton *m_slot;
    QLineEdit *m_slotName;
    QRadioButton *m_tap;
    QLineEdit *m_tapPattern;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};
