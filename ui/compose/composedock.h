// Compose: build a target (this computer, a computer, a workgroup or domain, everyone), write a
// payload as text in an encoding, as hex or from a file, and send it once or repeatedly. The byte
// count shows the 424-byte network limit; every run's outcome is logged (success, or the error
// with its Win32 name). The run itself is a SendJob (core/send: a worker thread writes to local
// slots, or sends NetBIOS datagrams to other computers); other computers only while the network is
// on: until then Send is disabled with the reason and a button to the network settings.
// The widgets have object names (composeSend, composePayload, composeLog, ...) for tests.
#pragma once

#include "core/send/sendjob.h"
#include "ui/compose/composepayloadeditor.h"
#include "ui/compose/composetarget.h"

#include <QDockWidget>

#include <optional>

class ComposeTargetEditor;
class MailslotRegistry;
class QAction;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

class ComposeDock : public QDockWidget
{
    Q_OBJECT

public:
    using PayloadMode = ComposePayloadEditor::Mode;

    explicit ComposeDock(MailslotRegistry *registry, QWidget *parent = nullptr);
    // Stops a run in progress (waiting at most for the write in progress).
    ~ComposeDock() override;

    ComposeTarget target() const;
    void setTarget(const QString &name);
    void setTargetParts(ComposeTarget::Kind kind, const QString &server, const QString &path);
    QString targetText() const;

    PayloadMode payloadMode() const;
    void setPayloadMode(PayloadMode mode);
    void setPayloadText(const QString &text);
    void setFilePath(const QString &path);
    void setEncoding(const QString &encodingName);
    // The bytes to send, or nullopt with *error.
    std::optional<QByteArray> payload(QString *error = nullptr) const;

    void setRepeat(int count, int intervalMs);

    // Why Send is disabled (empty when it is enabled).
    QString refusal() const { return m_refusalText; }
    bool canSend() const { return m_refusalText.isEmpty(); }
    bool isSending() const { return m_job.isRunning(); }

    QStringList recentTargets() const;
    // Those of recentTargets() that name a workgroup or domain (\\NAME\... is either).
    QStringList recentDomainTargets() const;
    void setRecentTargets(const QStringList &targets, const QStringList &domains = {});

    // Starts a run (repeat count times, interval apart); sendFinished() when it ends. Returns
    // false if refused (logged) or if a run is in progress.
    bool send();
    void stop();
    // The network was turned on or off: re-checks the target (and ends a network run when off).
    void networkStateChanged();

signals:
    // "Network Settings..." was clicked (the refusal of a network target while the network is off).
    void networkSettingsRequested();
    // The outcome of a run, as logged.
    void sendFinished(bool ok, const QString &text);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    QWidget *createContent();
    void connectWidgets();
    bool networkAvailable() const;
    void validate();
    void updateRepeatSuffix();
    void runFinished(bool ok, const QString &text);
    void logOutcome(bool ok, const QString &text);
    void retranslateUi();

    MailslotRegistry *m_registry;
    QFormLayout *m_form;
    ComposeTargetEditor *m_target;
    ComposePayloadEditor *m_payload;
    QLabel *m_byteCount;
    QSpinBox *m_repeat;
    QSpinBox *m_interval;
    QLabel *m_refusalLabel;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_networkButton;
    QAction *m_sendAction;
    QPlainTextEdit *m_log;

    QString m_refusalText;
    ComposeTarget::Kind m_runKind = ComposeTarget::Kind::ThisComputer;
    SendJob m_job;
};
