<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>BridgeCommand</name>
    <message>
        <source>Receives mailslot messages from the network (UDP 138, beside nmbd), delivers them into the local slots of the same name and prints each datagram, until Ctrl+C.</source>
        <translation>Riceve dalla rete i messaggi di mailslot (UDP 138, accanto a nmbd), li consegna negli slot locali con lo stesso nome e stampa ogni datagramma, fino a Ctrl+C.</translation>
    </message>
    <message>
        <source>The local address to listen on (default: every address).</source>
        <translation>L&apos;indirizzo locale su cui ascoltare (predefinito: tutti gli indirizzi).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>Print one JSON object per datagram.</source>
        <translation>Stampa un oggetto JSON per datagramma.</translation>
    </message>
    <message>
        <source>Suppress duplicates (same source, datagram id and payload within 2 s).</source>
        <translation>Sopprime i duplicati (stessa origine, id datagramma e payload entro 2 s).</translation>
    </message>
    <message>
        <source>Exit after N datagrams.</source>
        <translation>Termina dopo N datagrammi.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also write what arrives to this pcapng file.</source>
        <translation>Scrive anche ciò che arriva in questo file pcapng.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Only observe: deliver nothing into local slots.</source>
        <translation>Solo osservazione: non consegna nulla agli slot locali.</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IPv4 address</source>
        <translation>--bind: &apos;%1&apos; non è un indirizzo IPv4</translation>
    </message>
    <message>
        <source>every interface</source>
        <translation>tutte le interfacce</translation>
    </message>
    <message numerus="yes">
        <source>interface(s) %1</source>
        <translation>
            <numerusform>interfaccia %1</numerusform>
            <numerusform>interfacce %1</numerusform>
        </translation>
    </message>
    <message>
        <source>bridge takes no arguments</source>
        <translation>bridge non accetta argomenti</translation>
    </message>
    <message>
        <source>mailslot: bridge listening on UDP %1 port %2 on %3 as %4 in workgroup %5 (Ctrl+C to stop)</source>
        <translation>mailslot: bridge in ascolto su UDP %1 porta %2 (%3) come %4 nel gruppo di lavoro %5 (Ctrl+C per fermare)</translation>
    </message>
</context>
<context>
    <name>BridgeCounters</name>
    <message numerus="yes">
        <source>%n datagram(s) received</source>
        <translation>
            <numerusform>%n datagramma ricevuto</numerusform>
            <numerusform>%n datagrammi ricevuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n consegnato</numerusform>
            <numerusform>%n consegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only observed</source>
        <translation>
            <numerusform>%n solo osservato</numerusform>
            <numerusform>%n solo osservati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed</source>
        <translation>
            <numerusform>%n malformato</numerusform>
            <numerusform>%n malformati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) suppressed</source>
        <translation>
            <numerusform>%n duplicato soppresso</numerusform>
            <numerusform>%n duplicati soppressi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid slot name</source>
        <translation>
            <numerusform>%n con un nome di slot non valido</numerusform>
            <numerusform>%n con un nome di slot non valido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel</source>
        <translation>
            <numerusform>%n scartato dal kernel</numerusform>
            <numerusform>%n scartati dal kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n consegna non riuscita</numerusform>
            <numerusform>%n consegne non riuscite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BridgeSource</name>
    <message>
        <source>Network (UDP %1)</source>
        <translation>Rete (UDP %1)</translation>
    </message>
    <message numerus="yes">
        <source>The stream fell behind the network: %n datagram(s) not shown (counted, and delivered into local slots as usual)</source>
        <translation>
            <numerusform>Il flusso è rimasto indietro rispetto alla rete: %n datagramma non mostrato (contato, e consegnato agli slot locali come sempre)</numerusform>
            <numerusform>Il flusso è rimasto indietro rispetto alla rete: %n datagrammi non mostrati (contati, e consegnati agli slot locali come sempre)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowseDecoder</name>
    <message>
        <source>Update count</source>
        <translation>Conteggio aggiornamenti</translation>
    </message>
    <message>
        <source>Periodicity (ms)</source>
        <translation>Periodicità (ms)</translation>
    </message>
    <message>
        <source>Workgroup</source>
        <translation>Gruppo di lavoro</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <source>OS major version</source>
        <translation>Versione principale del SO</translation>
    </message>
    <message>
        <source>OS minor version</source>
        <translation>Versione secondaria del SO</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Tipo di server</translation>
    </message>
    <message>
        <source>Server type flags</source>
        <translation>Flag del tipo di server</translation>
    </message>
    <message>
        <source>Mysterious field</source>
        <translation>Campo misterioso</translation>
    </message>
    <message>
        <source>Browser version major</source>
        <translation>Versione principale del browser</translation>
    </message>
    <message>
        <source>Browser version minor</source>
        <translation>Versione secondaria del browser</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Local master browser</source>
        <translation>Master browser locale</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Response name</source>
        <translation>Nome di risposta</translation>
    </message>
    <message>
        <source>Election version</source>
        <translation>Versione dell&apos;elezione</translation>
    </message>
    <message>
        <source>Election criteria</source>
        <translation>Criteri di elezione</translation>
    </message>
    <message>
        <source>Criteria: OS level</source>
        <translation>Criteri: livello del SO</translation>
    </message>
    <message>
        <source>Criteria: browser version</source>
        <translation>Criteri: versione del browser</translation>
    </message>
    <message>
        <source>Criteria: desire</source>
        <translation>Criteri: preferenza</translation>
    </message>
    <message>
        <source>Criteria: desire flags</source>
        <translation>Criteri: flag di preferenza</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tempo di attività</translation>
    </message>
    <message>
        <source>Requested count</source>
        <translation>Numero richiesto</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Backup server count</source>
        <translation>Numero di server di backup</translation>
    </message>
    <message>
        <source>Backup servers</source>
        <translation>Server di backup</translation>
    </message>
    <message>
        <source>Browser to promote</source>
        <translation>Browser da promuovere</translation>
    </message>
    <message>
        <source>Master browser server name</source>
        <translation>Nome del server master browser</translation>
    </message>
    <message>
        <source>Reset type</source>
        <translation>Tipo di reimpostazione</translation>
    </message>
    <message>
        <source>Reset flags</source>
        <translation>Flag di reimpostazione</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Periodicity (s)</source>
        <translation>Periodicità (s)</translation>
    </message>
</context>
<context>
    <name>CaptureDecoder</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossibile aprire: %2</translation>
    </message>
    <message>
        <source>%1: not a readable capture file at byte offset %2: %3</source>
        <translation>%1: non è un file di cattura leggibile all&apos;offset %2: %3</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opzioni]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>--%1: %2 is too large (at most %3)</source>
        <translation>--%1: %2 è troppo grande (al massimo %3)</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a time in ms</source>
        <translation>--timeout: &apos;%1&apos; non è un tempo in ms</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a positive number</source>
        <translation>--count: &apos;%1&apos; non è un numero positivo</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>infinito</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Our NetBIOS name (default: the host name, upper case).</source>
        <translation>Nome NetBIOS da usare (predefinito: il nome host, in maiuscolo).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Our workgroup or domain (default: smb.conf&apos;s workgroup, else WORKGROUP).</source>
        <translation>Gruppo di lavoro o dominio da usare (predefinito: il gruppo di lavoro di smb.conf, altrimenti WORKGROUP).</translation>
    </message>
    <message>
        <source>A network interface to use (repeatable; default: all).</source>
        <translation>Interfaccia di rete da usare (ripetibile; predefinito: tutte).</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaccia</translation>
    </message>
    <message>
        <source>The NetBIOS datagram port (default 138).</source>
        <translation>Porta dei datagrammi NetBIOS (predefinita 138).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is longer than the %3 characters a NetBIOS name may have</source>
        <translation>--%1: &apos;%2&apos; supera i %3 caratteri che può avere un nome NetBIOS</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number</source>
        <translation>--port: &apos;%1&apos; non è un numero di porta</translation>
    </message>
    <message>
        <source>--code-page: &apos;%1&apos; is not one of cp437, cp850, latin1, utf8</source>
        <translation>--code-page: &apos;%1&apos; non è uno tra cp437, cp850, latin1, utf8</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>È una cartella, non un file.</translation>
    </message>
    <message>
        <source>%1 (see &apos;mailslot --help&apos;)</source>
        <translation>%1 (vedi «mailslot --help»)</translation>
    </message>
    <message>
        <source>%1 (see &apos;mailslot %2 --help&apos;)</source>
        <translation>%1 (vedi «mailslot %2 --help»)</translation>
    </message>
    <message>
        <source>OEM code page of messenger texts: cp437, cp850, latin1 or utf8 (default: %1).</source>
        <translation>Tabella codici OEM dei testi di Messenger: cp437, cp850, latin1 o utf8 (predefinita: %1).</translation>
    </message>
    <message>
        <source>cp</source>
        <translation>cp</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
</context>
<context>
    <name>CliTool</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mailslot &lt;command&gt; [options]</source>
        <translation>mailslot &lt;comando&gt; [opzioni]</translation>
    </message>
    <message numerus="yes">
        <source>unknown option(s) %1</source>
        <translation>
            <numerusform>opzione sconosciuta %1</numerusform>
            <numerusform>opzioni sconosciute %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: mailslot &lt;command&gt; [options]

Win32 mailslots on this computer, from the command line.

Commands:
  serve NAME    create a mailslot and print each message that arrives
  send TARGET   write messages to a mailslot
  list          list every mailslot of this user, with its figures
  info NAME     show one mailslot&apos;s figures (GetMailslotInfo)
  bridge        receive mailslot messages from the network (UDP 138) into local slots
  decode FILE   print the mailslot datagrams of a pcap or pcapng capture file
  remote HOST   run a mailslot command on another host over ssh (-- COMMAND) and print its rows
  tap NAME      watch a mailslot served by any process: a copy of each message
  extcap        the capture interface that Wireshark runs (see the README)

Names: \\.\mailslot\[path\]name, or just [path\]name for this computer;
\\*\mailslot\name, \\DOMAIN\mailslot\name or \\HOST\mailslot\name on the network.
Run &apos;mailslot &lt;command&gt; --help&apos; for the options of a command.

Options:
  -h, --help     show this help
  -v, --version  show the version
</source>
        <translation>Uso: mailslot &lt;comando&gt; [opzioni]

Mailslot Win32 su questo computer, dalla riga di comando.

Comandi:
  serve NOME         crea un mailslot e stampa ogni messaggio in arrivo
  send DESTINAZIONE  scrive messaggi in un mailslot
  list               elenca tutti i mailslot di questo utente, con i relativi dati
  info NOME          mostra i dati di un mailslot (GetMailslotInfo)
  bridge             riceve dalla rete (UDP 138) i messaggi di mailslot negli slot locali
  decode FILE        stampa i datagrammi di mailslot di un file di cattura pcap o pcapng
  remote HOST        esegue un comando mailslot su un altro host via ssh (-- COMANDO) e ne stampa le righe
  tap NOME           osserva un mailslot servito da qualsiasi processo: una copia di ogni messaggio
  extcap             l&apos;interfaccia di cattura eseguita da Wireshark (vedi il README)

Nomi: \\.\mailslot\[percorso\]nome, o solo [percorso\]nome per questo computer;
\\*\mailslot\nome, \\DOMINIO\mailslot\nome o \\HOST\mailslot\nome in rete.
Esegui &apos;mailslot &lt;comando&gt; --help&apos; per le opzioni di un comando.

Opzioni:
  -h, --help     mostra questo aiuto
  -v, --version  mostra la versione
</translation>
    </message>
</context>
<context>
    <name>CodePageBox</name>
    <message>
        <source>%1 (from the locale %2)</source>
        <translation>%1 (dalle impostazioni locali %2)</translation>
    </message>
    <message>
        <source>437 (US)</source>
        <translation>437 (USA)</translation>
    </message>
    <message>
        <source>850 (Western Europe)</source>
        <translation>850 (Europa occidentale)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>The code page of messenger texts and names in received datagrams. Default: %1.</source>
        <translation>La tabella codici dei testi di Messenger e dei nomi nei datagrammi ricevuti. Predefinita: %1.</translation>
    </message>
</context>
<context>
    <name>ColoringRules</name>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Decoded kind</source>
        <translation>Tipo decodificato</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
</context>
<context>
    <name>ColoringRulesDialog</name>
    <message>
        <source>Color %1</source>
        <translation>Colore %1</translation>
    </message>
    <message>
        <source>Rule Color</source>
        <translation>Colore della regola</translation>
    </message>
    <message>
        <source>Coloring Rules</source>
        <translation>Regole di colorazione</translation>
    </message>
    <message>
        <source>A row takes the color of the first enabled rule whose text is in its slot, source, decoded kind (for example browse., netlogon., malformed) or message text; case is ignored.</source>
        <translation>Una riga prende il colore della prima regola attiva il cui testo compare nel suo slot, nell&apos;origine, nel tipo decodificato (per esempio browse., netlogon., malformed) o nel testo del messaggio; maiuscole e minuscole non contano.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Ripristina &amp;predefinite</translation>
    </message>
</context>
<context>
    <name>ComposeDock</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (network limit)</source>
        <translation>%1 di %2 (limite di rete)</translation>
    </message>
    <message>
        <source>The target is not a valid mailslot name.</source>
        <translation>La destinazione non è un nome di mailslot valido.</translation>
    </message>
    <message>
        <source>Send the message (%1)</source>
        <translation>Invia il messaggio (%1)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Componi</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation>Numero di ripetizioni</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervallo:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Interval between messages</source>
        <translation>Intervallo tra i messaggi</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>In&amp;via</translation>
    </message>
    <message>
        <source>&amp;Network Settings...</source>
        <translation>Impostazioni di re&amp;te...</translation>
    </message>
    <message>
        <source>Turn the network on to send to other computers</source>
        <translation>Attiva la rete per inviare ad altri computer</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Fer&amp;ma</translation>
    </message>
    <message>
        <source>Send outcomes</source>
        <translation>Esiti degli invii</translation>
    </message>
    <message>
        <source>The outcome of every send appears here.</source>
        <translation>Qui compare l&apos;esito di ogni invio.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>repeat count</comment>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
