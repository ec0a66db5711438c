<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BridgeCommand</name>
    <message numerus="yes">
        <source>interface(s) %1</source>
        <translation>
            <numerusform>interface %1</numerusform>
            <numerusform>interfaces %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BridgeCounters</name>
    <message numerus="yes">
        <source>%n datagram(s) received</source>
        <translation>
            <numerusform>%n datagram received</numerusform>
            <numerusform>%n datagrams received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only observed</source>
        <translation>
            <numerusform>%n only observed</numerusform>
            <numerusform>%n only observed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed</source>
        <translation>
            <numerusform>%n malformed</numerusform>
            <numerusform>%n malformed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) suppressed</source>
        <translation>
            <numerusform>%n duplicate suppressed</numerusform>
            <numerusform>%n duplicates suppressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid slot name</source>
        <translation>
            <numerusform>%n with an invalid slot name</numerusform>
            <numerusform>%n with an invalid slot name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel</source>
        <translation>
            <numerusform>%n dropped by the kernel</numerusform>
            <numerusform>%n dropped by the kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n delivery failure</numerusform>
            <numerusform>%n delivery failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BridgeSource</name>
    <message numerus="yes">
        <source>The stream fell behind the network: %n datagram(s) not shown (counted, and delivered into local slots as usual)</source>
        <translation>
            <numerusform>The stream fell behind the network: %n datagram not shown (counted, and delivered into local slots as usual)</numerusform>
            <numerusform>The stream fell behind the network: %n datagrams not shown (counted, and delivered into local slots as usual)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTool</name>
    <message numerus="yes">
        <source>unknown option(s) %1</source>
        <translation>
            <numerusform>unknown option %1</numerusform>
            <numerusform>unknown options %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeDock</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>repeat count</comment>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message numerus="yes">
        <source>%1 is not supported: %n frame(s) skipped</source>
        <translation>
            <numerusform>%1 is not supported: %n frame skipped</numerusform>
            <numerusform>%1 is not supported: %n frames skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3  from %4  %Ln byte(s)</source>
        <translation>
            <numerusform>#%1  %2  %3  from %4  %Ln byte</numerusform>
            <numerusform>#%1  %2  %3  from %4  %Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message numerus="yes">
        <source>Exporting %n row(s) to %1...</source>
        <translation>
            <numerusform>Exporting %n row to %1...</numerusform>
            <numerusform>Exporting %n rows to %1...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n local message(s) skipped)</source>
        <translation>
            <numerusform>(%n local message skipped)</numerusform>
            <numerusform>(%n local messages skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailslotError</name>
    <message numerus="yes">
        <source>The slot&apos;s queue stayed full until the write timed out after %n ms.</source>
        <translation>
            <numerusform>The slot&apos;s queue stayed full until the write timed out after %n ms.</numerusform>
            <numerusform>The slot&apos;s queue stayed full until the write timed out after %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1

%n datagram(s) read before the error are in the stream.</source>
        <translation>
            <numerusform>%1

%n datagram read before the error are in the stream.</numerusform>
            <numerusform>%1

%n datagrams read before the error are in the stream.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageStreamWidget</name>
    <message numerus="yes">
        <source>Paused: %n new message(s) while paused</source>
        <translation>
            <numerusform>Paused: %n new message while paused</numerusform>
            <numerusform>Paused: %n new messages while paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering: %1 of %n message(s)</source>
        <translation>
            <numerusform>Filtering: %1 of %n message</numerusform>
            <numerusform>Filtering: %1 of %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkSend</name>
    <message numerus="yes">
        <source>mailslot: sent %n datagram(s)</source>
        <translation>
            <numerusform>mailslot: sent %n datagram</numerusform>
            <numerusform>mailslot: sent %n datagrams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkSender</name>
    <message numerus="yes">
        <source>%n datagram(s) could not be sent.</source>
        <translation>
            <numerusform>%n datagram could not be sent.</numerusform>
            <numerusform>%n datagrams could not be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservedDatagram</name>
    <message numerus="yes">
        <source>malformed (%1), %n byte(s)</source>
        <translation>
            <numerusform>malformed (%1), %n byte</numerusform>
            <numerusform>malformed (%1), %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message numerus="yes">
        <source>The hexadecimal text has an odd number of digits (%n).</source>
        <translation>
            <numerusform>The hexadecimal text has an odd number of digits (%n).</numerusform>
            <numerusform>The hexadecimal text has an odd number of digits (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message numerus="yes">
        <source>mailslot: %1: %n line(s) were not rows of the stream format (the latest: %2)</source>
        <translation>
            <numerusform>mailslot: %1: %n line were not rows of the stream format (the latest: %2)</numerusform>
            <numerusform>mailslot: %1: %n lines were not rows of the stream format (the latest: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mailslot: %1: reconnecting in %n second(s)</source>
        <translation>
            <numerusform>mailslot: %1: reconnecting in %n second</numerusform>
            <numerusform>mailslot: %1: reconnecting in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteLineParser</name>
    <message numerus="yes">
        <source>longer than %n byte(s) without a newline</source>
        <translation>
            <numerusform>longer than %n byte without a newline</numerusform>
            <numerusform>longer than %n bytes without a newline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteSourcesMenu</name>
    <message numerus="yes">
        <source>%1: lost, reconnecting in %n s</source>
        <translation>
            <numerusform>%1: lost, reconnecting in %n s</numerusform>
            <numerusform>%1: lost, reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message numerus="yes">
        <source>Sent %n message(s) of %1 bytes to %2</source>
        <translation>
            <numerusform>Sent %n message of %1 bytes to %2</numerusform>
            <numerusform>Sent %n messages of %1 bytes to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n datagram(s) %1</source>
        <translation>
            <numerusform>in %n datagram %1</numerusform>
            <numerusform>in %n datagrams %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n message(s) to %1: %2</source>
        <translation>
            <numerusform>Failed after %n message to %1: %2</numerusform>
            <numerusform>Failed after %n messages to %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s) to %1</source>
        <translation>
            <numerusform>Stopped after %n message to %1</numerusform>
            <numerusform>Stopped after %n messages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s) to %1: the network was turned off</source>
        <translation>
            <numerusform>Stopped after %n message to %1: the network was turned off</numerusform>
            <numerusform>Stopped after %n messages to %1: the network was turned off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message numerus="yes">
        <source>%1
Seen on the network in %n datagram(s), the last one from %2 at %3.
No slot of this name is served on this computer.</source>
        <translation>
            <numerusform>%1
Seen on the network in %n datagram, the last one from %2 at %3.
No slot of this name is served on this computer.</numerusform>
            <numerusform>%1
Seen on the network in %n datagrams, the last one from %2 at %3.
No slot of this name is served on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotsDock</name>
    <message numerus="yes">
        <source>%1: %n message(s) not seen by this watch (it fell behind)</source>
        <translation>
            <numerusform>%1: %n message not seen by this watch (it fell behind)</numerusform>
            <numerusform>%1: %n messages not seen by this watch (it fell behind)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message numerus="yes">
        <source>%1 of %Ln byte(s)</source>
        <translation>
            <numerusform>%1 of %Ln byte</numerusform>
            <numerusform>%1 of %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), %1</source>
        <translation>
            <numerusform>%Ln message, %1</numerusform>
            <numerusform>%Ln messages, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamRowReader</name>
    <message numerus="yes">
        <source>&quot;size&quot; is not the number of bytes in &quot;hex&quot; (%n byte(s))</source>
        <translation>
            <numerusform>&quot;size&quot; is not the number of bytes in &quot;hex&quot; (%n byte)</numerusform>
            <numerusform>&quot;size&quot; is not the number of bytes in &quot;hex&quot; (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamStatusBar</name>
    <message numerus="yes">
        <source>%1 of %Ln message(s) shown, %2 received</source>
        <translation>
            <numerusform>%1 of %Ln message shown, %2 received</numerusform>
            <numerusform>%1 of %Ln messages shown, %2 received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown, %1 received</source>
        <translation>
            <numerusform>%Ln message shown, %1 received</numerusform>
            <numerusform>%Ln messages shown, %1 received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TapCommand</name>
    <message numerus="yes">
        <source>mailslot: %1: %n message(s) not seen by this tap</source>
        <translation>
            <numerusform>mailslot: %1: %n message not seen by this tap</numerusform>
            <numerusform>mailslot: %1: %n messages not seen by this tap</numerusform>
        </translation>
    </message>
</context>
</TS>
