// The target rows of the Compose form: a recent target, the kind (this computer, a computer, a
// workgroup or domain, every computer), the computer or domain name, the slot path, and the
// resulting name (elided in the middle when the dock is narrow, whole in its tooltip). Owns the
// recent targets; changed() whenever the target changes.
#pragma once

#include "ui/compose/composetarget.h"
#include "ui/compose/recenttargets.h"

#include <QObject>

class ElidedLabel;
class QComboBox;
class QFormLayout;
class QLineEdit;

class ComposeTargetEditor : public QObject
{
    Q_OBJECT

public:
    // Adds its rows to form (labels set by retranslateUi()).
    explicit ComposeTargetEditor(QFormLayout *form, QObject *parent = nullptr);

    ComposeTarget target() const;
    void setTarget(const ComposeTarget &target);

    const RecentTargets &recent() const { return m_recent; }
    void setRecent(const QStringList &names, const QStringList &domains);
    // A run to name (sent as kind) worked: it becomes the first recent target.
    void remember(const QString &name, ComposeTarget::Kind kind);

    void retranslateUi();

signals:
    void changed();

private:
    void createWidgets();
    void chooseRecent(int index);
    void refresh();
    void showRecent();

    QFormLayout *m_form;
    QComboBox *m_recentBox;
    QComboBox *m_kind;
    QLineEdit *m_server;
    QLineEdit *m_path;
    ElidedLabel *m_name;
    RecentTargets m_recent;
};
