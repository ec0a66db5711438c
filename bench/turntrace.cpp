#include "turntrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace {
constexpr std::size_t kKeptSteps = 16;
constexpr std::size_t kPrintedSteps = 3;
} // namespace

TurnTrace::TurnTrace()
{
    m_clock.start();
    QCoreApplication::instance()->installEventFilter(this);
}

TurnTrace::~TurnTrace()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool TurnTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (QThread::currentThread() != thread())
        return false;
    const qint64 now = m_clock.nsecsElapsed();
    if (!m_steps.empty() && now - m_steps.back().ns > kGapMs * 1000000) {
        QTextStream err(stderr);
        err << "gap " << (now - m_steps.back().ns) / 1000 << " us after";
        for (std::size_t i = m_steps.size() > kPrintedSteps ? m_steps.size() - kPrintedSteps : 0; i < m_steps.size(); ++i)
            err << " [" << m_steps[i].what << "]";
        err << Qt::endl;
    }
    QString what = QString::fromLatin1(watched->metaObject()->className()) + QLatin1Char('/') + watched->objectName()
        + QLatin1Char('/') + QString::number(int(event->type()));
    if ((qobject_cast<QTimer *>(watched) || event->type() == QEvent::MetaCall) && watched->parent())
        what += QLatin1String(" of ") + QString::fromLatin1(watched->parent()->metaObject()->className());
    if (m_steps.size() >= kKeptSteps)
        m_steps.erase(m_steps.begin(), m_steps.begin() + std::ptrdiff_t(kKeptSteps / 2));
    m_steps.push_back({now, what});
    return false;
}
