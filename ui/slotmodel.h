// Every mailslot of this user's namespace as a table: the ones this monitor serves, the ones it
// holds (serves without reading), and those of other processes. Refreshed from
// MailslotRegistry::listAll on a timer and at once on the registry's signals.
//
// Network layer (later): a "seen on the network" state for slots known only from datagrams will
// be merged in here (refresh() takes the namespace list; a second source adds remote rows).
#pragma once

#include "mailslotinfo.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

class MailslotRegistry;
class MailslotServer;

class SlotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, StateColumn, WaitingColumn, NextSizeColumn, MaxSizeColumn, ReadTimeoutColumn,
        ReceivedColumn, RateColumn, ColumnCount
    };
    enum class State { ServedHere, Held, OtherProcess };
    enum Role { SortRole = Qt::UserRole + 1, NameRole };

    static constexpr int kRefreshIntervalMs = 1000;

    explicit SlotModel(MailslotRegistry *registry, QObject *parent = nullptr);

    // Re-reads the namespace now.
    void refresh();
    // The figures of one slot changed (a registry signal).
    void updateInfo(const MailslotInfo &info);
    void retranslate();

    int rowOf(const QString &canonicalName) const;
    QString nameAt(int row) const;
    MailslotInfo infoAt(int row) const;
    State stateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(State state);
    static QString timeoutText(quint32 timeout);
    static QString sizeText(quint32 size, bool unlimitedWhenZero);

signals:
    void refreshed();

private:
    struct Row
    {
        MailslotInfo info;
        State state = State::OtherProcess;
        double rate = 0;      // messages/s
        quint64 rateBase = 0; // totalMessages at the last rate sample
        qint64 rateTime = 0;  // ms of m_clock at the last rate sample
    };

    void watchServer(MailslotServer *server);
    State stateOf(const MailslotInfo &info) const;
    void setRow(int row, const MailslotInfo &info);

    MailslotRegistry *m_registry;
    QList<Row> m_rows; // sorted by name
    QTimer m_timer;
    QElapsedTimer m_clock;
};
