// The Network dock's counters: datagrams received, delivered into slots, observed only,
// malformed, duplicates suppressed and dropped, as selectable values that wrap in a narrow dock.
//
// While the box is not seen (its dock behind another dock's tab, as in the default layout, or
// closed) the labels wait and the box shows the latest counters as it shows: setting a
// selectable, wrapping label's text relayouts its document and the form, and the bridge reports
// ten times a second.
#pragma once

#include "core/netio/bridgecounters.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;
class SeenRefresh;

class NetworkCountersBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit NetworkCountersBox(QWidget *parent = nullptr);

    void setCounters(const BridgeCounters &counters);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A value label named objectName (the tests find it so), in a row of its own.
    QLabel *addCounter(const char *objectName);
    void showCounters();
    void retranslateUi();

    QFormLayout *m_form;
    QLabel *m_received;
    QLabel *m_delivered;
    QLabel *m_observed;
    QLabel *m_malformed;
    QLabel *m_duplicates;
    QLabel *m_dropped;
    BridgeCounters m_counters;
    SeenRefresh *m_seen; // labels set while the box is seen
};
