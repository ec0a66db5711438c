// Every mailslot of this user's namespace as a table: the ones this monitor serves, the ones it
// holds (serves without reading), and those of other processes. Refreshed from
// MailslotRegistry::listAll on a timer and at once on the registry's signals. Slot names seen in
// live network datagrams (the bridge) that no local slot has are listed too, as "seen on the
// network", with the number of datagrams seen as their received count.
#pragma once

#include "core/slots/mailslotinfo.h"
#include "core/stream/streamrow.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
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
    // Unreachable: served here, but its file is no longer in the namespace (the runtime directory
    // was removed under it): no writer can open it; close it and create it again.
    enum class State { ServedHere, Held, OtherProcess, SeenOnNetwork, Unreachable };
    enum Role { SortRole = Qt::UserRole + 1, NameRole };

    static constexpr int kRefreshIntervalMs = 1000;

    explicit SlotModel(MailslotRegistry *registry, QObject *parent = nullptr);

    // Re-reads the namespace now.
    void refresh();
    // The figures of one slot changed (a registry signal).
    void updateInfo(const MailslotInfo &info);
    // Rows of the stream: the slot names of datagrams seen on the network join the list (if no
    // local slot has them); other rows are ignored.
    void noteRows(const StreamRowList &rows);
    // Forgets the slots seen on the network.
    void clearNetworkSlots();
    int networkSlotCount() const { return int(m_network.size()); }
    // Why the system listed only this process's slots (Wine cannot list \\Device\\Mailslot),
    // empty when it listed every slot.
    QString partialListingReason() const { return m_partialListingReason; }
    // The slots the monitor watches (their state says so).
    void setWatched(const QStringList &names);
    bool isWatched(const QString &canonicalName) const { return m_watched.contains(canonicalName); }
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
    void partialListingReasonChanged(const QString &reason);

private:
    struct NetworkSlot
    {
        QString wireName;  // as first seen, e.g. \MAILSLOT\BROWSE
        quint64 datagrams = 0;
        quint64 bytes = 0;
        ObservedDatagram last; // its time and source, formatted only for the tooltip
    };
    // One batch's rows of one slot seen on the network.
    struct BatchTally
    {
        const StreamRow *first = nullptr;
        const StreamRow *last = nullptr;
        quint64 datagrams = 0;
        quint64 bytes = 0;
    };
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
    // A batch's tally added to its slot's; true when the slot is new to the list.
    bool addNetworkTally(const QString &key, const BatchTally &tally);
    QString networkToolTip(const QString &name) const;

    MailslotRegistry *m_registry;
    QList<Row> m_rows; // sorted by name
    QHash<QString, NetworkSlot> m_network; // by the local canonical name of the slot (as listed)
    QSet<QString> m_unreachable;            // served here, missing from the namespace
    QString m_partialListingReason;
    QSet<QString> m_watched;                // watched by this monitor (a tap)
    QTimer m_timer;
    QElapsedTimer m_clock;
};
