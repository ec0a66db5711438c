#include "ui/window/streamstatusbar.h"

#include "ui/common/plaintooltip.h"
#include "ui/common/refreshthrottle.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

StreamStatusBar::StreamStatusBar(QWidget *parent)
    : QStatusBar(parent), m_slotHint(new QLabel), m_counts(new QLabel), m_network(new QToolButton),
      m_captureProgress(new QProgressBar), m_cancelCapture(new QToolButton),
      m_countsThrottle(new RefreshThrottle(RefreshThrottle::kReadableIntervalMs, [this] { refreshCounts(); }, this)),
      m_progressThrottle(new RefreshThrottle(RefreshThrottle::kReadableIntervalMs, [this] {
          m_captureProgress->setRange(0, kProgressSteps);
          m_captureProgress->setValue(m_progress);
      }, this))
{
    m_slotHint->setObjectName(QStringLiteral("slotStatus"));
    m_slotHint->setTextFormat(Qt::PlainText);
    // The hint may be cut when the permanent figures need the room (its text is in the tooltip).
    m_slotHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_slotHint->setMinimumWidth(80);
    m_counts->setObjectName(QStringLiteral("countStatus"));
    m_counts->setTextFormat(Qt::PlainText);
    m_network->setObjectName(QStringLiteral("networkStatus"));
    m_network->setAutoRaise(true);
    m_network->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_captureProgress->setObjectName(QStringLiteral("captureProgress"));
    m_captureProgress->setMaximumWidth(160);
    m_captureProgress->setTextVisible(true);
    m_captureProgress->hide();
    m_cancelCapture->setObjectName(QStringLiteral("cancelCapture"));
    m_cancelCapture->setAutoRaise(true);
    m_cancelCapture->hide();
    addWidget(m_slotHint, 1);
    // A temporary message covers the slot hint. Hidden explicitly, so that QStatusBar's relayout
    // (the figures on the right change often) does not show it again beneath the message.
    connect(this, &QStatusBar::messageChanged, m_slotHint,
            [this](const QString &message) { m_slotHint->setVisible(message.isEmpty()); });
    addPermanentWidget(m_captureProgress);
    addPermanentWidget(m_cancelCapture);
    addPermanentWidget(m_network);
    addPermanentWidget(m_counts);
    connect(m_network, &QToolButton::clicked, this, &StreamStatusBar::networkClicked);
    connect(m_cancelCapture, &QToolButton::clicked, this, &StreamStatusBar::cancelCaptureClicked);
    retranslateUi();
}

void StreamStatusBar::setDefaultSlot(const QString &name, bool served, const QString &error)
{
    m_defaultSlot = name;
    m_defaultSlotServed = served;
    m_defaultSlotError = error;
    updateSlotHint();
}

void StreamStatusBar::updateSlotHint()
{
    QString text;
    if (m_defaultSlotServed)
        text = tr("Serving %1: try mailslot send mailslot_monitor \"hello\"").arg(m_defaultSlot);
    else if (!m_defaultSlotError.isEmpty())
        text = tr("Not serving %1: %2. Another monitor may be running; its messages are not shown here, but the slot "
                  "is listed.")
                   .arg(m_defaultSlot, m_defaultSlotError);
    m_slotHint->setText(text);
    m_slotHint->setToolTip(PlainToolTip::fromText(text));
}

QString StreamStatusBar::slotHint() const
{
    return m_slotHint->text();
}

void StreamStatusBar::updateCounts(const MessageModel *model, const MessageFilterProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    m_countsThrottle->request();
}

void StreamStatusBar::refreshCounts()
{
    const MessageModel *model = m_model;
    const MessageFilterProxy *proxy = m_proxy;
    const QLocale locale;
    const int rows = model->rowCount();
    const QString received = locale.toString(model->totalMessages());
    // %Ln: the count in the user's locale, and the plural form that goes with it.
    QString text = proxy->isFiltering()
        ? tr("%1 of %Ln message(s) shown, %2 received", nullptr, rows).arg(locale.toString(proxy->rowCount()), received)
        : tr("%Ln message(s) shown, %1 received", nullptr, rows).arg(received);
    // Rows read from capture files are not received traffic: counted apart.
    if (model->totalCaptured() > 0)
        text += QStringLiteral(", ") + tr("%1 from capture files").arg(locale.toString(model->totalCaptured()));
    // Input outran the display: the view shows the newest rows; the counts above miss nothing.
    if (model->totalNotDrawn() > 0)
        text += QStringLiteral(", ") + tr("%1 not drawn").arg(locale.toString(model->totalNotDrawn()));
    m_counts->setText(text);
}

QString StreamStatusBar::countText() const
{
    m_countsThrottle->flushPending();
    return m_counts->text();
}

void StreamStatusBar::setNetworkText(const QString &text, const QString &details)
{
    m_network->setText(text);
    m_networkDetails = details;
    m_network->setToolTip(details + QLatin1Char('\n') + tr("Click for the network settings"));
}

QString StreamStatusBar::networkText() const
{
    return m_network->text();
}

void StreamStatusBar::captureStarted(const QString &name)
{
    m_captureProgress->setRange(0, 0);
    m_captureProgress->show();
    m_cancelCapture->show();
    showMessage(tr("Reading %1...").arg(name));
}

void StreamStatusBar::captureProgress(qint64 bytesRead, qint64 totalBytes)
{
    // At most ten times a second: QProgressBar repaints at once (a synchronous paint of every
    // dirty widget of the window, the whole table included) whenever its figure changes.
    m_progress = totalBytes > 0 ? int(qMin<qint64>(kProgressSteps, bytesRead * kProgressSteps / totalBytes)) : 0;
    m_progressThrottle->request();
}

void StreamStatusBar::captureFinished(const QString &name, bool ok, qint64 datagrams, qint64 frames, bool cancelled)
{
    m_progressThrottle->flushPending();
    m_captureProgress->hide();
    m_cancelCapture->hide();
    if (!ok) {
        showTimed(tr("Could not read %1").arg(name));
        return;
    }
    const QString read = tr("%n datagram(s)", nullptr, int(qMin<qint64>(datagrams, 0x7FFFFFFF)));
    const QString of = tr("%n frame(s)", nullptr, int(qMin<qint64>(frames, 0x7FFFFFFF)));
    showTimed(cancelled ? tr("Stopped reading %1: %2 of the first %3").arg(name, read, of)
                        : tr("Read %1: %2 on UDP port 138 in %3").arg(name, read, of));
}

void StreamStatusBar::showTimed(const QString &text)
{
    showMessage(text, kMessageTimeoutMs);
}

void StreamStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStatusBar::changeEvent(event);
}

void StreamStatusBar::retranslateUi()
{
    m_cancelCapture->setText(tr("Stop Reading"));
    m_captureProgress->setAccessibleName(tr("Capture file progress"));
    m_network->setToolTip(m_networkDetails + QLatin1Char('\n') + tr("Click for the network settings"));
    updateSlotHint();
}