</context>
<context>
    <name>ComposePayloadEditor</name>
    <message>
        <source>Choose a file.</source>
        <translation>Scegli un file.</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Il file supera i %1 byte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Send File Contents</source>
        <translation>Invia il contenuto di un file</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Payload:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Byte esadecimali</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Contenuto di un file</translation>
    </message>
    <message>
        <source>Payload kind</source>
        <translation>Tipo di payload</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>C&amp;odifica:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codifica del testo</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Message text, or hex bytes such as 48 65 6c 6c 6f</source>
        <translation>Testo del messaggio, o byte esadecimali come 48 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>File to send</source>
        <translation>File da inviare</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>S&amp;foglia...</translation>
    </message>
    <message>
        <source>%1 (from the locale)</source>
        <translation>%1 (dalle impostazioni locali)</translation>
    </message>
</context>
<context>
    <name>ComposeTarget</name>
    <message>
        <source>Type the computer&apos;s name.</source>
        <translation>Digita il nome del computer.</translation>
    </message>
    <message>
        <source>Type the workgroup or domain name.</source>
        <translation>Digita il nome del gruppo di lavoro o del dominio.</translation>
    </message>
    <message>
        <source>Type the slot&apos;s name.</source>
        <translation>Digita il nome dello slot.</translation>
    </message>
    <message>
        <source>The target is not a valid mailslot name.</source>
        <translation>La destinazione non è un nome di mailslot valido.</translation>
    </message>
    <message>
        <source>The message has %1 bytes; a mailslot message sent over the network may have at most %2 bytes.</source>
        <translation>Il messaggio ha %1 byte; un messaggio di mailslot inviato in rete può avere al massimo %2 byte.</translation>
    </message>
    <message>
        <source>A network mailslot name may only use Latin-1 characters.</source>
        <translation>Un nome di mailslot di rete può usare solo caratteri Latin-1.</translation>
    </message>
    <message>
        <source>Sending to other computers needs the network, which is off: turn it on in the Network settings.</source>
        <translation>Per inviare ad altri computer serve la rete, che è disattivata: attivala nelle impostazioni di rete.</translation>
    </message>
</context>
<context>
    <name>ComposeTargetEditor</name>
    <message>
        <source>Rec&amp;ent:</source>
        <translation>R&amp;ecenti:</translation>
    </message>
    <message>
        <source>Recent targets</source>
        <translation>Destinazioni recenti</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destinazione:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>A computer</source>
        <translation>Un computer</translation>
    </message>
    <message>
        <source>A workgroup or domain</source>
        <translation>Un gruppo di lavoro o dominio</translation>
    </message>
    <message>
        <source>Every computer (*)</source>
        <translation>Tutti i computer (*)</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Tipo di destinazione</translation>
    </message>
    <message>
        <source>C&amp;omputer or domain:</source>
        <translation>&amp;Computer o dominio:</translation>
    </message>
    <message>
        <source>e.g. WORKSTATION1 or WORKGROUP</source>
        <translation>ad es. WORKSTATION1 o WORKGROUP</translation>
    </message>
    <message>
        <source>Computer or domain name</source>
        <translation>Nome del computer o del dominio</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Slot:</translation>
    </message>
    <message>
        <source>e.g. mailslot_monitor or messngr</source>
        <translation>ad es. mailslot_monitor o messngr</translation>
    </message>
    <message>
        <source>Slot path</source>
        <translation>Percorso dello slot</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Resulting mailslot name</source>
        <translation>Nome del mailslot risultante</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(scegline uno)</translation>
    </message>
</context>
<context>
    <name>DatagramFields</name>
    <message>
        <source>unknown field &apos;%1&apos;; the fields are: %2</source>
        <translation>campo sconosciuto «%1»; i campi sono: %2</translation>
    </message>
    <message>
        <source>no field named; the fields are: %1</source>
        <translation>nessun campo indicato; i campi sono: %1</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A pcap or pcapng capture file.</source>
        <translation>Un file di cattura pcap o pcapng.</translation>
    </message>
    <message>
        <source>Print one JSON object per datagram.</source>
        <translation>Stampa un oggetto JSON per datagramma.</translation>
    </message>
    <message>
        <source>Print only these fields, tab-separated, one line per datagram (like tshark -T fields), e.g. slot,hex. Fields: %1.</source>
        <translation>Stampa solo questi campi, separati da tabulazioni, una riga per datagramma (come tshark -T fields), ad es. slot,hex. Campi: %1.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>The UDP port of the datagrams (default 138).</source>
        <translation>La porta UDP dei datagrammi (predefinita 138).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>--json and --fields cannot be combined</source>
        <translation>--json e --fields non possono essere combinati</translation>
    </message>
    <message>
        <source>--fields: %1</source>
        <translation>--fields: %1</translation>
    </message>
    <message>
        <source>decode takes exactly one capture file</source>
        <translation>decode richiede esattamente un file di cattura</translation>
    </message>
    <message>
        <source>link type %1</source>
        <translation>tipo di collegamento %1</translation>
    </message>
    <message>
        <source>link type %1 (%2)</source>
        <translation>tipo di collegamento %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not supported: %n frame(s) skipped</source>
        <translation>
            <numerusform>%1 non è supportato: %n frame ignorato</numerusform>
            <numerusform>%1 non è supportato: %n frame ignorati</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the mailslot datagrams (UDP 138) of a pcap or pcapng capture file, decoded, one per line. With --json, the rows of a saved session (File &gt; Save Session... in the monitor) are shown as they were saved: origin, stream number, host, writer pid and delivery.</source>
        <translation>Stampa i datagrammi mailslot (UDP 138) di un file di cattura pcap o pcapng, decodificati, uno per riga. Con --json, le righe di una sessione salvata (File &gt; Salva sessione... nel monitor) sono mostrate come sono state salvate: origine, numero nel flusso, host, pid dello scrittore e consegna.</translation>
    </message>
</context>
<context>
    <name>DecodedSummary</name>
    <message>
        <source>Host announcement</source>
        <translation>Annuncio host</translation>
    </message>
    <message>
        <source>Announcement request</source>
        <translation>Richiesta di annuncio</translation>
    </message>
    <message>
        <source>Browser election</source>
        <translation>Elezione del browser</translation>
    </message>
    <message>
        <source>Backup list request</source>
        <translation>Richiesta dell&apos;elenco dei browser di backup</translation>
    </message>
    <message>
        <source>Backup list response</source>
        <translation>Risposta con l&apos;elenco dei browser di backup</translation>
    </message>
    <message>
        <source>Become backup browser</source>
        <translation>Diventa browser di backup</translation>
    </message>
    <message>
        <source>Domain announcement</source>
        <translation>Annuncio di dominio</translation>
    </message>
    <message>
        <source>Master browser announcement</source>
        <translation>Annuncio del master browser</translation>
    </message>
    <message>
        <source>Reset browser state</source>
        <translation>Reimposta lo stato del browser</translation>
    </message>
    <message>
        <source>Local master announcement</source>
        <translation>Annuncio del master browser locale</translation>
    </message>
    <message>
        <source>Browser message (unknown opcode)</source>
        <translation>Messaggio del browser (opcode sconosciuto)</translation>
    </message>
    <message>
        <source>LAN Manager host announcement</source>
        <translation>Annuncio host LAN Manager</translation>
    </message>
    <message>
        <source>Messenger message</source>
        <translation>Messaggio Messenger</translation>
    </message>
    <message>
        <source>Logon request</source>
        <translation>Richiesta di accesso</translation>
    </message>
    <message>
        <source>Logon response</source>
        <translation>Risposta di accesso</translation>
    </message>
    <message>
        <source>Primary domain controller query</source>
        <translation>Interrogazione del controller di dominio primario</translation>
    </message>
    <message>
        <source>UAS change announcement</source>
        <translation>Annuncio di modifica UAS</translation>
    </message>
    <message>
        <source>Primary domain controller response</source>
        <translation>Risposta del controller di dominio primario</translation>
    </message>
    <message>
        <source>SAM logon request</source>
        <translation>Richiesta di accesso SAM</translation>
    </message>
    <message>
        <source>SAM logon response</source>
        <translation>Risposta di accesso SAM</translation>
    </message>
    <message>
        <source>SAM logon: service paused</source>
        <translation>Accesso SAM: servizio in pausa</translation>
    </message>
    <message>
        <source>SAM logon: user unknown</source>
        <translation>Accesso SAM: utente sconosciuto</translation>
    </message>
    <message>
        <source>SAM logon response (extended)</source>
        <translation>Risposta di accesso SAM (estesa)</translation>
    </message>
    <message>
        <source>SAM logon: service paused (extended)</source>
        <translation>Accesso SAM: servizio in pausa (esteso)</translation>
    </message>
    <message>
        <source>SAM logon: user unknown (extended)</source>
        <translation>Accesso SAM: utente sconosciuto (esteso)</translation>
    </message>
    <message>
        <source>Netlogon message (unknown opcode)</source>
        <translation>Messaggio Netlogon (opcode sconosciuto)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: %4</source>
        <translation>%1 da %2 a %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>decoded summary: kind, subject</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>decoded summary: kind, subject, comment</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 [truncated]</source>
        <translation>%1 [troncato]</translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation>Malformato: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>malformed reason; decoded summary</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Showing the first %1 of %2 bytes; Copy as Text copies all of them.</source>
        <translation>Mostrati i primi %1 di %2 byte; Copia come testo li copia tutti.</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Nessun messaggio selezionato.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Network message</source>
        <translation>Messaggio di rete</translation>
    </message>
    <message>
        <source>Local message</source>
        <translation>Messaggio locale</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenza</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <source>yes, into %1</source>
        <translation>sì, in %1</translation>
    </message>
    <message>
        <source>no (observed only)</source>
        <translation>no (solo osservato)</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>NetBIOS datagram</source>
        <translation>Datagramma NetBIOS</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo di messaggio</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Datagram ID</source>
        <translation>ID datagramma</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Indirizzo di origine</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nome di origine</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nome di destinazione</translation>
    </message>
    <message>
        <source>Datagram length</source>
        <translation>Lunghezza del datagramma</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Intestazione</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>non leggibile</translation>
    </message>
    <message>
        <source>Mailslot write (SMB)</source>
        <translation>Scrittura su mailslot (SMB)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>1 (reliable)</source>
        <translation>1 (affidabile)</translation>
    </message>
    <message>
        <source>2 (unreliable, broadcast)</source>
        <translation>2 (non affidabile, broadcast)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Data offset</source>
        <translation>Offset dei dati</translation>
    </message>
    <message>
        <source>Data count</source>
        <translation>Conteggio dei dati</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Malformato</translation>
    </message>
    <message>
        <source>Reason key</source>
        <translation>Chiave del motivo</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Troncato</translation>
    </message>
    <message>
        <source>the payload ended before every field was read</source>
        <translation>il payload è terminato prima che tutti i campi fossero letti</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>not a well-known slot: see the Hex and Text tabs</source>
        <translation>non è uno slot noto: vedi le schede Hex e Testo</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;x</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Testo</translation>
    </message>
    <message>
        <source>&amp;Decoded</source>
        <translation>&amp;Decodificato</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Decoded fields</source>
        <translation>Campi decodificati</translation>
    </message>
    <message>
        <source>&amp;Copy Field</source>
        <translation>&amp;Copia campo</translation>
    </message>
    <message>
        <source>Message detail</source>
        <translation>Dettaglio del messaggio</translation>
    </message>
    <message>
        <source>Hexadecimal dump</source>
        <translation>Dump esadecimale</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odifica:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codifica del testo</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copia come testo</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Copia come hex</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>Copia come array C</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Messaggio selezionato</translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3  from %4  %Ln byte(s)</source>
        <translation>
            <numerusform>#%1  %2  %3  da %4  %Ln byte</numerusform>
            <numerusform>#%1  %2  %3  da %4  %Ln byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Writer pid</source>
        <translation>Pid di chi scrive</translation>
    </message>
    <message>
        <source>Delivered by the bridge</source>
        <translation>Consegnato dal bridge</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export...</source>
        <translation>Es&amp;porta...</translation>
    </message>
    <message>
        <source>Write all rows, or the rows the filter shows, as CSV, JSON or pcapng</source>
        <translation>Salva tutte le righe, o solo quelle mostrate dal filtro, in formato CSV, JSON o pcapng</translation>
    </message>
    <message>
        <source>The export starts when the filter has been applied to every message.</source>
        <translation>L&apos;esportazione inizia quando il filtro è stato applicato a tutti i messaggi.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Messages</source>
        <translation>Esporta messaggi</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato di esportazione</translation>
    </message>
    <message>
        <source>&amp;All rows in the stream (%1)</source>
        <translation>&amp;Tutte le righe del flusso (%1)</translation>
    </message>
    <message>
        <source>Only the rows the &amp;filter shows (%1)</source>
        <translation>Solo le righe mostrate dal &amp;filtro (%1)</translation>
    </message>
    <message>
        <source>Local messages:</source>
        <translation>Messaggi locali:</translation>
    </message>
    <message>
        <source>&amp;Skip them (a pcapng file holds network datagrams)</source>
        <translation>&amp;Non includerli (un file pcapng contiene datagrammi di rete)</translation>
    </message>
    <message>
        <source>Write them as &amp;UDP datagrams from 127.0.0.1</source>
        <translation>Scrivili come datagrammi &amp;UDP da 127.0.0.1</translation>
    </message>
    <message>
        <source>Network rows are written as the UDP datagrams they were. A local message has no datagram: if you choose to write it, it becomes the NetBIOS datagram a Windows computer would send for it (a mailslot write to this computer&apos;s name), from 127.0.0.1 port 138 to 127.0.0.1 port 138, with its time and payload, so that Wireshark and mailslot decode show it as a mailslot write. Messages over 65,000 bytes are skipped.</source>
        <translation>Le righe di rete vengono scritte così come sono arrivate, come datagrammi UDP. Un messaggio locale non ha un datagramma: se scegli di scriverlo, diventa il datagramma NetBIOS che un computer Windows invierebbe per esso (una scrittura nel mailslot indirizzata al nome di questo computer), dalla porta 138 di 127.0.0.1 alla porta 138 di 127.0.0.1, con la sua ora e il suo payload, in modo che Wireshark e mailslot decode lo mostrino come una scrittura nel mailslot. I messaggi oltre 65.000 byte vengono omessi.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome file</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Righe:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Export Messages</source>
        <translation>Esporta messaggi</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s) to %1...</source>
        <translation>
            <numerusform>Esportazione di %n riga in %1...</numerusform>
            <numerusform>Esportazione di %n righe in %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Esportata %n riga in %1</numerusform>
            <numerusform>Esportate %n righe in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n local message(s) skipped)</source>
        <translation>
            <numerusform>(%n messaggio locale omesso)</numerusform>
            <numerusform>(%n messaggi locali omessi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtcapCommand</name>
    <message>
        <source>A Wireshark extcap: lets Wireshark and tshark capture local slots (mailslot-slots) and the UDP 138 datagrams received (mailslot-bridge). Wireshark runs it; installed as mailslot-extcap in Wireshark&apos;s extcap folder.</source>
        <translation>Un extcap di Wireshark: permette a Wireshark e tshark di catturare slot locali (mailslot-slots) e i datagrammi UDP 138 ricevuti (mailslot-bridge). Lo esegue Wireshark; è installato come mailslot-extcap nella cartella degli extcap di Wireshark.</translation>
    </message>
    <message>
        <source>List the interfaces.</source>
        <translation>Elenca le interfacce.</translation>
    </message>
    <message>
        <source>The version of Wireshark asking.</source>
        <translation>La versione di Wireshark che chiede.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versione</translation>
    </message>
    <message>
        <source>The interface for the other requests.</source>
        <translation>L&apos;interfaccia delle altre richieste.</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaccia</translation>
    </message>
    <message>
        <source>List the interface&apos;s link type.</source>
        <translation>Elenca il tipo di collegamento dell&apos;interfaccia.</translation>
    </message>
    <message>
        <source>List the interface&apos;s settings.</source>
        <translation>Elenca le impostazioni dell&apos;interfaccia.</translation>
    </message>
    <message>
        <source>Capture into --fifo until stopped.</source>
        <translation>Cattura in --fifo fino all&apos;arresto.</translation>
    </message>
    <message>
        <source>The fifo Wireshark reads.</source>
        <translation>Il fifo che Wireshark legge.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>A slot name glob (app\*); without --capture: only check it.</source>
        <translation>Un glob di nomi di slot (app\*); senza --capture: lo verifica soltanto.</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>glob</translation>
    </message>
    <message>
        <source>Ignored (no toolbar controls).</source>
        <translation>Ignorato (nessun controllo della barra degli strumenti).</translation>
    </message>
    <message>
        <source>Ignored.</source>
        <translation>Ignorato.</translation>
    </message>
    <message>
        <source>option</source>
        <translation>opzione</translation>
    </message>
    <message>
        <source>Only slots matching this glob (as --extcap-capture-filter).</source>
        <translation>Solo gli slot che corrispondono a questo glob (come --extcap-capture-filter).</translation>
    </message>
    <message>
        <source>mailslot-bridge: the UDP port (default 138).</source>
        <translation>mailslot-bridge: la porta UDP (predefinita 138).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>mailslot-bridge: a network interface (repeatable; default: all).</source>
        <translation>mailslot-bridge: un&apos;interfaccia di rete (ripetibile; predefinito: tutte).</translation>
    </message>
    <message>
        <source>extcap takes no arguments</source>
        <translation>extcap non accetta argomenti</translation>
    </message>
    <message>
        <source>--extcap-interface is missing (or use --extcap-interfaces)</source>
        <translation>manca --extcap-interface (oppure usare --extcap-interfaces)</translation>
    </message>
    <message>
        <source>--extcap-interface: unknown interface &apos;%1&apos; (%2 or %3)</source>
        <translation>--extcap-interface: interfaccia sconosciuta &apos;%1&apos; (%2 o %3)</translation>
    </message>
    <message>
        <source>nothing to do: give --extcap-interfaces, --extcap-dlts, --extcap-config or --capture</source>
        <translation>niente da fare: indicare --extcap-interfaces, --extcap-dlts, --extcap-config o --capture</translation>
    </message>
    <message>
        <source>Mailslot Monitor</source>
        <translation>Mailslot Monitor</translation>
    </message>
    <message>
        <source>Mailslots: messages written to a local slot</source>
        <translation>Mailslot: messaggi scritti in uno slot locale</translation>
    </message>
    <message>
        <source>Mailslots: datagrams received on UDP 138</source>
        <translation>Mailslot: datagrammi ricevuti su UDP 138</translation>
    </message>
    <message>
        <source>Mailslot messages as NetBIOS datagrams (IPv4)</source>
        <translation>Messaggi mailslot come datagrammi NetBIOS (IPv4)</translation>
    </message>
    <message>
        <source>Only messages to slots matching this glob, e.g. app/* (a / or a backslash between levels); the capture filter takes the same glob</source>
        <translation>Solo i messaggi agli slot che corrispondono a questo glob, ad es. app/* (una / o una barra rovesciata tra i livelli); il filtro di cattura accetta lo stesso glob</translation>
    </message>
    <message>
        <source>Slot name filter</source>
        <translation>Filtro sul nome dello slot</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>Porta UDP</translation>
    </message>
    <message>
        <source>The NetBIOS datagram port (binding 138 needs CAP_NET_BIND_SERVICE)</source>
        <translation>La porta dei datagrammi NetBIOS (usare la 138 richiede CAP_NET_BIND_SERVICE)</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interfaccia di rete</translation>
    </message>
    <message>
        <source>Only this network interface (default: every one)</source>
        <translation>Solo questa interfaccia di rete (predefinito: tutte)</translation>
    </message>
    <message>
        <source>--capture needs --fifo</source>
        <translation>--capture richiede --fifo</translation>
    </message>
    <message>
        <source>mailslot-slots: the slot to watch, or a pattern such as app\* (default %1: every slot of this user).</source>
        <translation>mailslot-slots: lo slot da osservare, o un modello come app\* (predefinito %1: tutti gli slot di questo utente).</translation>
    </message>
    <message>
        <source>name|pattern</source>
        <translation>nome|modello</translation>
    </message>
    <message>
        <source>Slots to watch</source>
        <translation>Slot da osservare</translation>
    </message>
    <message>
        <source>A slot served by any process of this user, or a pattern (app/*; * every slot): a copy of each message written to it is captured, its reader still gets every message</source>
        <translation>Uno slot servito da qualsiasi processo di questo utente, o un modello (app/*; * tutti gli slot): si cattura una copia di ogni messaggio scritto in esso, e il suo lettore riceve comunque ogni messaggio</translation>
    </message>
    <message>
        <source>--slot %1: %2</source>
        <translation>--slot %1: %2</translation>
    </message>
</context>
<context>
    <name>ExtcapFilter</name>
    <message>
        <source>capture filter &apos;%1&apos; is not a slot name pattern (%2); write a glob such as app\* or \\.\mailslot\app\*</source>
        <translation>il filtro di cattura &apos;%1&apos; non è un modello di nomi di slot (%2); scrivere un glob come app\* o \\.\mailslot\app\*</translation>
    </message>
    <message>
        <source>a slot name pattern has no spaces</source>
        <translation>un modello di nomi di slot non contiene spazi</translation>
    </message>
    <message>
        <source>only local slot names, \\.\mailslot\..., are captured</source>
        <translation>si catturano solo nomi di slot locali, \\.\mailslot\...</translation>
    </message>
    <message>
        <source>the slot name is missing</source>
        <translation>manca il nome dello slot</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Wrapped around to the top</source>
        <translation>Ricominciato dall&apos;inizio</translation>
    </message>
    <message>
        <source>Wrapped around to the bottom</source>
        <translation>Ricominciato dalla fine</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Trova:</translation>
    </message>
    <message>
        <source>Text, slot, source or decoded field</source>
        <translation>Testo, slot, origine o campo decodificato</translation>
    </message>
    <message>
        <source>Find in the stream</source>
        <translation>Trova nel flusso</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <source>Find the next matching row (%1)</source>
        <translation>Trova la riga successiva corrispondente (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Precedente</translation>
    </message>
    <message>
        <source>Find the previous matching row (%1)</source>
        <translation>Trova la riga precedente corrispondente (%1)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Chiudi la barra di ricerca (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Chiudi la barra di ricerca</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Ricerca in corso...</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Shows one mailslot&apos;s figures (GetMailslotInfo), with its queue, server pid and creation time.</source>
        <translation>Mostra i dati di un mailslot (GetMailslotInfo), con la coda, il pid del server e l&apos;ora di creazione.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>The mailslot to inspect.</source>
        <translation>Il mailslot da esaminare.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Stampa un oggetto JSON.</translation>
    </message>
    <message>
        <source>info takes exactly one mailslot name</source>
        <translation>info richiede esattamente un nome di mailslot</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>Nome:                          %1</translation>
    </message>
    <message>
        <source>Max message size: %1</source>
        <translation>Dimensione massima messaggio:  %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Next size:        %1</source>
        <translation>Dimensione prossimo messaggio: %1</translation>
    </message>
    <message>
        <source>Message count:    %1</source>
        <translation>Numero di messaggi:            %1</translation>
    </message>
    <message>
        <source>Read timeout:     %1</source>
        <translation>Timeout di lettura:            %1</translation>
    </message>
    <message>
        <source>Queued bytes:     %1 of %2</source>
        <translation>Byte in coda:                  %1 di %2</translation>
    </message>
    <message>
        <source>Server pid:       %1</source>
        <translation>PID del server:                %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Creato:                        %1</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>the journal&apos;s socket path is too long: %1</source>
        <translation>il percorso del socket del journal è troppo lungo: %1</translation>
    </message>
    <message>
        <source>cannot open a socket for the journal: %1</source>
        <translation>impossibile aprire un socket per il journal: %1</translation>
    </message>
    <message>
        <source>cannot reach the journal at %1: %2</source>
        <translation>impossibile raggiungere il journal in %1: %2</translation>
    </message>
    <message>
        <source>the systemd journal exists on Linux only</source>
        <translation>il journal di systemd esiste solo su Linux</translation>
    </message>
    <message>
        <source>the journal did not take an entry: %1</source>
        <translation>il journal non ha accettato una voce: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Lingua di &amp;sistema</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name in English; keep it in English</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Español</source>
        <comment>language name in Spanish; keep it in Spanish</comment>
        <translation>Español</translation>
    </message>
    <message>
        <source>Italiano</source>
        <comment>language name in Italian; keep it in Italian</comment>
        <translation>Italiano</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Lists every mailslot of this user, with its figures (GetMailslotInfo), server pid and creation time.</source>
        <translation>Elenca tutti i mailslot di questo utente, con i relativi dati (GetMailslotInfo), il pid del server e l&apos;ora di creazione.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Stampa un array JSON.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list non accetta argomenti</translation>
    </message>
    <message>
        <source>No mailslots.</source>
        <translation>Nessun mailslot.</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGGI</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>PROSSIMO</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>TIMEOUT</source>
        <translation>TIMEOUT</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>no figures: %1</source>
        <translation>senza dati: %1</translation>
    </message>
</context>
<context>
    <name>MailslotError</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>Operazione completata.</translation>
    </message>
    <message>
        <source>No mailslot of this name exists, or its server has closed it.</source>
        <translation>Non esiste alcun mailslot con questo nome, oppure il suo server l&apos;ha chiuso.</translation>
    </message>
    <message>
        <source>The path was not found.</source>
        <translation>Percorso non trovato.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Accesso negato.</translation>
    </message>
    <message>
        <source>The mailslot is closed.</source>
        <translation>Il mailslot è chiuso.</translation>
    </message>
    <message>
        <source>Not enough memory for the mailslot.</source>
        <translation>Memoria insufficiente per il mailslot.</translation>
    </message>
    <message>
        <source>The message of %1 bytes is longer than the %2 bytes a network mailslot message may have.</source>
        <translation>Il messaggio di %1 byte supera i %2 byte consentiti per un messaggio di mailslot di rete.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>Percorso di rete non trovato.</translation>
    </message>
    <message>
        <source>The parameter is incorrect.</source>
        <translation>Parametro non corretto.</translation>
    </message>
    <message>
        <source>No message arrived within the read timeout.</source>
        <translation>Nessun messaggio è arrivato entro il timeout di lettura.</translation>
    </message>
    <message>
        <source>The buffer of %1 bytes is too small for the next message of %2 bytes; the message stays queued.</source>
        <translation>Il buffer di %1 byte è troppo piccolo per il prossimo messaggio, di %2 byte; il messaggio resta in coda.</translation>
    </message>
    <message>
        <source>The mailslot name is invalid.</source>
        <translation>Il nome del mailslot non è valido.</translation>
    </message>
    <message>
        <source>A mailslot of this name already exists: another server holds it.</source>
        <translation>Esiste già un mailslot con questo nome: lo detiene un altro server.</translation>
    </message>
    <message>
        <source>The message of %1 bytes does not fit the slot&apos;s queue of %2 bytes.</source>
        <translation>Il messaggio di %1 byte non entra nella coda dello slot, di %2 byte.</translation>
    </message>
    <message numerus="yes">
        <source>The slot&apos;s queue stayed full until the write timed out after %n ms.</source>
        <translation>
            <numerusform>La coda dello slot è rimasta piena finché la scrittura non è scaduta dopo %n ms.</numerusform>
            <numerusform>La coda dello slot è rimasta piena finché la scrittura non è scaduta dopo %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message of %1 bytes is larger than the slot&apos;s maximum message size of %2 bytes.</source>
        <translation>Il messaggio di %1 byte supera la dimensione massima dei messaggi dello slot, di %2 byte.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Operazione non riuscita.</translation>
    </message>
    <message>
        <source>The reading end has gone (broken pipe).</source>
        <translation>Chi leggeva non c&apos;è più (pipe interrotta).</translation>
    </message>
    <message>
        <source>The system has no room for the message of %1 bytes in the slot&apos;s queue; Windows does not make a writer wait, so try again once the server has read some messages.</source>
        <translation>Il sistema non ha spazio per il messaggio di %1 byte nella coda dello slot; Windows non fa attendere chi scrive, quindi riprova quando il server avrà letto qualche messaggio.</translation>
    </message>
    <message>
        <source>The slot&apos;s queue is full, and the write was not allowed to wait.</source>
        <translation>La coda dello slot è piena e la scrittura non poteva attendere.</translation>
    </message>
    <message>
        <source>Remote mailslots are turned off on this computer (Windows 11 24H2 and Windows Server 2025 disable them by default). An administrator can turn them back on with the PowerShell command Set-SmbClientConfiguration -EnableMailslots $true, or with the group policy &quot;Enable remote mailslots&quot; (Computer Configuration &gt; Administrative Templates &gt; Network &gt; Lanman Workstation).</source>
        <translation>I mailslot remoti sono disattivati su questo computer (Windows 11 24H2 e Windows Server 2025 li disattivano per impostazione predefinita). Un amministratore può riattivarli con il comando PowerShell Set-SmbClientConfiguration -EnableMailslots $true, oppure con il criterio di gruppo &quot;Enable remote mailslots&quot; (Configurazione computer &gt; Modelli amministrativi &gt; Rete &gt; Workstation Lanman).</translation>
    </message>
</context>
<context>
    <name>MailslotName</name>
    <message>
        <source>A mailslot can only be created on this computer (\\.\mailslot\...).</source>
        <translation>Un mailslot può essere creato solo su questo computer (\\.\mailslot\...).</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Il nome è vuoto.</translation>
    </message>
    <message>
        <source>The computer or domain name after \\ is missing.</source>
        <translation>Manca il nome del computer o del dominio dopo \\.</translation>
    </message>
    <message>
        <source>The computer or domain name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation>Il nome del computer o del dominio &quot;%1&quot; contiene un carattere non consentito.</translation>
    </message>
    <message>
        <source>A mailslot name continues with \mailslot\ after the computer or domain name.</source>
        <translation>Un nome di mailslot prosegue con \mailslot\ dopo il nome del computer o del dominio.</translation>
    </message>
    <message>
        <source>A name that starts with \ must start with \mailslot\.</source>
        <translation>Un nome che inizia con \ deve iniziare con \mailslot\.</translation>
    </message>
    <message>
        <source>The mailslot name after \mailslot\ is empty.</source>
        <translation>Il nome del mailslot dopo \mailslot\ è vuoto.</translation>
    </message>
    <message>
        <source>The name after \mailslot\ has %1 characters; at most %2 are allowed.</source>
        <translation>Il nome dopo \mailslot\ ha %1 caratteri; ne sono consentiti al massimo %2.</translation>
    </message>
    <message>
        <source>The name contains a NUL character.</source>
        <translation>Il nome contiene un carattere NUL.</translation>
    </message>
    <message>
        <source>The name contains a control character (U+%1).</source>
        <translation>Il nome contiene un carattere di controllo (U+%1).</translation>
    </message>
    <message>
        <source>The name has an empty component (two separators in a row, or one at the end).</source>
        <translation>Il nome ha un componente vuoto (due separatori di seguito, o uno alla fine).</translation>
    </message>
    <message>
        <source>The name has a &quot;%1&quot; component, which is not allowed.</source>
        <translation>Il nome ha un componente &quot;%1&quot;, che non è consentito.</translation>
    </message>
    <message>
        <source>Writing to another computer&apos;s mailslot goes through the network bridge.</source>
        <translation>La scrittura nel mailslot di un altro computer passa attraverso il bridge di rete.</translation>
    </message>
    <message>
        <source>Only mailslots on this computer can be inspected.</source>
        <translation>Si possono esaminare solo i mailslot di questo computer.</translation>
    </message>
    <message>
        <source>The computer or domain name has %1 characters; at most %2 are allowed.</source>
        <translation>Il nome del computer o del dominio ha %1 caratteri; ne sono consentiti al massimo %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About Mailslot Monitor</source>
        <translation>Informazioni su Mailslot Monitor</translation>
    </message>
    <message>
        <source>Mailslot Monitor %1

Watch Win32 mailslots live, send test messages and read slot statistics (GetMailslotInfo).</source>
        <translation>Mailslot Monitor %1

Osserva i mailslot Win32 in tempo reale, invia messaggi di prova e leggi le statistiche degli slot (GetMailslotInfo).</translation>
    </message>
    <message>
        <source>Mailslot Monitor</source>
        <translation>Mailslot Monitor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Slots</source>
        <translation>&amp;Slot</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>&amp;Copia testo del messaggio</translation>
    </message>
    <message>
        <source>&amp;About Mailslot Monitor</source>
        <translation>&amp;Informazioni su Mailslot Monitor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Message detail</source>
        <translation>Dettaglio del messaggio</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>Apri file di cattura</translation>
    </message>
    <message numerus="yes">
        <source>%1

%n datagram(s) read before the error are in the stream.</source>
        <translation>
            <numerusform>%1

Nel flusso c&apos;è %n datagramma letto prima dell&apos;errore.</numerusform>
            <numerusform>%1

Nel flusso ci sono %n datagrammi letti prima dell&apos;errore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation>File di cattura (*.pcapng *.pcap *.cap);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Rete</translation>
    </message>
    <message>
        <source>&amp;Open Capture...</source>
        <translation>&amp;Apri file di cattura...</translation>
    </message>
    <message>
        <source>Network &amp;Settings...</source>
        <translation>&amp;Impostazioni di rete...</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Salva sessione</translation>
    </message>
    <message>
        <source>Read the mailslot datagrams of a pcap or pcapng file, or a saved session, into the stream</source>
        <translation>Legge nel flusso i datagrammi mailslot di un file pcap o pcapng, o una sessione salvata</translation>
    </message>
</context>
<context>
    <name>MalformedReason</name>
    <message>
        <source>Well-formed</source>
        <translation>Ben formato</translation>
    </message>
    <message>
        <source>The datagram is truncated</source>
        <translation>Il datagramma è troncato</translation>
    </message>
    <message>
        <source>Unknown NetBIOS datagram message type</source>
        <translation>Tipo di messaggio del datagramma NetBIOS sconosciuto</translation>
    </message>
    <message>
        <source>Fragmented NetBIOS datagram (mailslots are never fragmented)</source>
        <translation>Datagramma NetBIOS frammentato (i mailslot non sono mai frammentati)</translation>
    </message>
    <message>
        <source>DGM_LENGTH does not match the received size</source>
        <translation>DGM_LENGTH non corrisponde alla dimensione ricevuta</translation>
    </message>
    <message>
        <source>Badly encoded NetBIOS name</source>
        <translation>Nome NetBIOS codificato male</translation>
    </message>
    <message>
        <source>Error or query datagram without user data</source>
        <translation>Datagramma di errore o di query senza dati utente</translation>
    </message>
    <message>
        <source>User data is not an SMB message</source>
        <translation>I dati utente non sono un messaggio SMB</translation>
    </message>
    <message>
        <source>SMB command is not a transaction</source>
        <translation>Il comando SMB non è una transazione</translation>
    </message>
    <message>
        <source>SMB WordCount is not 17</source>
        <translation>WordCount SMB diverso da 17</translation>
    </message>
    <message>
        <source>Transaction SetupCount is not 3</source>
        <translation>SetupCount della transazione diverso da 3</translation>
    </message>
    <message>
        <source>Mailslot opcode is not 1 (write)</source>
        <translation>L&apos;opcode del mailslot non è 1 (scrittura)</translation>
    </message>
    <message>
        <source>DataOffset points outside the message</source>
        <translation>DataOffset punta fuori dal messaggio</translation>
    </message>
    <message>
        <source>DataCount runs past the end of the message</source>
        <translation>DataCount va oltre la fine del messaggio</translation>
    </message>
    <message>
        <source>Mailslot name is not NUL-terminated</source>
        <translation>Il nome del mailslot non è terminato da NUL</translation>
    </message>
    <message>
        <source>Transaction name is not under \MAILSLOT\</source>
        <translation>Il nome della transazione non è sotto \MAILSLOT\</translation>
    </message>
    <message>
        <source>IP fragment: the rest of the UDP datagram is in other frames</source>
        <translation>Frammento IP: il resto del datagramma UDP è in altri frame</translation>
    </message>
    <message>
        <source>The capture kept only part of the frame (snap length)</source>
        <translation>La cattura ha conservato solo una parte del frame (lunghezza di cattura)</translation>
    </message>
    <message>
        <source>The IP length runs past the end of the frame</source>
        <translation>La lunghezza IP va oltre la fine del frame</translation>
    </message>
    <message>
        <source>The UDP length does not match the IP payload</source>
        <translation>La lunghezza UDP non corrisponde al payload IP</translation>
    </message>
</context>
<context>
    <name>MessageExporter</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>pcapng capture</source>
        <translation>Cattura pcapng</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Could not export to %1: it is not a regular file.</source>
        <translation>Impossibile esportare in %1: non è un file normale.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossibile esportare in %1: %2</translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Nothing was written; an existing file was left unchanged.</source>
        <translation>Impossibile esportare in %1: %2. Non è stato scritto nulla; un eventuale file esistente non è stato modificato.</translation>
    </message>
    <message>
        <source>Export to %1 cancelled. Nothing was written; an existing file was left unchanged.</source>
        <translation>Esportazione in %1 annullata. Non è stato scritto nulla; un file esistente è rimasto invariato.</translation>
    </message>
</context>
<context>
    <name>MessageFilterProxy</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Espressione regolare non valida: %1</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>local</source>
        <comment>message source: this computer</comment>
        <translation>locale</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 porta %2</translation>
    </message>
    <message>
        <source>NetBIOS name: %1</source>
        <translation>Nome NetBIOS: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Destinazione: %1</translation>
    </message>
    <message>
        <source>Delivered into the local slot</source>
        <translation>Consegnato nello slot locale</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>message sequence number</comment>
        <translation>N.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Decodificato</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>pid %1</source>
        <comment>message source: the process that wrote it</comment>
        <translation>pid %1</translation>
    </message>
</context>
<context>
    <name>MessageStreamWidget</name>
    <message numerus="yes">
        <source>Paused: %n new message(s) while paused</source>
        <translation>
            <numerusform>In pausa: %n nuovo messaggio durante la pausa</numerusform>
            <numerusform>In pausa: %n nuovi messaggi durante la pausa</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Slot filter</source>
        <translation>Filtro slot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro origine</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Testo nel messaggio</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtro testo</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Espressione &amp;regolare</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause the view: messages are still received and counted</source>
        <translation>Metti in pausa la vista: i messaggi continuano a essere ricevuti e contati</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>S&amp;vuota</translation>
    </message>
    <message>
        <source>Remove every message from the view</source>
        <translation>Rimuovi tutti i messaggi dalla vista</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Trova...</translation>
    </message>
    <message>
        <source>Stream Capacity</source>
        <translation>Capacità del flusso</translation>
    </message>
    <message>
        <source>Keep at most this many messages in the stream (the oldest go first):</source>
        <translation>Mantieni al massimo questo numero di messaggi nel flusso (i più vecchi vengono rimossi per primi):</translation>
    </message>
    <message>
        <source>Stream &amp;Capacity...</source>
        <translation>&amp;Capacità del flusso...</translation>
    </message>
    <message>
        <source>C&amp;oloring Rules...</source>
        <translation>Regole di c&amp;olorazione...</translation>
    </message>
    <message>
        <source>Follow This &amp;Slot</source>
        <translation>Segui questo &amp;slot</translation>
    </message>
    <message>
        <source>Show only the messages of this row&apos;s slot</source>
        <translation>Mostra solo i messaggi dello slot di questa riga</translation>
    </message>
    <message>
        <source>Follow This S&amp;ender</source>
        <translation>Segui questo &amp;mittente</translation>
    </message>
    <message>
        <source>Show only the messages from this row&apos;s sender</source>
        <translation>Mostra solo i messaggi del mittente di questa riga</translation>
    </message>
    <message>
        <source>Show &amp;All Messages</source>
        <translation>Mostra &amp;tutti i messaggi</translation>
    </message>
    <message numerus="yes">
        <source>Filtering: %1 of %n message(s)</source>
        <translation>
            <numerusform>Filtro in corso: %1 di %n messaggio</numerusform>
            <numerusform>Filtro in corso: %1 di %n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Slots whose name contains this text; in double quotes, exactly this name</source>
        <translation>Slot il cui nome contiene questo testo; tra virgolette doppie, esattamente questo nome</translation>
    </message>
    <message>
        <source>Sources that contain this text; in double quotes, exactly this source or address</source>
        <translation>Origini che contengono questo testo; tra virgolette doppie, esattamente questa origine o indirizzo</translation>
    </message>
</context>
<context>
    <name>MessengerDecoder</name>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Code page</source>
        <translation>Tabella codici</translation>
    </message>
</context>
<context>
    <name>NetlogonDecoder</name>
    <message>
        <source>NT version</source>
        <translation>Versione NT</translation>
    </message>
    <message>
        <source>LMNT token</source>
        <translation>Token LMNT</translation>
    </message>
    <message>
        <source>LM20 token</source>
        <translation>Token LM20</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>Opcode name</source>
        <translation>Nome dell&apos;opcode</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nome del computer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Mailslot name</source>
        <translation>Nome del mailslot</translation>
    </message>
    <message>
        <source>Request count</source>
        <translation>Numero di richieste</translation>
    </message>
    <message>
        <source>PDC name</source>
        <translation>Nome del PDC</translation>
    </message>
    <message>
        <source>Computer name (Unicode)</source>
        <translation>Nome del computer (Unicode)</translation>
    </message>
    <message>
        <source>PDC name (Unicode)</source>
        <translation>Nome del PDC (Unicode)</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nome di dominio</translation>
    </message>
    <message>
        <source>Allowable account control</source>
        <translation>Controllo account consentito</translation>
    </message>
    <message>
        <source>Domain SID size</source>
        <translation>Dimensione del SID di dominio</translation>
    </message>
    <message>
        <source>Domain SID</source>
        <translation>SID di dominio</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <source>Sbz</source>
        <translation>Sbz</translation>
    </message>
    <message>
        <source>DS flags</source>
        <translation>Flag DS</translation>
    </message>
    <message>
        <source>Domain GUID</source>
        <translation>GUID di dominio</translation>
    </message>
    <message>
        <source>DNS forest name</source>
        <translation>Nome DNS della foresta</translation>
    </message>
    <message>
        <source>DNS domain name</source>
        <translation>Nome DNS del dominio</translation>
    </message>
    <message>
        <source>DNS host name</source>
        <translation>Nome host DNS</translation>
    </message>
    <message>
        <source>NetBIOS domain name</source>
        <translation>Nome NetBIOS del dominio</translation>
    </message>
    <message>
        <source>NetBIOS computer name</source>
        <translation>Nome NetBIOS del computer</translation>
    </message>
    <message>
        <source>DC site name</source>
        <translation>Nome del sito del DC</translation>
    </message>
    <message>
        <source>Client site name</source>
        <translation>Nome del sito del client</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
</context>
<context>
    <name>NetworkBridge</name>
    <message>
        <source>There is no network interface &quot;%1&quot;.</source>
        <translation>L&apos;interfaccia di rete &quot;%1&quot; non esiste.</translation>
    </message>
    <message>
        <source>Cannot write the capture file %1: %2</source>
        <translation>Impossibile scrivere il file di cattura %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on UDP %1 port %2: %3</source>
        <translation>Impossibile ascoltare su UDP %1 porta %2: %3</translation>
    </message>
    <message>
        <source>Ports below 1024 need root or the CAP_NET_BIND_SERVICE capability: run &apos;sudo setcap cap_net_bind_service=+ep %1&apos;, or choose another port with --port.</source>
        <translation>Le porte sotto 1024 richiedono root o la capability CAP_NET_BIND_SERVICE: esegui &apos;sudo setcap cap_net_bind_service=+ep %1&apos; oppure scegli un&apos;altra porta con --port.</translation>
    </message>
    <message>
        <source>Writing the capture file failed: %1</source>
        <translation>Scrittura del file di cattura non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>NetworkBridgeController</name>
    <message>
        <source>The network bridge is not available on Windows: Windows itself carries mailslot datagrams on UDP 138. Messages to other computers are written through the system.</source>
        <translation>Il bridge di rete non è disponibile su Windows: è Windows stesso a trasportare i datagrammi dei mailslot su UDP 138. I messaggi verso altri computer vengono scritti tramite il sistema.</translation>
    </message>
</context>
<context>
    <name>NetworkCountersBox</name>
    <message>
        <source>%1 by the kernel, %2 not deliverable</source>
        <translation>%1 dal kernel, %2 non consegnabili</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contatori</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ricevuti:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Consegnati:</translation>
    </message>
    <message>
        <source>Observed only:</source>
        <translation>Solo osservati:</translation>
    </message>
    <message>
        <source>Malformed:</source>
        <translation>Malformati:</translation>
    </message>
    <message>
        <source>Duplicates suppressed:</source>
        <translation>Duplicati soppressi:</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>Scartati:</translation>
    </message>
</context>
<context>
    <name>NetworkDock</name>
    <message>
        <source>Network: %1</source>
        <translation>Rete: %1</translation>
    </message>
    <message>
        <source>%1  (not present)</source>
        <translation>%1  (non presente)</translation>
    </message>
    <message>
        <source>The monitor may not listen on UDP port %1: ports below 1024 need root or the CAP_NET_BIND_SERVICE capability.

To fix it, either give the monitor that capability once, then start it again:
    %2
or choose a port from 1024 up in the Network settings (Windows computers and Samba send to port 138, so another port only reaches senders you set to it, such as mailslot send --port).</source>
        <translation>Il monitor non ha il permesso di ascoltare sulla porta UDP %1: le porte sotto 1024 richiedono root o la capability CAP_NET_BIND_SERVICE.

Per risolvere, concedi una volta quella capability al monitor e poi riavvialo:
    %2
oppure scegli una porta da 1024 in su nelle impostazioni di rete (i computer Windows e Samba inviano alla porta 138, quindi un&apos;altra porta raggiunge solo i mittenti configurati per usarla, come mailslot send --port).</translation>
    </message>
    <message>
        <source>The monitor could not listen on UDP port %1: another program uses it without sharing it (Samba&apos;s nmbd shares it). Stop that program or choose another port in the Network settings.

%2</source>
        <translation>Il monitor non è riuscito ad ascoltare sulla porta UDP %1: un altro programma la usa senza condividerla (nmbd di Samba la condivide). Arresta quel programma o scegli un&apos;altra porta nelle impostazioni di rete.

%2</translation>
    </message>
    <message>
        <source>The network could not be turned on: %1</source>
        <translation>Impossibile attivare la rete: %1</translation>
    </message>
    <message>
        <source>Network on: listening on UDP port %1</source>
        <translation>Rete attiva: in ascolto sulla porta UDP %1</translation>
    </message>
    <message>
        <source>Network off</source>
        <translation>Rete disattivata</translation>
    </message>
    <message>
        <source>Network restarted with the new settings</source>
        <translation>Rete riavviata con le nuove impostazioni</translation>
    </message>
    <message>
        <source>Network: off</source>
        <translation>Rete: disattivata</translation>
    </message>
    <message>
        <source>Network: off (could not start)</source>
        <translation>Rete: disattivata (avvio non riuscito)</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>tutte le interfacce</translation>
    </message>
    <message>
        <source>On: listening on UDP port %1 (%2) as %3 in workgroup %4.</source>
        <translation>Attiva: in ascolto sulla porta UDP %1 (%2) come %3 nel gruppo di lavoro %4.</translation>
    </message>
    <message>
        <source>Sending to other computers: by broadcast and name query.</source>
        <translation>Invio ad altri computer: tramite broadcast e query dei nomi.</translation>
    </message>
    <message>
        <source>Sending to other computers: to %1.</source>
        <translation>Invio ad altri computer: a %1.</translation>
    </message>
    <message>
        <source>Off: nothing is received from or sent to other computers.</source>
        <translation>Disattivata: nulla viene ricevuto da altri computer né inviato ad essi.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>&amp;Network On</source>
        <translation>&amp;Rete attiva</translation>
    </message>
    <message>
        <source>Listen for mailslot datagrams on UDP and allow sending to other computers</source>
        <translation>Ascolta i datagrammi di mailslot su UDP e consenti l&apos;invio ad altri computer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Copy the setcap Command</source>
        <translation>Copia il comando setcap</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>UDP &amp;port:</source>
        <translation>&amp;Porta UDP:</translation>
    </message>
    <message>
        <source>NetBIOS &amp;name:</source>
        <translation>&amp;Nome NetBIOS:</translation>
    </message>
    <message>
        <source>&amp;Workgroup:</source>
        <translation>&amp;Gruppo di lavoro:</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>&amp;Interfacce:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>In&amp;via a:</translation>
    </message>
    <message>
        <source>Windows and Samba use port 138; ports below 1024 need the CAP_NET_BIND_SERVICE capability</source>
        <translation>Windows e Samba usano la porta 138; le porte sotto 1024 richiedono la capability CAP_NET_BIND_SERVICE</translation>
    </message>
    <message>
        <source>NetBIOS name</source>
        <translation>Nome NetBIOS</translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s host name</source>
        <translation>Vuoto: il nome host del computer</translation>
    </message>
    <message>
        <source>Workgroup</source>
        <translation>Gruppo di lavoro</translation>
    </message>
    <message>
        <source>Empty: the workgroup of smb.conf, or WORKGROUP</source>
        <translation>Vuoto: il gruppo di lavoro di smb.conf, o WORKGROUP</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfacce di rete</translation>
    </message>
    <message>
        <source>None checked: every interface.</source>
        <translation>Nessuna selezionata: tutte le interfacce.</translation>
    </message>
    <message>
        <source>empty: broadcast, or find the computer by name</source>
        <translation>vuoto: broadcast, o trova il computer per nome</translation>
    </message>
    <message>
        <source>Send to address</source>
        <translation>Indirizzo di invio</translation>
    </message>
    <message>
        <source>An IPv4 address or host name that every network message is sent to instead</source>
        <translation>Un indirizzo IPv4 o nome host a cui inviare invece tutti i messaggi di rete</translation>
    </message>
    <message>
        <source>&amp;Apply and Restart</source>
        <translation>&amp;Applica e riavvia</translation>
    </message>
    <message>
        <source>Restart the network with these settings</source>
        <translation>Riavvia la rete con queste impostazioni</translation>
    </message>
    <message>
        <source>Network: UDP %1 on %2: %3 received, %4 delivered, %5 malformed, %6 duplicates, %7 dropped</source>
        <translation>Rete: UDP %1 su %2: %3 ricevuti, %4 consegnati, %5 malformati, %6 duplicati, %7 scartati</translation>
    </message>
    <message>
        <source>Network &amp;on</source>
        <translation>Rete a&amp;ttiva</translation>
    </message>
    <message>
        <source>Receive datagrams and send to other computers.</source>
        <translation>Riceve i datagrammi e permette di inviare ad altri computer.</translation>
    </message>
    <message>
        <source>&amp;Suppress duplicates</source>
        <translation>&amp;Sopprimi i duplicati</translation>
    </message>
    <message>
        <source>The same sender, ID and data within 2 s count once.</source>
        <translation>Stesso mittente, ID e dati entro 2 s: contano una volta sola.</translation>
    </message>
    <message>
        <source>&amp;Deliver into local slots</source>
        <translation>&amp;Consegna agli slot locali</translation>
    </message>
    <message>
        <source>Messages for this computer go into its slots.</source>
        <translation>I messaggi per questo computer vanno nei suoi slot.</translation>
    </message>
    <message>
        <source>Windows and Samba use port 138</source>
        <translation>Windows e Samba usano la porta 138</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>Tabella codici OE&amp;M:</translation>
    </message>
    <message>
        <source>Network: UDP %1</source>
        <translation>Rete: UDP %1</translation>
    </message>
</context>
<context>
    <name>NetworkIdentity</name>
    <message>
        <source>The NetBIOS name is empty.</source>
        <translation>Il nome NetBIOS è vuoto.</translation>
    </message>
    <message>
        <source>The NetBIOS name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation>Il nome NetBIOS &quot;%1&quot; contiene un carattere non consentito.</translation>
    </message>
</context>
<context>
    <name>NetworkSend</name>
    <message>
        <source>--priority: &apos;%1&apos; is not a number from 0 to 9</source>
        <translation>--priority: &apos;%1&apos; non è un numero da 0 a 9</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: sent %n datagram(s)</source>
        <translation>
            <numerusform>mailslot: inviato %n datagramma</numerusform>
            <numerusform>mailslot: inviati %n datagrammi</numerusform>
        </translation>
    </message>
    <message>
        <source>as %1 to %2 at %3 port %4, from port %5</source>
        <translation>come %1 a %2 su %3 porta %4, dalla porta %5</translation>
    </message>
</context>
<context>
    <name>NetworkSender</name>
    <message>
        <source>%1 is a mailslot on this computer.</source>
        <translation>%1 è un mailslot su questo computer.</translation>
    </message>
    <message>
        <source>Sending to other computers is not enabled.</source>
        <translation>L&apos;invio ad altri computer non è abilitato.</translation>
    </message>
    <message>
        <source>A network mailslot name may only use Latin-1 characters.</source>
        <translation>Un nome di mailslot di rete può usare solo caratteri Latin-1.</translation>
    </message>
    <message>
        <source>There is no network interface &quot;%1&quot;.</source>
        <translation>L&apos;interfaccia di rete &quot;%1&quot; non esiste.</translation>
    </message>
    <message>
        <source>The network interface &quot;%1&quot; is down or has no IPv4 broadcast address.</source>
        <translation>L&apos;interfaccia di rete &quot;%1&quot; è inattiva o non ha un indirizzo di broadcast IPv4.</translation>
    </message>
    <message>
        <source>No running network interface has an IPv4 broadcast address.</source>
        <translation>Nessuna interfaccia di rete attiva ha un indirizzo di broadcast IPv4.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not an IPv4 address or a known host.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; non è un indirizzo IPv4 né un host noto.</translation>
    </message>
    <message>
        <source>The computer &quot;%1&quot; did not answer a NetBIOS name query and the system resolver does not know it; give its address with --to.</source>
        <translation>Il computer &quot;%1&quot; non ha risposto a una query dei nomi NetBIOS e il resolver di sistema non lo conosce; indica il suo indirizzo con --to.</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket: %1</source>
        <translation>Impossibile aprire un socket UDP: %1</translation>
    </message>
    <message>
        <source>Sending to %1 port %2 failed: %3</source>
        <translation>Invio a %1 porta %2 non riuscito: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) could not be sent.</source>
        <translation>
            <numerusform>Impossibile inviare %n datagramma.</numerusform>
            <numerusform>Impossibile inviare %n datagrammi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Choose a UDP port from 1 to 65535.</source>
        <translation>Scegli una porta UDP da 1 a 65535.</translation>
    </message>
    <message>
        <source>NetBIOS name: %1</source>
        <translation>Nome NetBIOS: %1</translation>
    </message>
    <message>
        <source>Workgroup: %1</source>
        <translation>Gruppo di lavoro: %1</translation>
    </message>
    <message>
        <source>Send to: &quot;%1&quot; is not an IPv4 address.</source>
        <translation>Invia a: &quot;%1&quot; non è un indirizzo IPv4.</translation>
    </message>
</context>
<context>
    <name>NewSlotDialog</name>
    <message>
        <source>Type a name, e.g. mailslot_demo or \\.\mailslot\demo\events.</source>
        <translation>Digita un nome, ad es. mailslot_demo o \\.\mailslot\demo\events.</translation>
    </message>
    <message>
        <source>A slot can only be created on this computer (\\.\mailslot\...); %1 names another computer.</source>
        <translation>Uno slot può essere creato solo su questo computer (\\.\mailslot\...); %1 indica un altro computer.</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>Verrà creato %1</translation>
    </message>
    <message>
        <source>New Mailslot</source>
        <translation>Nuovo mailslot</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>mailslot_demo</source>
        <translation>mailslot_demo</translation>
    </message>
    <message>
        <source>Mailslot name</source>
        <translation>Nome del mailslot</translation>
    </message>
    <message>
        <source>&amp;Maximum message size:</source>
        <translation>Dimensione &amp;massima dei messaggi:</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Qualsiasi dimensione</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> byte</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>Dimensione massima dei messaggi</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>&amp;Timeout di lettura:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Timeout di lettura</translation>
    </message>
    <message>
        <source>Wait &amp;forever</source>
        <translation>Attendi &amp;indefinitamente</translation>
    </message>
    <message>
        <source>&amp;Hold: create the slot but do not read it yet</source>
        <translation>&amp;Sospendi: crea lo slot ma non leggerlo ancora</translation>
    </message>
    <message>
        <source>Syntax: \\.\mailslot\[path\]name, or just [path\]name for this computer. Names are case-insensitive; &apos;/&apos; is taken as &apos;\&apos;. A name can be used by one server at a time.</source>
        <translation>Sintassi: \\.\mailslot\[percorso\]nome, o solo [percorso\]nome per questo computer. I nomi non distinguono tra maiuscole e minuscole; &apos;/&apos; viene interpretato come &apos;\&apos;. Un nome può essere usato da un solo server alla volta.</translation>
    </message>
</context>
<context>
    <name>ObservedDatagram</name>
    <message numerus="yes">
        <source>malformed (%1), %n byte(s)</source>
        <translation>
            <numerusform>malformato (%1), %n byte</numerusform>
            <numerusform>malformato (%1), %n byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>[delivered to %1]</source>
        <translation>[consegnato a %1]</translation>
    </message>
</context>
<context>
    <name>OemCodec</name>
    <message>
        <source>%1, from the locale %2</source>
        <translation>%1, dalle impostazioni locali %2</translation>
    </message>
    <message>
        <source>%1, from the locale %2; Windows uses %3 there, which is not decoded here, and %1 is the nearest</source>
        <translation>%1, dalle impostazioni locali %2; lì Windows usa %3, che qui non viene decodificata, e %1 è la più vicina</translation>
    </message>
</context>
<context>
    <name>PayloadFile</name>
    <message>
        <source>It is not a regular file (a device, FIFO or socket); --file sends the contents of a regular file.</source>
        <translation>Non è un file regolare (è un dispositivo, una FIFO o un socket); --file invia il contenuto di un file regolare.</translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <source>The character &quot;%1&quot; (U+%2) cannot be written in %3.</source>
        <translation>Il carattere &quot;%1&quot; (U+%2) non può essere scritto in %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit.</source>
        <translation>&quot;%1&quot; non è una cifra esadecimale.</translation>
    </message>
    <message numerus="yes">
        <source>The hexadecimal text has an odd number of digits (%n).</source>
        <translation>
            <numerusform>Il testo esadecimale ha un numero dispari di cifre (%n).</numerusform>
            <numerusform>Il testo esadecimale ha un numero dispari di cifre (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16LE</source>
        <translation>UTF-16LE</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>OEM 437 (US)</source>
        <translation>OEM 437 (USA)</translation>
    </message>
    <message>
        <source>OEM 850 (Western Europe)</source>
        <translation>OEM 850 (Europa occidentale)</translation>
    </message>
</context>
<context>
    <name>PcapReader</name>
    <message>
        <source>The capture device is not open for reading</source>
        <translation>Il dispositivo di cattura non è aperto in lettura</translation>
    </message>
    <message>
        <source>Empty file: not a capture file</source>
        <translation>File vuoto: non è un file di cattura</translation>
    </message>
    <message>
        <source>Truncated capture file header at offset %1</source>
        <translation>Intestazione del file di cattura troncata all&apos;offset %1</translation>
    </message>
    <message>
        <source>Not a capture file (unknown magic %1 at offset 0)</source>
        <translation>Non è un file di cattura (magic number %1 sconosciuto all&apos;offset 0)</translation>
    </message>
    <message>
        <source>Truncated pcap file header at offset %1</source>
        <translation>Intestazione del file pcap troncata all&apos;offset %1</translation>
    </message>
    <message>
        <source>Unsupported pcap version %1</source>
        <translation>Versione pcap %1 non supportata</translation>
    </message>
    <message>
        <source>Truncated pcap record header at offset %1</source>
        <translation>Intestazione del record pcap troncata all&apos;offset %1</translation>
    </message>
    <message>
        <source>pcap record at offset %1 claims %2 bytes (corrupt file)</source>
        <translation>Il record pcap all&apos;offset %1 dichiara %2 byte (file danneggiato)</translation>
    </message>
    <message>
        <source>Truncated pcap record data at offset %1 (record at offset %2)</source>
        <translation>Dati del record pcap troncati all&apos;offset %1 (record all&apos;offset %2)</translation>
    </message>
    <message>
        <source>Section header block at offset %1 is too short</source>
        <translation>Il blocco Section Header all&apos;offset %1 è troppo corto</translation>
    </message>
    <message>
        <source>Unsupported pcapng version %1 at offset %2</source>
        <translation>Versione pcapng %1 non supportata all&apos;offset %2</translation>
    </message>
    <message>
        <source>Interface description block at offset %1 is too short</source>
        <translation>Il blocco Interface Description all&apos;offset %1 è troppo corto</translation>
    </message>
    <message>
        <source>Bad option length in interface block at offset %1</source>
        <translation>Lunghezza dell&apos;opzione errata nel blocco di interfaccia all&apos;offset %1</translation>
    </message>
    <message>
        <source>Unsupported if_tsresol in block at offset %1</source>
        <translation>if_tsresol non supportato nel blocco all&apos;offset %1</translation>
    </message>
    <message>
        <source>Truncated pcapng section header at offset %1</source>
        <translation>Intestazione di sezione pcapng troncata all&apos;offset %1</translation>
    </message>
    <message>
        <source>Truncated pcapng block header at offset %1</source>
        <translation>Intestazione di blocco pcapng troncata all&apos;offset %1</translation>
    </message>
    <message>
        <source>Not a capture file (pcapng byte-order magic missing at offset 8)</source>
        <translation>Non è un file di cattura (magic number dell&apos;ordine dei byte pcapng assente all&apos;offset 8)</translation>
    </message>
    <message>
        <source>Bad pcapng byte-order magic at offset %1</source>
        <translation>Magic number dell&apos;ordine dei byte pcapng errato all&apos;offset %1</translation>
    </message>
    <message>
        <source>Bad pcapng block length %1 at offset %2</source>
        <translation>Lunghezza del blocco pcapng %1 errata all&apos;offset %2</translation>
    </message>
    <message>
        <source>pcapng block at offset %1 claims %2 bytes (corrupt file)</source>
        <translation>Il blocco pcapng all&apos;offset %1 dichiara %2 byte (file danneggiato)</translation>
    </message>
    <message>
        <source>Truncated pcapng block at offset %1 (file ends at offset %2)</source>
        <translation>Blocco pcapng troncato all&apos;offset %1 (il file termina all&apos;offset %2)</translation>
    </message>
    <message>
        <source>pcapng block at offset %1: trailing length %2 differs from %3</source>
        <translation>Blocco pcapng all&apos;offset %1: la lunghezza finale %2 è diversa da %3</translation>
    </message>
    <message>
        <source>Enhanced packet block at offset %1 is too short</source>
        <translation>Il blocco Enhanced Packet all&apos;offset %1 è troppo corto</translation>
    </message>
    <message>
        <source>Enhanced packet block at offset %1: captured length %2 exceeds the block</source>
        <translation>Blocco Enhanced Packet all&apos;offset %1: la lunghezza catturata %2 supera il blocco</translation>
    </message>
    <message>
        <source>Enhanced packet block at offset %1 refers to unknown interface %2</source>
        <translation>Il blocco Enhanced Packet all&apos;offset %1 fa riferimento all&apos;interfaccia sconosciuta %2</translation>
    </message>
    <message>
        <source>Simple packet block at offset %1 is too short</source>
        <translation>Il blocco Simple Packet all&apos;offset %1 è troppo corto</translation>
    </message>
    <message>
        <source>Simple packet block at offset %1 without an interface</source>
        <translation>Blocco Simple Packet all&apos;offset %1 senza interfaccia</translation>
    </message>
</context>
<context>
    <name>PcapngWriter</name>
    <message>
        <source>The capture device is not open for writing</source>
        <translation>Il dispositivo di cattura non è aperto in scrittura</translation>
    </message>
    <message>
        <source>UDP payload too large</source>
        <translation>Payload UDP troppo grande</translation>
    </message>
    <message>
        <source>Packet comment too long (%1 bytes, at most 65535)</source>
        <translation>Commento del pacchetto troppo lungo (%1 byte, al massimo 65535)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valore mancante dopo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valore non previsto dopo &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>RateGraph</name>
    <message>
        <source>%1/s</source>
        <comment>rate graph scale</comment>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>Runs a mailslot command on another host through your own ssh (your keys, agent and ~/.ssh/config) and prints what it sees, each row with its host, until Ctrl+C; reconnects when the connection is lost.</source>
        <translation>Esegue un comando mailslot su un altro host tramite il tuo ssh (le tue chiavi, l&apos;agente e ~/.ssh/config) e stampa ciò che vede, ogni riga con il suo host, fino a Ctrl+C; si riconnette quando la connessione si perde.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>[user@]host</source>
        <translation>[utente@]host</translation>
    </message>
    <message>
        <source>The host, as ssh takes it.</source>
        <translation>L&apos;host, come lo accetta ssh.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>-- command...</source>
        <translation>-- comando...</translation>
    </message>
    <message>
        <source>The mailslot command to run there, e.g. -- bridge, or -- serve demo.</source>
        <translation>Il comando mailslot da eseguire lì, ad es. -- bridge, o -- serve demo.</translation>
    </message>
    <message>
        <source>The ssh program to run (default: ssh).</source>
        <translation>Il programma ssh da eseguire (predefinito: ssh).</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>Print one JSON object per row, with its host.</source>
        <translation>Stampa un oggetto JSON per riga, con il suo host.</translation>
    </message>
    <message>
        <source>Exit after N rows.</source>
        <translation>Esce dopo N righe.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>remote takes a host and a mailslot command: mailslot remote HOST -- bridge</source>
        <translation>remote richiede un host e un comando mailslot: mailslot remote HOST -- bridge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host</source>
        <translation>&apos;%1&apos; non è un host</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: %1: %n line(s) were not rows of the stream format (the latest: %2)</source>
        <translation>
            <numerusform>mailslot: %1: %n riga non era una riga del formato di flusso (l&apos;ultima: %2)</numerusform>
            <numerusform>mailslot: %1: %n righe non erano righe del formato di flusso (l&apos;ultima: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>mailslot: %1: live (%2)</source>
        <translation>mailslot: %1: in diretta (%2)</translation>
    </message>
    <message>
        <source>mailslot: %1: lost: %2</source>
        <translation>mailslot: %1: persa: %2</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: %1: reconnecting in %n second(s)</source>
        <translation>
            <numerusform>mailslot: %1: riconnessione tra %n secondo</numerusform>
            <numerusform>mailslot: %1: riconnessione tra %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>mailslot: %1: the remote command ended</source>
        <translation>mailslot: %1: il comando remoto è terminato</translation>
    </message>
</context>
<context>
    <name>RemoteLineParser</name>
    <message numerus="yes">
        <source>longer than %n byte(s) without a newline</source>
        <translation>
            <numerusform>più lunga di %n byte senza a capo</numerusform>
            <numerusform>più lunga di %n byte senza a capo</numerusform>
        </translation>
    </message>
    <message>
        <source>a header line in the middle of the stream</source>
        <translation>una riga di intestazione a metà del flusso</translation>
    </message>
    <message>
        <source>no %1 header: rows are read as version %2</source>
        <translation>nessuna intestazione %1: le righe sono lette come versione %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
</context>
<context>
    <name>RemoteSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>In diretta</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Riconnessione</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminata</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossibile eseguire %1: %2</translation>
    </message>
</context>
<context>
    <name>RemoteSourceDialog</name>
    <message>
        <source>Type the host, as ssh takes it: host, user@host or an alias of ~/.ssh/config.</source>
        <translation>Scrivi l&apos;host, come lo accetta ssh: host, utente@host o un alias di ~/.ssh/config.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host: no spaces, and no leading &apos;-&apos;.</source>
        <translation>&apos;%1&apos; non è un host: niente spazi e niente &apos;-&apos; iniziale.</translation>
    </message>
    <message>
        <source>The slot name is not valid: %1</source>
        <translation>Il nome dello slot non è valido: %1</translation>
    </message>
    <message>
        <source>Name a slot of that host: \\.\mailslot\name, or just name.</source>
        <translation>Indica uno slot di quell&apos;host: \\.\mailslot\nome, o solo nome.</translation>
    </message>
    <message>
        <source>Add Remote Source</source>
        <translation>Aggiungi sorgente remota</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>user@host</source>
        <translation>utente@host</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>Osserva:</translation>
    </message>
    <message>
        <source>The &amp;network bridge (UDP 138)</source>
        <translation>Il bridge di &amp;rete (UDP 138)</translation>
    </message>
    <message>
        <source>A &amp;slot:</source>
        <translation>Uno &amp;slot:</translation>
    </message>
    <message>
        <source>\\.\mailslot\name</source>
        <translation>\\.\mailslot\nome</translation>
    </message>
    <message>
        <source>Runs mailslot on that host through your own ssh, with your keys, agent and ~/.ssh/config: no password is asked for here. mailslot must be installed there.</source>
        <translation>Esegue mailslot su quell&apos;host tramite il tuo ssh, con le tue chiavi, l&apos;agente e ~/.ssh/config: qui non viene chiesta alcuna password. mailslot deve essere installato lì.</translation>
    </message>
    <message>
        <source>The slots to watch are not valid: %1</source>
        <translation>Gli slot da osservare non sono validi: %1</translation>
    </message>
    <message>
        <source>Slots served there by any process, &amp;watched (name or pattern, * for all):</source>
        <translation>Slot serviti lì da qualsiasi processo, &amp;osservati (nome o modello, * per tutti):</translation>
    </message>
    <message>
        <source>A copy of each message written to the slots that match; their readers there still get every message</source>
        <translation>Una copia di ogni messaggio scritto negli slot corrispondenti; i loro lettori lì ricevono comunque ogni messaggio</translation>
    </message>
</context>
<context>
    <name>RemoteSourcesMenu</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: lost, reconnecting in %n s</source>
        <translation>
            <numerusform>%1: persa, riconnessione tra %n s</numerusform>
            <numerusform>%1: persa, riconnessione tra %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Only %1</source>
        <translation>Mostra solo %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>Remote &amp;Sources</source>
        <translation>&amp;Sorgenti remote</translation>
    </message>
    <message>
        <source>Add Re&amp;mote Source...</source>
        <translation>Aggiungi sorgente re&amp;mota...</translation>
    </message>
</context>
<context>
    <name>SaveSessionAction</name>
    <message>
        <source>&amp;Save Session...</source>
        <translation>&amp;Salva sessione...</translation>
    </message>
    <message>
        <source>Write every row, local messages included, as a pcapng session that reopens with its hosts, writer pids and origins (and opens in Wireshark)</source>
        <translation>Scrive tutte le righe, messaggi locali compresi, come una sessione pcapng che si riapre con i suoi host, pid degli scrittori e origini (e si apre in Wireshark)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Salva sessione</translation>
    </message>
    <message>
        <source>Sessions (*.pcapng)</source>
        <translation>Sessioni (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Writes a message to a mailslot on this computer or on the network: one write, one message.</source>
        <translation>Scrive un messaggio in un mailslot di questo computer o della rete: una scrittura, un messaggio.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destinazione</translation>
    </message>
    <message>
        <source>The mailslot to write to.</source>
        <translation>Il mailslot su cui scrivere.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>The message text (empty sends a zero-length message).</source>
        <translation>Il testo del messaggio (se vuoto, invia un messaggio di lunghezza zero).</translation>
    </message>
    <message>
        <source>Send these bytes, written in hexadecimal.</source>
        <translation>Invia questi byte, scritti in esadecimale.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Send the contents of this file as one message.</source>
        <translation>Invia il contenuto di questo file come un unico messaggio.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>Encoding of the text: utf-8, utf-16le, latin1, cp437 or cp850.</source>
        <translation>Codifica del testo: utf-8, utf-16le, latin1, cp437 o cp850.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codifica</translation>
    </message>
    <message>
        <source>Send the message N times (stops at the first failed write).</source>
        <translation>Invia il messaggio N volte (si ferma alla prima scrittura non riuscita).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long each write may wait while the slot&apos;s queue is full, in ms (or &apos;forever&apos;).</source>
        <translation>Quanto può attendere ogni scrittura mentre la coda dello slot è piena, in ms (o &apos;forever&apos;).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Network targets: send to this address instead of broadcasting or resolving.</source>
        <translation>Destinazioni di rete: invia a questo indirizzo invece di usare il broadcast o la risoluzione dei nomi.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>Network targets: \\NAME is a domain (group), not a computer.</source>
        <translation>Destinazioni di rete: \\NOME è un dominio (gruppo), non un computer.</translation>
    </message>
    <message>
        <source>Network targets: the mailslot priority field, 0 to 9.</source>
        <translation>Destinazioni di rete: il campo priorità del mailslot, da 0 a 9.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>send takes a target and at most one text</source>
        <translation>send richiede una destinazione e al massimo un testo</translation>
    </message>
    <message>
        <source>give the message once: as text, with --hex or with --file</source>
        <translation>specifica il messaggio una sola volta: come testo, con --hex o con --file</translation>
    </message>
    <message>
        <source>nothing to send: give a text (&quot;&quot; for an empty message), --hex or --file</source>
        <translation>niente da inviare: specifica un testo (&quot;&quot; per un messaggio vuoto), --hex o --file</translation>
    </message>
    <message>
        <source>--repeat: &apos;%1&apos; is not a positive number</source>
        <translation>--repeat: &apos;%1&apos; non è un numero positivo</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not one of %2</source>
        <translation>--encoding: &apos;%1&apos; non è uno tra %2</translation>
    </message>
    <message>
        <source>--%1 is not used on Windows: Windows itself sends mailslot messages to other computers.</source>
        <translation>--%1 non si usa su Windows: è Windows stesso a inviare i messaggi dei mailslot ad altri computer.</translation>
    </message>
    <message>
        <source>--%1 is for a mailslot on another computer; %2 is on this computer</source>
        <translation>--%1 è per un mailslot di un altro computer; %2 è su questo computer</translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>as %1 to %2 at %3 port %4</source>
        <translation>come %1 a %2 su %3 porta %4</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s) of %1 bytes to %2</source>
        <translation>
            <numerusform>Inviato %n messaggio di %1 byte a %2</numerusform>
            <numerusform>Inviati %n messaggi di %1 byte a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n datagram(s) %1</source>
        <translation>
            <numerusform>in %n datagramma %1</numerusform>
            <numerusform>in %n datagrammi %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n message(s) to %1: %2</source>
        <translation>
            <numerusform>Errore dopo %n messaggio a %1: %2</numerusform>
            <numerusform>Errore dopo %n messaggi a %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s) to %1</source>
        <translation>
            <numerusform>Interrotto dopo %n messaggio a %1</numerusform>
            <numerusform>Interrotto dopo %n messaggi a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s) to %1: the network was turned off</source>
        <translation>
            <numerusform>Interrotto dopo %n messaggio a %1: la rete è stata disattivata</numerusform>
            <numerusform>Interrotto dopo %n messaggi a %1: la rete è stata disattivata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Creates a mailslot and prints each message that arrives, until Ctrl+C.</source>
        <translation>Crea un mailslot e stampa ogni messaggio in arrivo, fino a Ctrl+C.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>The mailslot to create, e.g. \\.\mailslot\demo.</source>
        <translation>Il mailslot da creare, ad es. \\.\mailslot\demo.</translation>
    </message>
    <message>
        <source>Largest message the slot accepts, in bytes (0 = any).</source>
        <translation>Dimensione massima dei messaggi accettati dallo slot, in byte (0 = qualsiasi).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>The slot&apos;s read timeout in ms (0, N, or &apos;forever&apos;).</source>
        <translation>Timeout di lettura dello slot in ms (0, N o &apos;forever&apos;).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Byte cap of the slot&apos;s queue (default 64 MiB).</source>
        <translation>Limite in byte della coda dello slot (predefinito 64 MiB).</translation>
    </message>
    <message>
        <source>Print one JSON object per message.</source>
        <translation>Stampa un oggetto JSON per messaggio.</translation>
    </message>
    <message>
        <source>Exit after N messages.</source>
        <translation>Termina dopo N messaggi.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Create the slot but never read it: messages stay queued.</source>
        <translation>Crea lo slot ma non lo legge mai: i messaggi restano in coda.</translation>
    </message>
    <message>
        <source>--max-size: &apos;%1&apos; is not a size in bytes</source>
        <translation>--max-size: &apos;%1&apos; non è una dimensione in byte</translation>
    </message>
    <message>
        <source>--queue-size: &apos;%1&apos; is not a size between %2 and %3 bytes</source>
        <translation>--queue-size: &apos;%1&apos; non è una dimensione tra %2 e %3 byte</translation>
    </message>
    <message>
        <source>--count cannot be used with --hold: a held slot is never read</source>
        <translation>--count non si può usare con --hold: uno slot trattenuto non viene mai letto</translation>
    </message>
    <message>
        <source>serve takes exactly one mailslot name</source>
        <translation>serve richiede esattamente un nome di mailslot</translation>
    </message>
    <message>
        <source>mailslot: serving %1%2 (Ctrl+C to stop)</source>
        <translation>mailslot: in servizio su %1%2 (Ctrl+C per fermare)</translation>
    </message>
    <message>
        <source>, holding messages</source>
        <translation>, lettura sospesa</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <source>Served here</source>
        <translation>Servito qui</translation>
    </message>
    <message>
        <source>Held (not reading)</source>
        <translation>Sospeso (non in lettura)</translation>
    </message>
    <message>
        <source>Other process</source>
        <translation>Altro processo</translation>
    </message>
    <message>
        <source>Seen on the network</source>
        <translation>Visto in rete</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>infinito</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no next message</comment>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <source>%1
Seen on the network in %n datagram(s), the last one from %2 at %3.
No slot of this name is served on this computer.</source>
        <translation>
            <numerusform>%1
Visto in rete in %n datagramma, l&apos;ultimo da %2 il %3.
Su questo computer nessuno slot con questo nome è in servizio.</numerusform>
            <numerusform>%1
Visto in rete in %n datagrammi, l&apos;ultimo da %2 il %3.
Su questo computer nessuno slot con questo nome è in servizio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1
Process %2, created %3
Queue: %4 of %5 bytes</source>
        <translation>%1
Processo %2, creato il %3
Coda: %4 di %5 byte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Next size</source>
        <translation>Dim. successivo</translation>
    </message>
    <message>
        <source>Max size</source>
        <translation>Dim. massima</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Timeout lettura</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Unreachable (file removed)</source>
        <translation>Irraggiungibile (file rimosso)</translation>
    </message>
    <message>
        <source>%1 (no figures)</source>
        <translation>%1 (senza dati)</translation>
    </message>
    <message>
        <source>%1, watched</source>
        <translation>%1, osservato</translation>
    </message>
</context>
<context>
    <name>SlotPattern</name>
    <message>
        <source>only slots on this computer can be watched (\\.\mailslot\...)</source>
        <translation>si possono osservare solo gli slot di questo computer (\\.\mailslot\...)</translation>
    </message>
</context>
<context>
    <name>SlotSource</name>
    <message>
        <source>Local slots</source>
        <translation>Slot locali</translation>
    </message>
</context>
<context>
    <name>SlotsDock</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossibile creare %1: %2</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>In servizio su %1</translation>
    </message>
    <message>
        <source>%1 is not served by this monitor: only its own process can close it.</source>
        <translation>%1 non è servito da questo monitor: solo il suo processo può chiuderlo.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 chiuso</translation>
    </message>
    <message>
        <source>Read timeout of %1 set to %2</source>
        <translation>Timeout di lettura di %1 impostato a %2</translation>
    </message>
    <message>
        <source>Holding %1: messages queue up unread</source>
        <translation>Lettura di %1 sospesa: i messaggi si accodano senza essere letti</translation>
    </message>
    <message>
        <source>Reading %1 again</source>
        <translation>Lettura di %1 ripresa</translation>
    </message>
    <message>
        <source>Set Read Timeout</source>
        <translation>Imposta timeout di lettura</translation>
    </message>
    <message>
        <source>Read timeout of %1 in ms (-1 = forever):</source>
        <translation>Timeout di lettura di %1 in ms (-1 = infinito):</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Mailslots on this computer</source>
        <translation>Mailslot su questo computer</translation>
    </message>
    <message>
        <source>Slot actions</source>
        <translation>Azioni sugli slot</translation>
    </message>
    <message>
        <source>&amp;New Slot...</source>
        <translation>&amp;Nuovo slot...</translation>
    </message>
    <message>
        <source>Create and serve a new mailslot</source>
        <translation>Crea e servi un nuovo mailslot</translation>
    </message>
    <message>
        <source>&amp;Close Slot</source>
        <translation>&amp;Chiudi slot</translation>
    </message>
    <message>
        <source>Stop serving the selected mailslot and close it</source>
        <translation>Smetti di servire il mailslot selezionato e chiudilo</translation>
    </message>
    <message>
        <source>Set Read &amp;Timeout...</source>
        <translation>Imposta &amp;timeout di lettura...</translation>
    </message>
    <message>
        <source>&amp;Hold Reading</source>
        <translation>&amp;Sospendi la lettura</translation>
    </message>
    <message>
        <source>Stop reading the slot: messages queue up and GetMailslotInfo&apos;s counts rise</source>
        <translation>Smetti di leggere lo slot: i messaggi si accodano e i conteggi di GetMailslotInfo aumentano</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>Copia n&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Send to This Slot...</source>
        <translation>&amp;Invia a questo slot...</translation>
    </message>
    <message>
        <source>Only the slots of this monitor are listed: the system does not list the slots of other processes.</source>
        <translation>Sono elencati solo gli slot di questo monitor: il sistema non elenca gli slot di altri processi.</translation>
    </message>
    <message>
        <source>Could not watch %1: %2</source>
        <translation>Impossibile osservare %1: %2</translation>
    </message>
    <message>
        <source>Watching %1: a copy of every message written to it</source>
        <translation>Osservazione di %1: una copia di ogni messaggio scritto in esso</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>Osservazione di %1 terminata</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) not seen by this watch (it fell behind)</source>
        <translation>
            <numerusform>%1: %n messaggio non visto da questa osservazione (è rimasta indietro)</numerusform>
            <numerusform>%1: %n messaggi non visti da questa osservazione (è rimasta indietro)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>Smetti di &amp;osservare</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Osserva</translation>
    </message>
    <message>
        <source>%1 is served by this monitor: its messages are in the stream already</source>
        <translation>%1 è servito da questo monitor: i suoi messaggi sono già nel flusso</translation>
    </message>
    <message>
        <source>Stopped watching %1: this monitor serves it now, its messages are in the stream</source>
        <translation>Osservazione di %1 terminata: ora lo serve questo monitor, i suoi messaggi sono nel flusso</translation>
    </message>
    <message>
        <source>Stream a copy of every message written to the slot, whichever other process serves it, with the writer&apos;s pid (its reader still gets every message; a slot this monitor serves is in the stream already)</source>
        <translation>Mostra una copia di ogni messaggio scritto nello slot, qualunque altro processo lo serva, con il pid di chi lo scrive (il suo lettore riceve comunque ogni messaggio; uno slot servito da questo monitor è già nel flusso)</translation>
    </message>
</context>
<context>
    <name>SshDiagnosis</name>
    <message>
        <source> (ssh: %1)</source>
        <translation> (ssh: %1)</translation>
    </message>
    <message>
        <source>ssh to %1 ended abnormally</source>
        <translation>ssh verso %1 è terminato in modo anomalo</translation>
    </message>
    <message>
        <source>the host key of %1 is unknown or has changed: check it and add it to known_hosts (for example by connecting once with ssh)</source>
        <translation>la chiave host di %1 è sconosciuta o è cambiata: verificala e aggiungila a known_hosts (ad esempio collegandoti una volta con ssh)</translation>
    </message>
    <message>
        <source>%1 refused our key: passwords are not asked for, use a key that its authorized_keys accepts (ssh-agent or IdentityFile in ~/.ssh/config)</source>
        <translation>%1 ha rifiutato la nostra chiave: le password non vengono chieste, usa una chiave accettata dal suo authorized_keys (ssh-agent o IdentityFile in ~/.ssh/config)</translation>
    </message>
    <message>
        <source>mailslot is not installed on %1 (or not on the PATH of its non-interactive shell)</source>
        <translation>mailslot non è installato su %1 (o non è nel PATH della sua shell non interattiva)</translation>
    </message>
    <message>
        <source>ssh could not connect to %1 or lost the connection</source>
        <translation>ssh non è riuscito a connettersi a %1 o ha perso la connessione</translation>
    </message>
    <message>
        <source>mailslot on %1 ended with status %2</source>
        <translation>mailslot su %1 è terminato con lo stato %2</translation>
    </message>
    <message>
        <source>mailslot on %1 ended</source>
        <translation>mailslot su %1 è terminato</translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message>
        <source>No slot selected</source>
        <translation>Nessuno slot selezionato</translation>
    </message>
    <message>
        <source>%1 (seen on the network: GetMailslotInfo reads slots of this computer only)</source>
        <translation>%1 (visto in rete: GetMailslotInfo legge solo gli slot di questo computer)</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (non esiste più)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>qualsiasi dimensione</translation>
    </message>
    <message>
        <source>no message (MAILSLOT_NO_MESSAGE)</source>
        <translation>nessun messaggio (MAILSLOT_NO_MESSAGE)</translation>
    </message>
    <message>
        <source>forever (MAILSLOT_WAIT_FOREVER)</source>
        <translation>infinito (MAILSLOT_WAIT_FOREVER)</translation>
    </message>
    <message>
        <source>this monitor (process %1)</source>
        <translation>questo monitor (processo %1)</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>processo %1</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 su un massimo di %2</translation>
    </message>
    <message>
        <source>none (the network is off)</source>
        <translation>nessuno (la rete è disattivata)</translation>
    </message>
    <message>
        <source>%1 (%2 delivered)</source>
        <translation>%1 (%2 consegnati)</translation>
    </message>
    <message>
        <source>%1 (kernel drops not reported)</source>
        <translation>%1 (scarti del kernel non segnalati)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Selected slot (GetMailslotInfo)</source>
        <translation>Slot selezionato (GetMailslotInfo)</translation>
    </message>
    <message>
        <source>This monitor</source>
        <translation>Questo monitor</translation>
    </message>
    <message>
        <source>Messages per second, last two minutes</source>
        <translation>Messaggi al secondo, ultimi due minuti</translation>
    </message>
    <message>
        <source>Read timeout:</source>
        <translation>Timeout lettura:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Coda:</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>Servito da:</translation>
    </message>
    <message>
        <source>Malformed:</source>
        <translation>Malformati:</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>Scartati:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>queue: bytes used of the capacity</comment>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln byte(s)</source>
        <translation>
            <numerusform>%1 di %Ln byte</numerusform>
            <numerusform>%1 di %Ln byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), %1</source>
        <translation>
            <numerusform>%Ln messaggio, %1</numerusform>
            <numerusform>%Ln messaggi, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages/s, %2/s</source>
        <translation>%1 messaggi/s, %2/s</translation>
    </message>
    <message>
        <source>Selected slot</source>
        <translation>Slot selezionato</translation>
    </message>
    <message>
        <source>Max size:</source>
        <translation>Dim. massima:</translation>
    </message>
    <message>
        <source>The largest message the slot accepts</source>
        <translation>Il messaggio più grande che lo slot accetta</translation>
    </message>
    <message>
        <source>Next size:</source>
        <translation>Successivo:</translation>
    </message>
    <message>
        <source>The size of the next message waiting</source>
        <translation>La dimensione del prossimo messaggio in attesa</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>In attesa:</translation>
    </message>
    <message>
        <source>Messages waiting in the slot</source>
        <translation>Messaggi in attesa nello slot</translation>
    </message>
    <message>
        <source>How long a read waits for a message</source>
        <translation>Quanto attende una lettura che arrivi un messaggio</translation>
    </message>
    <message>
        <source>Bytes queued, of the slot&apos;s queue capacity</source>
        <translation>Byte in coda, sulla capacità della coda dello slot</translation>
    </message>
    <message>
        <source>The process that serves the slot</source>
        <translation>Il processo che serve lo slot</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Scritti:</translation>
    </message>
    <message>
        <source>Messages written to the slot since it was created</source>
        <translation>Messaggi scritti nello slot da quando è stato creato</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Frequenza:</translation>
    </message>
    <message>
        <source>Messages and bytes per second written to the slot</source>
        <translation>Messaggi e byte al secondo scritti nello slot</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ricevuti:</translation>
    </message>
    <message>
        <source>Messages this monitor received</source>
        <translation>Messaggi ricevuti da questo monitor</translation>
    </message>
    <message>
        <source>In the stream:</source>
        <translation>Nel flusso:</translation>
    </message>
    <message>
        <source>Rows in the message stream, of its capacity</source>
        <translation>Righe nel flusso dei messaggi, sulla sua capacità</translation>
    </message>
    <message>
        <source>Rows dropped:</source>
        <translation>Righe scartate:</translation>
    </message>
    <message>
        <source>Rows dropped from the stream by its capacity</source>
        <translation>Righe scartate dal flusso per la sua capacità</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Rete:</translation>
    </message>
    <message>
        <source>Network datagrams received</source>
        <translation>Datagrammi di rete ricevuti</translation>
    </message>
    <message>
        <source>Malformed network datagrams</source>
        <translation>Datagrammi di rete malformati</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicati:</translation>
    </message>
    <message>
        <source>Duplicate network datagrams suppressed</source>
        <translation>Datagrammi di rete duplicati soppressi</translation>
    </message>
    <message>
        <source>Network datagrams dropped</source>
        <translation>Datagrammi di rete scartati</translation>
    </message>
</context>
<context>
    <name>StreamFormat</name>
    <message>
        <source>the first line is not a %1 header</source>
        <translation>la prima riga non è un&apos;intestazione %1</translation>
    </message>
    <message>
        <source>the header&apos;s version is missing or not a positive number</source>
        <translation>la versione dell&apos;intestazione manca o non è un numero positivo</translation>
    </message>
    <message>
        <source>the stream is version %1 of the format; this mailslot reads up to version %2</source>
        <translation>il flusso è la versione %1 del formato; questo mailslot legge fino alla versione %2</translation>
    </message>
</context>
<context>
    <name>StreamOutput</name>
    <message>
        <source>With --json: start with the stream format&apos;s header line (STREAM-FORMAT.md), as &apos;mailslot remote&apos; reads it, and stop when the reader goes away.</source>
        <translation>Con --json: inizia con la riga di intestazione del formato di flusso (STREAM-FORMAT.md), come la legge &apos;mailslot remote&apos;, e termina quando il lettore se ne va.</translation>
    </message>
    <message>
        <source>--header needs --json: the header starts a stream of JSON lines</source>
        <translation>--header richiede --json: l&apos;intestazione apre un flusso di righe JSON</translation>
    </message>
    <message>
        <source>Also write each row to the systemd journal as a structured entry (MAILSLOT_SLOT=...; at most %1 a second, the rest counted and reported there).</source>
        <translation>Scrive anche ogni riga nel journal di systemd come voce strutturata (MAILSLOT_SLOT=...; al massimo %1 al secondo, il resto viene contato e segnalato lì).</translation>
    </message>
</context>
<context>
    <name>StreamRowReader</name>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>non è JSON (%1 alla posizione %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>neither a message (&quot;source&quot;) nor a datagram (&quot;srcIp&quot;)</source>
        <translation>né un messaggio (&quot;source&quot;) né un datagramma (&quot;srcIp&quot;)</translation>
    </message>
    <message>
        <source>&quot;time&quot; is missing or not an ISO 8601 time</source>
        <translation>&quot;time&quot; manca o non è un&apos;ora ISO 8601</translation>
    </message>
    <message>
        <source>&quot;time&quot; is out of range (years 1677 to 2262)</source>
        <translation>&quot;time&quot; è fuori intervallo (anni dal 1677 al 2262)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not hexadecimal bytes</source>
        <translation>&quot;%1&quot; manca o non sono byte esadecimali</translation>
    </message>
    <message numerus="yes">
        <source>&quot;size&quot; is not the number of bytes in &quot;hex&quot; (%n byte(s))</source>
        <translation>
            <numerusform>&quot;size&quot; non è il numero di byte di &quot;hex&quot; (%n byte)</numerusform>
            <numerusform>&quot;size&quot; non è il numero di byte di &quot;hex&quot; (%n byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;slot&quot; is missing</source>
        <translation>&quot;slot&quot; manca</translation>
    </message>
</context>
<context>
    <name>StreamSource</name>
    <message>
        <source>Starting</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>In diretta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminata</translation>
    </message>
</context>
<context>
    <name>StreamStatusBar</name>
    <message numerus="yes">
        <source>%1 of %Ln message(s) shown, %2 received</source>
        <translation>
            <numerusform>Mostrati: %1 di %Ln messaggio; ricevuti: %2</numerusform>
            <numerusform>Mostrati: %1 di %Ln messaggi; ricevuti: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown, %1 received</source>
        <translation>
            <numerusform>%Ln messaggio mostrato, %1 ricevuti</numerusform>
            <numerusform>%Ln messaggi mostrati, %1 ricevuti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from capture files</source>
        <translation>%1 da file di cattura</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lettura di %1...</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagramma</numerusform>
            <numerusform>%n datagrammi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frame</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped reading %1: %2 of the first %3</source>
        <translation>Lettura di %1 interrotta: %2 nei primi %3</translation>
    </message>
    <message>
        <source>Read %1: %2 on UDP port 138 in %3</source>
        <translation>Letto %1: %2 sulla porta UDP 138 su %3</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>Interrompi lettura</translation>
    </message>
    <message>
        <source>Capture file progress</source>
        <translation>Avanzamento del file di cattura</translation>
    </message>
    <message>
        <source>Serving %1: try mailslot send mailslot_monitor &quot;hello&quot;</source>
        <translation>In servizio su %1: prova mailslot send mailslot_monitor &quot;hello&quot;</translation>
    </message>
    <message>
        <source>Not serving %1: %2. Another monitor may be running; its messages are not shown here, but the slot is listed.</source>
        <translation>%1 non in servizio: %2. Potrebbe essere in esecuzione un altro monitor; i suoi messaggi non vengono mostrati qui, ma lo slot è elencato.</translation>
    </message>
    <message>
        <source>%1 not drawn</source>
        <translation>%1 non disegnati</translation>
    </message>
    <message>
        <source>Click for the network settings</source>
        <translation>Fare clic per le impostazioni di rete</translation>
    </message>
</context>
<context>
    <name>TapCommand</name>
    <message>
        <source>Watches a mailslot served by any process of this user and prints a copy of each message written to it, with the writer&apos;s pid, until Ctrl+C. The slot&apos;s reader still gets every message.</source>
        <translation>Osserva un mailslot servito da qualsiasi processo di questo utente e stampa una copia di ogni messaggio scritto in esso, con il pid di chi lo scrive, fino a Ctrl+C. Il lettore dello slot riceve comunque ogni messaggio.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>name|pattern</source>
        <translation>nome|modello</translation>
    </message>
    <message>
        <source>The mailslot to watch, or a pattern such as \\.\mailslot\app\* (&apos;*&apos; any characters, &apos;?&apos; one). A slot that is not there yet is watched from when it appears.</source>
        <translation>Il mailslot da osservare, o un modello come \\.\mailslot\app\* (&apos;*&apos; qualsiasi sequenza di caratteri, &apos;?&apos; uno). Uno slot che ancora non esiste viene osservato da quando compare.</translation>
    </message>
    <message>
        <source>Print one JSON object per message.</source>
        <translation>Stampa un oggetto JSON per messaggio.</translation>
    </message>
    <message>
        <source>Exit after N messages.</source>
        <translation>Termina dopo N messaggi.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>tap takes exactly one mailslot name or pattern</source>
        <translation>tap richiede esattamente un nome o un modello di mailslot</translation>
    </message>
    <message>
        <source>--write - takes standard output: it cannot be used with --json</source>
        <translation>--write - occupa lo standard output: non si può usare con --json</translation>
    </message>
    <message>
        <source>mailslot: %1: watching (served by pid %2)</source>
        <translation>mailslot: %1: in osservazione (servito dal pid %2)</translation>
    </message>
    <message>
        <source>mailslot: %1: closed by its server</source>
        <translation>mailslot: %1: chiuso dal suo server</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: %1: %n message(s) not seen by this tap</source>
        <translation>
            <numerusform>mailslot: %1: %n messaggio non visto da questa osservazione</numerusform>
            <numerusform>mailslot: %1: %n messaggi non visti da questa osservazione</numerusform>
        </translation>
    </message>
    <message>
        <source>mailslot: watching %1 (Ctrl+C to stop)</source>
        <translation>mailslot: osservazione di %1 (Ctrl+C per fermare)</translation>
    </message>
    <message>
        <source> from %1:%2 %3</source>
        <translation> da %1:%2 %3</translation>
    </message>
    <message>
        <source>Also write the messages to this pcapng file as they arrive (&apos;-&apos;: standard output).</source>
        <translation>Scrive anche i messaggi in questo file pcapng man mano che arrivano (&apos;-&apos;: standard output).</translation>
    </message>
</context>
<context>
    <name>TapSource</name>
    <message>
        <source>Watching %1</source>
        <translation>Osservazione di %1</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>&amp;Date and Time</source>
        <translation>&amp;Data e ora</translation>
    </message>
    <message>
        <source>&amp;Time of Day</source>
        <translation>&amp;Ora del giorno</translation>
    </message>
    <message>
        <source>Seconds Since &amp;First Row</source>
        <translation>Secondi dalla &amp;prima riga</translation>
    </message>
    <message>
        <source>Seconds Since &amp;Previous Row</source>
        <translation>Secondi dalla riga &amp;precedente</translation>
    </message>
</context>
<context>
    <name>TimeFormatMenu</name>
    <message>
        <source>T&amp;ime Display</source>
        <translation>Visualizzazione dell&apos;&amp;ora</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch Win32 mailslots live, send test messages and read slot statistics.</source>
        <translation>Osserva i mailslot Win32 in tempo reale, invia messaggi di prova e leggi le statistiche degli slot.</translation>
    </message>
    <message>
        <source>Language of the window: en, es, it or system.</source>
        <translation>Lingua della finestra: en, es, it o system.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use en, es, it or system.</source>
        <translation>Lingua sconosciuta &apos;%1&apos;; usa en, es, it o system.</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>cattura</translation>
    </message>
    <message>
        <source>pcap or pcapng files to open into the message stream.</source>
        <translation>File pcap o pcapng da aprire nel flusso dei messaggi.</translation>
    </message>
    <message>
        <source>[capture...]</source>
        <translation>[cattura...]</translation>
    </message>
</context>
</TS>
