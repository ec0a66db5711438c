<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BridgeCommand</name>
    <message>
        <source>Receives mailslot messages from the network (UDP 138, beside nmbd), delivers them into the local slots of the same name and prints each datagram, until Ctrl+C.</source>
        <translation>Recibe mensajes de mailslot de la red (UDP 138, junto a nmbd), los entrega en los slots locales del mismo nombre e imprime cada datagrama, hasta Ctrl+C.</translation>
    </message>
    <message>
        <source>The local address to listen on (default: every address).</source>
        <translation>Dirección local en la que escuchar (por defecto: todas las direcciones).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Print one JSON object per datagram.</source>
        <translation>Imprimir un objeto JSON por datagrama.</translation>
    </message>
    <message>
        <source>Suppress duplicates (same source, datagram id and payload within 2 s).</source>
        <translation>Suprimir duplicados (mismo origen, id de datagrama y carga útil en 2 s).</translation>
    </message>
    <message>
        <source>Exit after N datagrams.</source>
        <translation>Salir tras N datagramas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also write what arrives to this pcapng file.</source>
        <translation>Escribir también lo que llegue en este archivo pcapng.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Only observe: deliver nothing into local slots.</source>
        <translation>Solo observar: no entregar nada en los slots locales.</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IPv4 address</source>
        <translation>--bind: &apos;%1&apos; no es una dirección IPv4</translation>
    </message>
    <message>
        <source>every interface</source>
        <translation>todas las interfaces</translation>
    </message>
    <message numerus="yes">
        <source>interface(s) %1</source>
        <translation>
            <numerusform>la interfaz %1</numerusform>
            <numerusform>las interfaces %1</numerusform>
        </translation>
    </message>
    <message>
        <source>bridge takes no arguments</source>
        <translation>bridge no admite argumentos</translation>
    </message>
    <message>
        <source>mailslot: bridge listening on UDP %1 port %2 on %3 as %4 in workgroup %5 (Ctrl+C to stop)</source>
        <translation>mailslot: puente escuchando en UDP %1, puerto %2, en %3, como %4 en el grupo de trabajo %5 (Ctrl+C para detener)</translation>
    </message>
</context>
<context>
    <name>BridgeCounters</name>
    <message numerus="yes">
        <source>%n datagram(s) received</source>
        <translation>
            <numerusform>%n datagrama recibido</numerusform>
            <numerusform>%n datagramas recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregado</numerusform>
            <numerusform>%n entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only observed</source>
        <translation>
            <numerusform>%n solo observado</numerusform>
            <numerusform>%n solo observados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed</source>
        <translation>
            <numerusform>%n mal formado</numerusform>
            <numerusform>%n mal formados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) suppressed</source>
        <translation>
            <numerusform>%n duplicado suprimido</numerusform>
            <numerusform>%n duplicados suprimidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid slot name</source>
        <translation>
            <numerusform>%n con un nombre de slot no válido</numerusform>
            <numerusform>%n con un nombre de slot no válido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel</source>
        <translation>
            <numerusform>%n descartado por el kernel</numerusform>
            <numerusform>%n descartados por el kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n entrega fallida</numerusform>
            <numerusform>%n entregas fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BridgeSource</name>
    <message>
        <source>Network (UDP %1)</source>
        <translation>Red (UDP %1)</translation>
    </message>
    <message numerus="yes">
        <source>The stream fell behind the network: %n datagram(s) not shown (counted, and delivered into local slots as usual)</source>
        <translation>
            <numerusform>El flujo se quedó atrás respecto a la red: %n datagrama sin mostrar (contado, y entregado en los slots locales como siempre)</numerusform>
            <numerusform>El flujo se quedó atrás respecto a la red: %n datagramas sin mostrar (contados, y entregados en los slots locales como siempre)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowseDecoder</name>
    <message>
        <source>Update count</source>
        <translation>Número de actualizaciones</translation>
    </message>
    <message>
        <source>Periodicity (ms)</source>
        <translation>Periodicidad (ms)</translation>
    </message>
    <message>
        <source>Workgroup</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>OS major version</source>
        <translation>Versión principal del SO</translation>
    </message>
    <message>
        <source>OS minor version</source>
        <translation>Versión secundaria del SO</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>Server type flags</source>
        <translation>Indicadores de tipo de servidor</translation>
    </message>
    <message>
        <source>Mysterious field</source>
        <translation>Campo misterioso</translation>
    </message>
    <message>
        <source>Browser version major</source>
        <translation>Versión principal del examinador</translation>
    </message>
    <message>
        <source>Browser version minor</source>
        <translation>Versión secundaria del examinador</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Local master browser</source>
        <translation>Examinador principal local</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Código de operación</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Response name</source>
        <translation>Nombre de respuesta</translation>
    </message>
    <message>
        <source>Election version</source>
        <translation>Versión de elección</translation>
    </message>
    <message>
        <source>Election criteria</source>
        <translation>Criterios de elección</translation>
    </message>
    <message>
        <source>Criteria: OS level</source>
        <translation>Criterios: nivel del SO</translation>
    </message>
    <message>
        <source>Criteria: browser version</source>
        <translation>Criterios: versión del examinador</translation>
    </message>
    <message>
        <source>Criteria: desire</source>
        <translation>Criterios: preferencia</translation>
    </message>
    <message>
        <source>Criteria: desire flags</source>
        <translation>Criterios: indicadores de preferencia</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo de actividad</translation>
    </message>
    <message>
        <source>Requested count</source>
        <translation>Número solicitado</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Backup server count</source>
        <translation>Número de servidores de reserva</translation>
    </message>
    <message>
        <source>Backup servers</source>
        <translation>Servidores de reserva</translation>
    </message>
    <message>
        <source>Browser to promote</source>
        <translation>Examinador que promover</translation>
    </message>
    <message>
        <source>Master browser server name</source>
        <translation>Nombre del servidor examinador principal</translation>
    </message>
    <message>
        <source>Reset type</source>
        <translation>Tipo de restablecimiento</translation>
    </message>
    <message>
        <source>Reset flags</source>
        <translation>Indicadores de restablecimiento</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Periodicity (s)</source>
        <translation>Periodicidad (s)</translation>
    </message>
</context>
<context>
    <name>CaptureDecoder</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: not a readable capture file at byte offset %2: %3</source>
        <translation>%1: no es un archivo de captura legible en el desplazamiento %2: %3</translation>
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
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>--%1: %2 is too large (at most %3)</source>
        <translation>--%1: %2 es demasiado grande (como máximo %3)</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a time in ms</source>
        <translation>--timeout: &apos;%1&apos; no es un tiempo en ms</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a positive number</source>
        <translation>--count: &apos;%1&apos; no es un número positivo</translation>
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
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Our NetBIOS name (default: the host name, upper case).</source>
        <translation>Nombre NetBIOS que usar (por defecto: el nombre del host, en mayúsculas).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Our workgroup or domain (default: smb.conf&apos;s workgroup, else WORKGROUP).</source>
        <translation>Grupo de trabajo o dominio que usar (por defecto: el grupo de trabajo de smb.conf; si no, WORKGROUP).</translation>
    </message>
    <message>
        <source>A network interface to use (repeatable; default: all).</source>
        <translation>Interfaz de red que usar (repetible; por defecto: todas).</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaz</translation>
    </message>
    <message>
        <source>The NetBIOS datagram port (default 138).</source>
        <translation>Puerto de datagramas NetBIOS (por defecto 138).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is longer than the %3 characters a NetBIOS name may have</source>
        <translation>--%1: &apos;%2&apos; tiene más de los %3 caracteres que puede tener un nombre NetBIOS</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number</source>
        <translation>--port: &apos;%1&apos; no es un número de puerto</translation>
    </message>
    <message>
        <source>--code-page: &apos;%1&apos; is not one of cp437, cp850, latin1, utf8</source>
        <translation>--code-page: &apos;%1&apos; no es ninguno de cp437, cp850, latin1, utf8</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 (see &apos;mailslot --help&apos;)</source>
        <translation>%1 (consulta «mailslot --help»)</translation>
    </message>
    <message>
        <source>%1 (see &apos;mailslot %2 --help&apos;)</source>
        <translation>%1 (consulta «mailslot %2 --help»)</translation>
    </message>
    <message>
        <source>OEM code page of messenger texts: cp437, cp850, latin1 or utf8 (default: %1).</source>
        <translation>Página de códigos OEM de los textos de Messenger: cp437, cp850, latin1 o utf8 (predeterminada: %1).</translation>
    </message>
    <message>
        <source>cp</source>
        <translation>cp</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
</context>
<context>
    <name>CliTool</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mailslot &lt;command&gt; [options]</source>
        <translation>mailslot &lt;comando&gt; [opciones]</translation>
    </message>
    <message numerus="yes">
        <source>unknown option(s) %1</source>
        <translation>
            <numerusform>opción desconocida %1</numerusform>
            <numerusform>opciones desconocidas %1</numerusform>
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
        <translation>Uso: mailslot &lt;comando&gt; [opciones]

Mailslots de Win32 en este equipo, desde la línea de comandos.

Comandos:
  serve NOMBRE    crear un mailslot e imprimir cada mensaje que llegue
  send DESTINO    escribir mensajes en un mailslot
  list            listar todos los mailslots de este usuario, con sus datos
  info NOMBRE     mostrar los datos de un mailslot (GetMailslotInfo)
  bridge          recibir mensajes de mailslot de la red (UDP 138) en slots locales
  decode ARCHIVO  imprimir los datagramas de mailslot de un archivo de captura pcap o pcapng
  remote EQUIPO   ejecutar un comando mailslot en otro equipo por ssh (-- COMANDO) e imprimir sus filas
  tap NOMBRE      observar un mailslot servido por cualquier proceso: una copia de cada mensaje
  extcap          la interfaz de captura que ejecuta Wireshark (ver el README)

Nombres: \\.\mailslot\[ruta\]nombre, o solo [ruta\]nombre para este equipo;
\\*\mailslot\nombre, \\DOMINIO\mailslot\nombre o \\EQUIPO\mailslot\nombre en la red.
Ejecuta &apos;mailslot &lt;comando&gt; --help&apos; para ver las opciones de un comando.

Opciones:
  -h, --help     mostrar esta ayuda
  -v, --version  mostrar la versión
</translation>
    </message>
</context>
<context>
    <name>CodePageBox</name>
    <message>
        <source>%1 (from the locale %2)</source>
        <translation>%1 (de la configuración regional %2)</translation>
    </message>
    <message>
        <source>437 (US)</source>
        <translation>437 (EE. UU.)</translation>
    </message>
    <message>
        <source>850 (Western Europe)</source>
        <translation>850 (Europa occidental)</translation>
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
        <translation>La página de códigos de los textos de Messenger y de los nombres en los datagramas recibidos. Predeterminada: %1.</translation>
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
        <translation>Origen</translation>
    </message>
    <message>
        <source>Decoded kind</source>
        <translation>Tipo decodificado</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>ColoringRulesDialog</name>
    <message>
        <source>Color %1</source>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>Rule Color</source>
        <translation>Color de la regla</translation>
    </message>
    <message>
        <source>Coloring Rules</source>
        <translation>Reglas de color</translation>
    </message>
    <message>
        <source>A row takes the color of the first enabled rule whose text is in its slot, source, decoded kind (for example browse., netlogon., malformed) or message text; case is ignored.</source>
        <translation>Una fila toma el color de la primera regla activa cuyo texto aparece en su slot, su origen, su tipo decodificado (por ejemplo browse., netlogon., malformed) o el texto del mensaje; no se distinguen mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
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
        <translation>Color</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Restaurar &amp;predeterminadas</translation>
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
    <message>
        <source>%1 of %2 (network limit)</source>
        <translation>%1 de %2 (límite de red)</translation>
    </message>
    <message>
        <source>The target is not a valid mailslot name.</source>
        <translation>El destino no es un nombre de mailslot válido.</translation>
    </message>
    <message>
        <source>Send the message (%1)</source>
        <translation>Enviar el mensaje (%1)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Repeat count</source>
        <translation>Número de repeticiones</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Interval between messages</source>
        <translation>Intervalo entre mensajes</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>&amp;Network Settings...</source>
        <translation>Confi&amp;guración de red...</translation>
    </message>
    <message>
        <source>Turn the network on to send to other computers</source>
        <translation>Activa la red para enviar a otros equipos</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Send outcomes</source>
        <translation>Resultados de los envíos</translation>
    </message>
    <message>
        <source>The outcome of every send appears here.</source>
        <translation>Aquí aparece el resultado de cada envío.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>repeat count</comment>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>ComposePayloadEditor</name>
    <message>
        <source>Choose a file.</source>
        <translation>Elige un archivo.</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>El archivo ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Send File Contents</source>
        <translation>Enviar el contenido de un archivo</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>Carga &amp;útil:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Bytes en hex</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Contenido de archivo</translation>
    </message>
    <message>
        <source>Payload kind</source>
        <translation>Tipo de carga útil</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>Codi&amp;ficación:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Message text, or hex bytes such as 48 65 6c 6c 6f</source>
        <translation>Texto del mensaje, o bytes en hex como 48 65 6c 6c 6f</translation>
    </message>
    <message>
        <source>File to send</source>
        <translation>Archivo que enviar</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>%1 (from the locale)</source>
        <translation>%1 (de la configuración regional)</translation>
    </message>
</context>
<context>
    <name>ComposeTarget</name>
    <message>
        <source>Type the computer&apos;s name.</source>
        <translation>Escribe el nombre del equipo.</translation>
    </message>
    <message>
        <source>Type the workgroup or domain name.</source>
        <translation>Escribe el nombre del grupo de trabajo o dominio.</translation>
    </message>
    <message>
        <source>Type the slot&apos;s name.</source>
        <translation>Escribe el nombre del slot.</translation>
    </message>
    <message>
        <source>The target is not a valid mailslot name.</source>
        <translation>El destino no es un nombre de mailslot válido.</translation>
    </message>
    <message>
        <source>The message has %1 bytes; a mailslot message sent over the network may have at most %2 bytes.</source>
        <translation>El mensaje tiene %1 bytes; un mensaje de mailslot enviado por la red puede tener como máximo %2 bytes.</translation>
    </message>
    <message>
        <source>A network mailslot name may only use Latin-1 characters.</source>
        <translation>Un nombre de mailslot de red solo puede usar caracteres Latin-1.</translation>
    </message>
    <message>
        <source>Sending to other computers needs the network, which is off: turn it on in the Network settings.</source>
        <translation>Para enviar a otros equipos se necesita la red, que está desactivada: actívala en la configuración de red.</translation>
    </message>
</context>
<context>
    <name>ComposeTargetEditor</name>
    <message>
        <source>Rec&amp;ent:</source>
        <translation>Re&amp;cientes:</translation>
    </message>
    <message>
        <source>Recent targets</source>
        <translation>Destinos recientes</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>A computer</source>
        <translation>Un equipo</translation>
    </message>
    <message>
        <source>A workgroup or domain</source>
        <translation>Un grupo de trabajo o dominio</translation>
    </message>
    <message>
        <source>Every computer (*)</source>
        <translation>Todos los equipos (*)</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Tipo de destino</translation>
    </message>
    <message>
        <source>C&amp;omputer or domain:</source>
        <translation>&amp;Equipo o dominio:</translation>
    </message>
    <message>
        <source>e.g. WORKSTATION1 or WORKGROUP</source>
        <translation>p. ej. WORKSTATION1 o WORKGROUP</translation>
    </message>
    <message>
        <source>Computer or domain name</source>
        <translation>Nombre del equipo o dominio</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Slot:</translation>
    </message>
    <message>
        <source>e.g. mailslot_monitor or messngr</source>
        <translation>p. ej. mailslot_monitor o messngr</translation>
    </message>
    <message>
        <source>Slot path</source>
        <translation>Ruta del slot</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Resulting mailslot name</source>
        <translation>Nombre de mailslot resultante</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno aún)</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(elige uno)</translation>
    </message>
</context>
<context>
    <name>DatagramFields</name>
    <message>
        <source>unknown field &apos;%1&apos;; the fields are: %2</source>
        <translation>campo desconocido «%1»; los campos son: %2</translation>
    </message>
    <message>
        <source>no field named; the fields are: %1</source>
        <translation>no se ha indicado ningún campo; los campos son: %1</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>A pcap or pcapng capture file.</source>
        <translation>Archivo de captura pcap o pcapng.</translation>
    </message>
    <message>
        <source>Print one JSON object per datagram.</source>
        <translation>Imprimir un objeto JSON por datagrama.</translation>
    </message>
    <message>
        <source>Print only these fields, tab-separated, one line per datagram (like tshark -T fields), e.g. slot,hex. Fields: %1.</source>
        <translation>Imprime solo estos campos, separados por tabuladores, una línea por datagrama (como tshark -T fields), p. ej. slot,hex. Campos: %1.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>The UDP port of the datagrams (default 138).</source>
        <translation>Puerto UDP de los datagramas (por defecto 138).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>--json and --fields cannot be combined</source>
        <translation>--json y --fields no se pueden combinar</translation>
    </message>
    <message>
        <source>--fields: %1</source>
        <translation>--fields: %1</translation>
    </message>
    <message>
        <source>decode takes exactly one capture file</source>
        <translation>decode requiere exactamente un archivo de captura</translation>
    </message>
    <message>
        <source>link type %1</source>
        <translation>tipo de enlace %1</translation>
    </message>
    <message>
        <source>link type %1 (%2)</source>
        <translation>tipo de enlace %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not supported: %n frame(s) skipped</source>
        <translation>
            <numerusform>%1 no es compatible: %n trama omitida</numerusform>
            <numerusform>%1 no es compatible: %n tramas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the mailslot datagrams (UDP 138) of a pcap or pcapng capture file, decoded, one per line. With --json, the rows of a saved session (File &gt; Save Session... in the monitor) are shown as they were saved: origin, stream number, host, writer pid and delivery.</source>
        <translation>Imprime los datagramas mailslot (UDP 138) de un archivo de captura pcap o pcapng, decodificados, uno por línea. Con --json, las filas de una sesión guardada (Archivo &gt; Guardar sesión... en el monitor) se muestran tal como se guardaron: origen, número en el flujo, host, pid del escritor y entrega.</translation>
    </message>
</context>
<context>
    <name>DecodedSummary</name>
    <message>
        <source>Host announcement</source>
        <translation>Anuncio de host</translation>
    </message>
    <message>
        <source>Announcement request</source>
        <translation>Solicitud de anuncio</translation>
    </message>
    <message>
        <source>Browser election</source>
        <translation>Elección de examinador</translation>
    </message>
    <message>
        <source>Backup list request</source>
        <translation>Solicitud de la lista de examinadores de reserva</translation>
    </message>
    <message>
        <source>Backup list response</source>
        <translation>Respuesta con la lista de examinadores de reserva</translation>
    </message>
    <message>
        <source>Become backup browser</source>
        <translation>Convertirse en examinador de reserva</translation>
    </message>
    <message>
        <source>Domain announcement</source>
        <translation>Anuncio de dominio</translation>
    </message>
    <message>
        <source>Master browser announcement</source>
        <translation>Anuncio de examinador principal</translation>
    </message>
    <message>
        <source>Reset browser state</source>
        <translation>Restablecer el estado del examinador</translation>
    </message>
    <message>
        <source>Local master announcement</source>
        <translation>Anuncio de examinador principal local</translation>
    </message>
    <message>
        <source>Browser message (unknown opcode)</source>
        <translation>Mensaje del examinador (código de operación desconocido)</translation>
    </message>
    <message>
        <source>LAN Manager host announcement</source>
        <translation>Anuncio de host de LAN Manager</translation>
    </message>
    <message>
        <source>Messenger message</source>
        <translation>Mensaje de Messenger</translation>
    </message>
    <message>
        <source>Logon request</source>
        <translation>Solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>Logon response</source>
        <translation>Respuesta de inicio de sesión</translation>
    </message>
    <message>
        <source>Primary domain controller query</source>
        <translation>Consulta del controlador principal de dominio</translation>
    </message>
    <message>
        <source>UAS change announcement</source>
        <translation>Anuncio de cambio de UAS</translation>
    </message>
    <message>
        <source>Primary domain controller response</source>
        <translation>Respuesta del controlador principal de dominio</translation>
    </message>
    <message>
        <source>SAM logon request</source>
        <translation>Solicitud de inicio de sesión SAM</translation>
    </message>
    <message>
        <source>SAM logon response</source>
        <translation>Respuesta de inicio de sesión SAM</translation>
    </message>
    <message>
        <source>SAM logon: service paused</source>
        <translation>Inicio de sesión SAM: servicio en pausa</translation>
    </message>
    <message>
        <source>SAM logon: user unknown</source>
        <translation>Inicio de sesión SAM: usuario desconocido</translation>
    </message>
    <message>
        <source>SAM logon response (extended)</source>
        <translation>Respuesta de inicio de sesión SAM (extendida)</translation>
    </message>
    <message>
        <source>SAM logon: service paused (extended)</source>
        <translation>Inicio de sesión SAM: servicio en pausa (extendido)</translation>
    </message>
    <message>
        <source>SAM logon: user unknown (extended)</source>
        <translation>Inicio de sesión SAM: usuario desconocido (extendido)</translation>
    </message>
    <message>
        <source>Netlogon message (unknown opcode)</source>
        <translation>Mensaje de Netlogon (código de operación desconocido)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: %4</source>
        <translation>%1 de %2 para %3: %4</translation>
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
        <translation>%1 [truncado]</translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation>Mal formado: %1</translation>
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
        <translation>Se muestran los primeros %1 de %2 bytes; Copiar como texto los copia todos.</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>No hay ningún mensaje seleccionado.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Network message</source>
        <translation>Mensaje de red</translation>
    </message>
    <message>
        <source>Local message</source>
        <translation>Mensaje local</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>yes, into %1</source>
        <translation>sí, en %1</translation>
    </message>
    <message>
        <source>no (observed only)</source>
        <translation>no (solo observado)</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>NetBIOS datagram</source>
        <translation>Datagrama NetBIOS</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Datagram ID</source>
        <translation>ID de datagrama</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Dirección de origen</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nombre de origen</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nombre de destino</translation>
    </message>
    <message>
        <source>Datagram length</source>
        <translation>Longitud del datagrama</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>no legible</translation>
    </message>
    <message>
        <source>Mailslot write (SMB)</source>
        <translation>Escritura en mailslot (SMB)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>1 (reliable)</source>
        <translation>1 (fiable)</translation>
    </message>
    <message>
        <source>2 (unreliable, broadcast)</source>
        <translation>2 (no fiable, difusión)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Data offset</source>
        <translation>Desplazamiento de datos</translation>
    </message>
    <message>
        <source>Data count</source>
        <translation>Recuento de datos</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Mal formado</translation>
    </message>
    <message>
        <source>Reason key</source>
        <translation>Clave del motivo</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Truncado</translation>
    </message>
    <message>
        <source>the payload ended before every field was read</source>
        <translation>la carga útil terminó antes de que se leyeran todos los campos</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>not a well-known slot: see the Hex and Text tabs</source>
        <translation>no es un slot conocido: consulta las pestañas Hex y Texto</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;x</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>&amp;Decoded</source>
        <translation>&amp;Decodificado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Decoded fields</source>
        <translation>Campos decodificados</translation>
    </message>
    <message>
        <source>&amp;Copy Field</source>
        <translation>&amp;Copiar campo</translation>
    </message>
    <message>
        <source>Message detail</source>
        <translation>Detalle del mensaje</translation>
    </message>
    <message>
        <source>Hexadecimal dump</source>
        <translation>Volcado hexadecimal</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Codi&amp;ficación:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Copiar como hex</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>Copiar como array de C</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  %3  from %4  %Ln byte(s)</source>
        <translation>
            <numerusform>#%1  %2  %3  desde %4  %Ln byte</numerusform>
            <numerusform>#%1  %2  %3  desde %4  %Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Writer pid</source>
        <translation>Pid de quien escribe</translation>
    </message>
    <message>
        <source>Delivered by the bridge</source>
        <translation>Entregado por el puente</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Write all rows, or the rows the filter shows, as CSV, JSON or pcapng</source>
        <translation>Guardar todas las filas, o solo las que muestra el filtro, en formato CSV, JSON o pcapng</translation>
    </message>
    <message>
        <source>The export starts when the filter has been applied to every message.</source>
        <translation>La exportación empieza cuando el filtro se haya aplicado a todos los mensajes.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>&amp;All rows in the stream (%1)</source>
        <translation>&amp;Todas las filas del flujo (%1)</translation>
    </message>
    <message>
        <source>Only the rows the &amp;filter shows (%1)</source>
        <translation>Solo las filas que muestra el &amp;filtro (%1)</translation>
    </message>
    <message>
        <source>Local messages:</source>
        <translation>Mensajes locales:</translation>
    </message>
    <message>
        <source>&amp;Skip them (a pcapng file holds network datagrams)</source>
        <translation>O&amp;mitirlos (un archivo pcapng contiene datagramas de red)</translation>
    </message>
    <message>
        <source>Write them as &amp;UDP datagrams from 127.0.0.1</source>
        <translation>Escribirlos como datagramas &amp;UDP desde 127.0.0.1</translation>
    </message>
    <message>
        <source>Network rows are written as the UDP datagrams they were. A local message has no datagram: if you choose to write it, it becomes the NetBIOS datagram a Windows computer would send for it (a mailslot write to this computer&apos;s name), from 127.0.0.1 port 138 to 127.0.0.1 port 138, with its time and payload, so that Wireshark and mailslot decode show it as a mailslot write. Messages over 65,000 bytes are skipped.</source>
        <translation>Las filas de red se escriben tal como llegaron, como datagramas UDP. Un mensaje local no tiene datagrama: si decides escribirlo, se convierte en el datagrama NetBIOS que enviaría un equipo Windows para él (una escritura de mailslot dirigida al nombre de este equipo), desde el puerto 138 de 127.0.0.1 al puerto 138 de 127.0.0.1, con su hora y su carga útil, para que Wireshark y mailslot decode lo muestren como una escritura de mailslot. Los mensajes de más de 65.000 bytes se omiten.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Export Messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s) to %1...</source>
        <translation>
            <numerusform>Exportando %n fila a %1...</numerusform>
            <numerusform>Exportando %n filas a %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Se ha exportado %n fila a %1</numerusform>
            <numerusform>Se han exportado %n filas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n local message(s) skipped)</source>
        <translation>
            <numerusform>(%n mensaje local omitido)</numerusform>
            <numerusform>(%n mensajes locales omitidos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtcapCommand</name>
    <message>
        <source>A Wireshark extcap: lets Wireshark and tshark capture local slots (mailslot-slots) and the UDP 138 datagrams received (mailslot-bridge). Wireshark runs it; installed as mailslot-extcap in Wireshark&apos;s extcap folder.</source>
        <translation>Un extcap de Wireshark: permite a Wireshark y tshark capturar slots locales (mailslot-slots) y los datagramas UDP 138 recibidos (mailslot-bridge). Lo ejecuta Wireshark; se instala como mailslot-extcap en la carpeta de extcaps de Wireshark.</translation>
    </message>
    <message>
        <source>List the interfaces.</source>
        <translation>Listar las interfaces.</translation>
    </message>
    <message>
        <source>The version of Wireshark asking.</source>
        <translation>La versión de Wireshark que pregunta.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>The interface for the other requests.</source>
        <translation>La interfaz de las demás peticiones.</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaz</translation>
    </message>
    <message>
        <source>List the interface&apos;s link type.</source>
        <translation>Listar el tipo de enlace de la interfaz.</translation>
    </message>
    <message>
        <source>List the interface&apos;s settings.</source>
        <translation>Listar los ajustes de la interfaz.</translation>
    </message>
    <message>
        <source>Capture into --fifo until stopped.</source>
        <translation>Capturar en --fifo hasta que se detenga.</translation>
    </message>
    <message>
        <source>The fifo Wireshark reads.</source>
        <translation>El fifo que lee Wireshark.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>A slot name glob (app\*); without --capture: only check it.</source>
        <translation>Un patrón glob de nombres de slot (app\*); sin --capture: solo lo comprueba.</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>glob</translation>
    </message>
    <message>
        <source>Ignored (no toolbar controls).</source>
        <translation>Se ignora (sin controles de barra de herramientas).</translation>
    </message>
    <message>
        <source>Ignored.</source>
        <translation>Se ignora.</translation>
    </message>
    <message>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>Only slots matching this glob (as --extcap-capture-filter).</source>
        <translation>Solo los slots que coinciden con este glob (como --extcap-capture-filter).</translation>
    </message>
    <message>
        <source>mailslot-bridge: the UDP port (default 138).</source>
        <translation>mailslot-bridge: el puerto UDP (por defecto 138).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>mailslot-bridge: a network interface (repeatable; default: all).</source>
        <translation>mailslot-bridge: una interfaz de red (repetible; por defecto: todas).</translation>
    </message>
    <message>
        <source>extcap takes no arguments</source>
        <translation>extcap no admite argumentos</translation>
    </message>
    <message>
        <source>--extcap-interface is missing (or use --extcap-interfaces)</source>
        <translation>falta --extcap-interface (o use --extcap-interfaces)</translation>
    </message>
    <message>
        <source>--extcap-interface: unknown interface &apos;%1&apos; (%2 or %3)</source>
        <translation>--extcap-interface: interfaz desconocida &apos;%1&apos; (%2 o %3)</translation>
    </message>
    <message>
        <source>nothing to do: give --extcap-interfaces, --extcap-dlts, --extcap-config or --capture</source>
        <translation>nada que hacer: indique --extcap-interfaces, --extcap-dlts, --extcap-config o --capture</translation>
    </message>
    <message>
        <source>Mailslot Monitor</source>
        <translation>Mailslot Monitor</translation>
    </message>
    <message>
        <source>Mailslots: messages written to a local slot</source>
        <translation>Mailslots: mensajes escritos en un slot local</translation>
    </message>
    <message>
        <source>Mailslots: datagrams received on UDP 138</source>
        <translation>Mailslots: datagramas recibidos en UDP 138</translation>
    </message>
    <message>
        <source>Mailslot messages as NetBIOS datagrams (IPv4)</source>
        <translation>Mensajes mailslot como datagramas NetBIOS (IPv4)</translation>
    </message>
    <message>
        <source>Only messages to slots matching this glob, e.g. app/* (a / or a backslash between levels); the capture filter takes the same glob</source>
        <translation>Solo los mensajes a slots que coinciden con este glob, p. ej. app/* (una / o una barra invertida entre niveles); el filtro de captura admite el mismo glob</translation>
    </message>
    <message>
        <source>Slot name filter</source>
        <translation>Filtro de nombre de slot</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>Puerto UDP</translation>
    </message>
    <message>
        <source>The NetBIOS datagram port (binding 138 needs CAP_NET_BIND_SERVICE)</source>
        <translation>El puerto de datagramas NetBIOS (usar el 138 requiere CAP_NET_BIND_SERVICE)</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interfaz de red</translation>
    </message>
    <message>
        <source>Only this network interface (default: every one)</source>
        <translation>Solo esta interfaz de red (por defecto: todas)</translation>
    </message>
    <message>
        <source>--capture needs --fifo</source>
        <translation>--capture requiere --fifo</translation>
    </message>
    <message>
        <source>mailslot-slots: the slot to watch, or a pattern such as app\* (default %1: every slot of this user).</source>
        <translation>mailslot-slots: el slot que observar, o un patrón como app\* (predeterminado %1: todos los slots de este usuario).</translation>
    </message>
    <message>
        <source>name|pattern</source>
        <translation>nombre|patrón</translation>
    </message>
    <message>
        <source>Slots to watch</source>
        <translation>Slots que observar</translation>
    </message>
    <message>
        <source>A slot served by any process of this user, or a pattern (app/*; * every slot): a copy of each message written to it is captured, its reader still gets every message</source>
        <translation>Un slot servido por cualquier proceso de este usuario, o un patrón (app/*; * todos los slots): se captura una copia de cada mensaje que se escribe en él, y su lector sigue recibiendo todos los mensajes</translation>
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
        <translation>el filtro de captura &apos;%1&apos; no es un patrón de nombres de slot (%2); escriba un glob como app\* o \\.\mailslot\app\*</translation>
    </message>
    <message>
        <source>a slot name pattern has no spaces</source>
        <translation>un patrón de nombres de slot no lleva espacios</translation>
    </message>
    <message>
        <source>only local slot names, \\.\mailslot\..., are captured</source>
        <translation>solo se capturan nombres de slot locales, \\.\mailslot\...</translation>
    </message>
    <message>
        <source>the slot name is missing</source>
        <translation>falta el nombre del slot</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Wrapped around to the top</source>
        <translation>Se ha vuelto al principio</translation>
    </message>
    <message>
        <source>Wrapped around to the bottom</source>
        <translation>Se ha vuelto al final</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Text, slot, source or decoded field</source>
        <translation>Texto, slot, origen o campo decodificado</translation>
    </message>
    <message>
        <source>Find in the stream</source>
        <translation>Buscar en el flujo</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Find the next matching row (%1)</source>
        <translation>Buscar la siguiente fila que coincide (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Find the previous matching row (%1)</source>
        <translation>Buscar la fila anterior que coincide (%1)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Buscando...</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Shows one mailslot&apos;s figures (GetMailslotInfo), with its queue, server pid and creation time.</source>
        <translation>Muestra los datos de un mailslot (GetMailslotInfo), con su cola, el pid del servidor y la hora de creación.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The mailslot to inspect.</source>
        <translation>Mailslot que inspeccionar.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <source>info takes exactly one mailslot name</source>
        <translation>info requiere exactamente un nombre de mailslot</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>Nombre:                       %1</translation>
    </message>
    <message>
        <source>Max message size: %1</source>
        <translation>Tamaño máximo de mensaje:     %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Next size:        %1</source>
        <translation>Tamaño del siguiente mensaje: %1</translation>
    </message>
    <message>
        <source>Message count:    %1</source>
        <translation>Número de mensajes:           %1</translation>
    </message>
    <message>
        <source>Read timeout:     %1</source>
        <translation>Tiempo de espera de lectura:  %1</translation>
    </message>
    <message>
        <source>Queued bytes:     %1 of %2</source>
        <translation>Bytes en cola:                %1 de %2</translation>
    </message>
    <message>
        <source>Server pid:       %1</source>
        <translation>PID del servidor:             %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Creado:                       %1</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>the journal&apos;s socket path is too long: %1</source>
        <translation>la ruta del socket del journal es demasiado larga: %1</translation>
    </message>
    <message>
        <source>cannot open a socket for the journal: %1</source>
        <translation>no se puede abrir un socket para el journal: %1</translation>
    </message>
    <message>
        <source>cannot reach the journal at %1: %2</source>
        <translation>no se puede alcanzar el journal en %1: %2</translation>
    </message>
    <message>
        <source>the systemd journal exists on Linux only</source>
        <translation>el journal de systemd solo existe en Linux</translation>
    </message>
    <message>
        <source>the journal did not take an entry: %1</source>
        <translation>el journal no aceptó una entrada: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
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
        <translation>Lista todos los mailslots de este usuario, con sus datos (GetMailslotInfo), el pid del servidor y la hora de creación.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list no admite argumentos</translation>
    </message>
    <message>
        <source>No mailslots.</source>
        <translation>No hay mailslots.</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>SIGUIENTE</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MÁX</translation>
    </message>
    <message>
        <source>TIMEOUT</source>
        <translation>ESPERA</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>no figures: %1</source>
        <translation>sin datos: %1</translation>
    </message>
</context>
<context>
    <name>MailslotError</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>La operación se ha completado correctamente.</translation>
    </message>
    <message>
        <source>No mailslot of this name exists, or its server has closed it.</source>
        <translation>No existe ningún mailslot con este nombre, o su servidor lo ha cerrado.</translation>
    </message>
    <message>
        <source>The path was not found.</source>
        <translation>No se ha encontrado la ruta.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Acceso denegado.</translation>
    </message>
    <message>
        <source>The mailslot is closed.</source>
        <translation>El mailslot está cerrado.</translation>
    </message>
    <message>
        <source>Not enough memory for the mailslot.</source>
        <translation>No hay memoria suficiente para el mailslot.</translation>
    </message>
    <message>
        <source>The message of %1 bytes is longer than the %2 bytes a network mailslot message may have.</source>
        <translation>El mensaje de %1 bytes supera los %2 bytes que puede tener un mensaje de mailslot de red.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>No se ha encontrado la ruta de red.</translation>
    </message>
    <message>
        <source>The parameter is incorrect.</source>
        <translation>El parámetro no es correcto.</translation>
    </message>
    <message>
        <source>No message arrived within the read timeout.</source>
        <translation>No ha llegado ningún mensaje dentro del tiempo de espera de lectura.</translation>
    </message>
    <message>
        <source>The buffer of %1 bytes is too small for the next message of %2 bytes; the message stays queued.</source>
        <translation>El búfer de %1 bytes es demasiado pequeño para el siguiente mensaje, de %2 bytes; el mensaje permanece en la cola.</translation>
    </message>
    <message>
        <source>The mailslot name is invalid.</source>
        <translation>El nombre del mailslot no es válido.</translation>
    </message>
    <message>
        <source>A mailslot of this name already exists: another server holds it.</source>
        <translation>Ya existe un mailslot con este nombre: lo tiene otro servidor.</translation>
    </message>
    <message>
        <source>The message of %1 bytes does not fit the slot&apos;s queue of %2 bytes.</source>
        <translation>El mensaje de %1 bytes no cabe en la cola del slot, de %2 bytes.</translation>
    </message>
    <message numerus="yes">
        <source>The slot&apos;s queue stayed full until the write timed out after %n ms.</source>
        <translation>
            <numerusform>La cola del slot siguió llena hasta que se agotó el tiempo de espera de la escritura, tras %n ms.</numerusform>
            <numerusform>La cola del slot siguió llena hasta que se agotó el tiempo de espera de la escritura, tras %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message of %1 bytes is larger than the slot&apos;s maximum message size of %2 bytes.</source>
        <translation>El mensaje de %1 bytes supera el tamaño máximo de mensaje del slot, de %2 bytes.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>La operación ha fallado.</translation>
    </message>
    <message>
        <source>The reading end has gone (broken pipe).</source>
        <translation>El extremo que leía ya no está (tubería rota).</translation>
    </message>
    <message>
        <source>The system has no room for the message of %1 bytes in the slot&apos;s queue; Windows does not make a writer wait, so try again once the server has read some messages.</source>
        <translation>El sistema no tiene espacio para el mensaje de %1 bytes en la cola del slot; Windows no hace esperar a quien escribe, así que vuelve a intentarlo cuando el servidor haya leído algunos mensajes.</translation>
    </message>
    <message>
        <source>The slot&apos;s queue is full, and the write was not allowed to wait.</source>
        <translation>La cola del slot está llena y la escritura no podía esperar.</translation>
    </message>
    <message>
        <source>Remote mailslots are turned off on this computer (Windows 11 24H2 and Windows Server 2025 disable them by default). An administrator can turn them back on with the PowerShell command Set-SmbClientConfiguration -EnableMailslots $true, or with the group policy &quot;Enable remote mailslots&quot; (Computer Configuration &gt; Administrative Templates &gt; Network &gt; Lanman Workstation).</source>
        <translation>Los mailslots remotos están desactivados en este equipo (Windows 11 24H2 y Windows Server 2025 los desactivan de forma predeterminada). Un administrador puede volver a activarlos con el comando de PowerShell Set-SmbClientConfiguration -EnableMailslots $true, o con la directiva de grupo &quot;Enable remote mailslots&quot; (Configuración del equipo &gt; Plantillas administrativas &gt; Red &gt; Estación de trabajo Lanman).</translation>
    </message>
</context>
<context>
    <name>MailslotName</name>
    <message>
        <source>A mailslot can only be created on this computer (\\.\mailslot\...).</source>
        <translation>Un mailslot solo se puede crear en este equipo (\\.\mailslot\...).</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The computer or domain name after \\ is missing.</source>
        <translation>Falta el nombre del equipo o dominio después de \\.</translation>
    </message>
    <message>
        <source>The computer or domain name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation>El nombre de equipo o dominio &quot;%1&quot; contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>A mailslot name continues with \mailslot\ after the computer or domain name.</source>
        <translation>Un nombre de mailslot continúa con \mailslot\ después del nombre de equipo o dominio.</translation>
    </message>
    <message>
        <source>A name that starts with \ must start with \mailslot\.</source>
        <translation>Un nombre que empieza por \ debe empezar por \mailslot\.</translation>
    </message>
    <message>
        <source>The mailslot name after \mailslot\ is empty.</source>
        <translation>El nombre de mailslot después de \mailslot\ está vacío.</translation>
    </message>
    <message>
        <source>The name after \mailslot\ has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre después de \mailslot\ tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The name contains a NUL character.</source>
        <translation>El nombre contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The name contains a control character (U+%1).</source>
        <translation>El nombre contiene un carácter de control (U+%1).</translation>
    </message>
    <message>
        <source>The name has an empty component (two separators in a row, or one at the end).</source>
        <translation>El nombre tiene un componente vacío (dos separadores seguidos, o uno al final).</translation>
    </message>
    <message>
        <source>The name has a &quot;%1&quot; component, which is not allowed.</source>
        <translation>El nombre tiene un componente &quot;%1&quot;, que no está permitido.</translation>
    </message>
    <message>
        <source>Writing to another computer&apos;s mailslot goes through the network bridge.</source>
        <translation>La escritura en el mailslot de otro equipo pasa por el puente de red.</translation>
    </message>
    <message>
        <source>Only mailslots on this computer can be inspected.</source>
        <translation>Solo se pueden inspeccionar los mailslots de este equipo.</translation>
    </message>
    <message>
        <source>The computer or domain name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre de equipo o dominio tiene %1 caracteres; se permiten como máximo %2.</translation>
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
        <translation>Acerca de Mailslot Monitor</translation>
    </message>
    <message>
        <source>Mailslot Monitor %1

Watch Win32 mailslots live, send test messages and read slot statistics (GetMailslotInfo).</source>
        <translation>Mailslot Monitor %1

Observa mailslots de Win32 en tiempo real, envía mensajes de prueba y lee las estadísticas de los slots (GetMailslotInfo).</translation>
    </message>
    <message>
        <source>Mailslot Monitor</source>
        <translation>Mailslot Monitor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Slots</source>
        <translation>&amp;Slots</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>&amp;Copiar texto del mensaje</translation>
    </message>
    <message>
        <source>&amp;About Mailslot Monitor</source>
        <translation>&amp;Acerca de Mailslot Monitor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Message detail</source>
        <translation>Detalle del mensaje</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>Abrir archivo de captura</translation>
    </message>
    <message numerus="yes">
        <source>%1

%n datagram(s) read before the error are in the stream.</source>
        <translation>
            <numerusform>%1

Se ha añadido al flujo %n datagrama leído antes del error.</numerusform>
            <numerusform>%1

Se han añadido al flujo %n datagramas leídos antes del error.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.pcap *.cap);;All files (*)</source>
        <translation>Capturas (*.pcapng *.pcap *.cap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>&amp;Open Capture...</source>
        <translation>&amp;Abrir archivo de captura...</translation>
    </message>
    <message>
        <source>Network &amp;Settings...</source>
        <translation>&amp;Configuración de red...</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Read the mailslot datagrams of a pcap or pcapng file, or a saved session, into the stream</source>
        <translation>Leer en el flujo los datagramas mailslot de un archivo pcap o pcapng, o una sesión guardada</translation>
    </message>
</context>
<context>
    <name>MalformedReason</name>
    <message>
        <source>Well-formed</source>
        <translation>Bien formado</translation>
    </message>
    <message>
        <source>The datagram is truncated</source>
        <translation>El datagrama está truncado</translation>
    </message>
    <message>
        <source>Unknown NetBIOS datagram message type</source>
        <translation>Tipo de mensaje de datagrama NetBIOS desconocido</translation>
    </message>
    <message>
        <source>Fragmented NetBIOS datagram (mailslots are never fragmented)</source>
        <translation>Datagrama NetBIOS fragmentado (los mailslots nunca se fragmentan)</translation>
    </message>
    <message>
        <source>DGM_LENGTH does not match the received size</source>
        <translation>DGM_LENGTH no coincide con el tamaño recibido</translation>
    </message>
    <message>
        <source>Badly encoded NetBIOS name</source>
        <translation>Nombre NetBIOS mal codificado</translation>
    </message>
    <message>
        <source>Error or query datagram without user data</source>
        <translation>Datagrama de error o de consulta sin datos de usuario</translation>
    </message>
    <message>
        <source>User data is not an SMB message</source>
        <translation>Los datos de usuario no son un mensaje SMB</translation>
    </message>
    <message>
        <source>SMB command is not a transaction</source>
        <translation>El comando SMB no es una transacción</translation>
    </message>
    <message>
        <source>SMB WordCount is not 17</source>
        <translation>WordCount de SMB no es 17</translation>
    </message>
    <message>
        <source>Transaction SetupCount is not 3</source>
        <translation>SetupCount de la transacción no es 3</translation>
    </message>
    <message>
        <source>Mailslot opcode is not 1 (write)</source>
        <translation>El código de operación del mailslot no es 1 (escritura)</translation>
    </message>
    <message>
        <source>DataOffset points outside the message</source>
        <translation>DataOffset apunta fuera del mensaje</translation>
    </message>
    <message>
        <source>DataCount runs past the end of the message</source>
        <translation>DataCount se extiende más allá del final del mensaje</translation>
    </message>
    <message>
        <source>Mailslot name is not NUL-terminated</source>
        <translation>El nombre del mailslot no termina en NUL</translation>
    </message>
    <message>
        <source>Transaction name is not under \MAILSLOT\</source>
        <translation>El nombre de la transacción no está bajo \MAILSLOT\</translation>
    </message>
    <message>
        <source>IP fragment: the rest of the UDP datagram is in other frames</source>
        <translation>Fragmento IP: el resto del datagrama UDP está en otras tramas</translation>
    </message>
    <message>
        <source>The capture kept only part of the frame (snap length)</source>
        <translation>La captura solo guardó parte de la trama (longitud de captura)</translation>
    </message>
    <message>
        <source>The IP length runs past the end of the frame</source>
        <translation>La longitud IP se extiende más allá del final de la trama</translation>
    </message>
    <message>
        <source>The UDP length does not match the IP payload</source>
        <translation>La longitud UDP no coincide con la carga útil IP</translation>
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
        <translation>Captura pcapng</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Could not export to %1: it is not a regular file.</source>
        <translation>No se ha podido exportar a %1: no es un archivo normal.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se ha podido exportar a %1: %2</translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Nothing was written; an existing file was left unchanged.</source>
        <translation>No se ha podido exportar a %1: %2. No se ha escrito nada; si ya existía un archivo, no se ha modificado.</translation>
    </message>
    <message>
        <source>Export to %1 cancelled. Nothing was written; an existing file was left unchanged.</source>
        <translation>Exportación a %1 cancelada. No se escribió nada; un archivo existente quedó sin cambios.</translation>
    </message>
</context>
<context>
    <name>MessageFilterProxy</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>local</source>
        <comment>message source: this computer</comment>
        <translation>local</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>NetBIOS name: %1</source>
        <translation>Nombre NetBIOS: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Delivered into the local slot</source>
        <translation>Entregado en el slot local</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>message sequence number</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Decodificado</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Equipo</translation>
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
            <numerusform>En pausa: %n mensaje nuevo durante la pausa</numerusform>
            <numerusform>En pausa: %n mensajes nuevos durante la pausa</numerusform>
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
        <translation>Filtro de slot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Texto en el mensaje</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtro de texto</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause the view: messages are still received and counted</source>
        <translation>Pausar la vista: los mensajes se siguen recibiendo y contando</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Remove every message from the view</source>
        <translation>Quitar todos los mensajes de la vista</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Stream Capacity</source>
        <translation>Capacidad del flujo</translation>
    </message>
    <message>
        <source>Keep at most this many messages in the stream (the oldest go first):</source>
        <translation>Conservar como máximo este número de mensajes en el flujo (los más antiguos se eliminan primero):</translation>
    </message>
    <message>
        <source>Stream &amp;Capacity...</source>
        <translation>&amp;Capacidad del flujo...</translation>
    </message>
    <message>
        <source>C&amp;oloring Rules...</source>
        <translation>Reglas de c&amp;olor...</translation>
    </message>
    <message>
        <source>Follow This &amp;Slot</source>
        <translation>Seguir este &amp;slot</translation>
    </message>
    <message>
        <source>Show only the messages of this row&apos;s slot</source>
        <translation>Mostrar solo los mensajes del slot de esta fila</translation>
    </message>
    <message>
        <source>Follow This S&amp;ender</source>
        <translation>Seguir este &amp;remitente</translation>
    </message>
    <message>
        <source>Show only the messages from this row&apos;s sender</source>
        <translation>Mostrar solo los mensajes del remitente de esta fila</translation>
    </message>
    <message>
        <source>Show &amp;All Messages</source>
        <translation>Mostrar &amp;todos los mensajes</translation>
    </message>
    <message numerus="yes">
        <source>Filtering: %1 of %n message(s)</source>
        <translation>
            <numerusform>Filtrando: %1 de %n mensaje</numerusform>
            <numerusform>Filtrando: %1 de %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Slots whose name contains this text; in double quotes, exactly this name</source>
        <translation>Slots cuyo nombre contiene este texto; entre comillas dobles, exactamente este nombre</translation>
    </message>
    <message>
        <source>Sources that contain this text; in double quotes, exactly this source or address</source>
        <translation>Orígenes que contienen este texto; entre comillas dobles, exactamente este origen o dirección</translation>
    </message>
</context>
<context>
    <name>MessengerDecoder</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Code page</source>
        <translation>Página de códigos</translation>
    </message>
</context>
<context>
    <name>NetlogonDecoder</name>
    <message>
        <source>NT version</source>
        <translation>Versión de NT</translation>
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
        <translation>Código de operación</translation>
    </message>
    <message>
        <source>Opcode name</source>
        <translation>Nombre del código de operación</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Mailslot name</source>
        <translation>Nombre del mailslot</translation>
    </message>
    <message>
        <source>Request count</source>
        <translation>Número de solicitudes</translation>
    </message>
    <message>
        <source>PDC name</source>
        <translation>Nombre del PDC</translation>
    </message>
    <message>
        <source>Computer name (Unicode)</source>
        <translation>Nombre del equipo (Unicode)</translation>
    </message>
    <message>
        <source>PDC name (Unicode)</source>
        <translation>Nombre del PDC (Unicode)</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <source>Allowable account control</source>
        <translation>Control de cuentas permitido</translation>
    </message>
    <message>
        <source>Domain SID size</source>
        <translation>Tamaño del SID de dominio</translation>
    </message>
    <message>
        <source>Domain SID</source>
        <translation>SID de dominio</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Sbz</source>
        <translation>Sbz</translation>
    </message>
    <message>
        <source>DS flags</source>
        <translation>Indicadores de DS</translation>
    </message>
    <message>
        <source>Domain GUID</source>
        <translation>GUID de dominio</translation>
    </message>
    <message>
        <source>DNS forest name</source>
        <translation>Nombre DNS del bosque</translation>
    </message>
    <message>
        <source>DNS domain name</source>
        <translation>Nombre DNS del dominio</translation>
    </message>
    <message>
        <source>DNS host name</source>
        <translation>Nombre DNS del host</translation>
    </message>
    <message>
        <source>NetBIOS domain name</source>
        <translation>Nombre NetBIOS del dominio</translation>
    </message>
    <message>
        <source>NetBIOS computer name</source>
        <translation>Nombre NetBIOS del equipo</translation>
    </message>
    <message>
        <source>DC site name</source>
        <translation>Nombre del sitio del DC</translation>
    </message>
    <message>
        <source>Client site name</source>
        <translation>Nombre del sitio del cliente</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>NetworkBridge</name>
    <message>
        <source>There is no network interface &quot;%1&quot;.</source>
        <translation>No existe la interfaz de red &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the capture file %1: %2</source>
        <translation>No se puede escribir el archivo de captura %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on UDP %1 port %2: %3</source>
        <translation>No se puede escuchar en UDP %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Ports below 1024 need root or the CAP_NET_BIND_SERVICE capability: run &apos;sudo setcap cap_net_bind_service=+ep %1&apos;, or choose another port with --port.</source>
        <translation>Los puertos inferiores a 1024 requieren root o la capacidad CAP_NET_BIND_SERVICE: ejecuta &apos;sudo setcap cap_net_bind_service=+ep %1&apos; o elige otro puerto con --port.</translation>
    </message>
    <message>
        <source>Writing the capture file failed: %1</source>
        <translation>Error al escribir el archivo de captura: %1</translation>
    </message>
</context>
<context>
    <name>NetworkBridgeController</name>
    <message>
        <source>The network bridge is not available on Windows: Windows itself carries mailslot datagrams on UDP 138. Messages to other computers are written through the system.</source>
        <translation>El puente de red no está disponible en Windows: el propio Windows transporta los datagramas de mailslot por UDP 138. Los mensajes a otros equipos se escriben a través del sistema.</translation>
    </message>
</context>
<context>
    <name>NetworkCountersBox</name>
    <message>
        <source>%1 by the kernel, %2 not deliverable</source>
        <translation>%1 por el kernel, %2 no entregables</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibidos:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Entregados:</translation>
    </message>
    <message>
        <source>Observed only:</source>
        <translation>Solo observados:</translation>
    </message>
    <message>
        <source>Malformed:</source>
        <translation>Mal formados:</translation>
    </message>
    <message>
        <source>Duplicates suppressed:</source>
        <translation>Duplicados suprimidos:</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>Descartados:</translation>
    </message>
</context>
<context>
    <name>NetworkDock</name>
    <message>
        <source>Network: %1</source>
        <translation>Red: %1</translation>
    </message>
    <message>
        <source>%1  (not present)</source>
        <translation>%1  (no presente)</translation>
    </message>
    <message>
        <source>The monitor may not listen on UDP port %1: ports below 1024 need root or the CAP_NET_BIND_SERVICE capability.

To fix it, either give the monitor that capability once, then start it again:
    %2
or choose a port from 1024 up in the Network settings (Windows computers and Samba send to port 138, so another port only reaches senders you set to it, such as mailslot send --port).</source>
        <translation>El monitor no tiene permiso para escuchar en el puerto UDP %1: los puertos inferiores a 1024 requieren root o la capacidad CAP_NET_BIND_SERVICE.

Para solucionarlo, concede una vez esa capacidad al monitor y vuelve a iniciarlo:
    %2
o elige un puerto a partir del 1024 en la configuración de red (los equipos Windows y Samba envían al puerto 138, así que otro puerto solo recibe de los remitentes que configures para usarlo, como mailslot send --port).</translation>
    </message>
    <message>
        <source>The monitor could not listen on UDP port %1: another program uses it without sharing it (Samba&apos;s nmbd shares it). Stop that program or choose another port in the Network settings.

%2</source>
        <translation>El monitor no ha podido escuchar en el puerto UDP %1: otro programa lo usa sin compartirlo (nmbd de Samba sí lo comparte). Detén ese programa o elige otro puerto en la configuración de red.

%2</translation>
    </message>
    <message>
        <source>The network could not be turned on: %1</source>
        <translation>No se ha podido activar la red: %1</translation>
    </message>
    <message>
        <source>Network on: listening on UDP port %1</source>
        <translation>Red activada: escuchando en el puerto UDP %1</translation>
    </message>
    <message>
        <source>Network off</source>
        <translation>Red desactivada</translation>
    </message>
    <message>
        <source>Network restarted with the new settings</source>
        <translation>Red reiniciada con la nueva configuración</translation>
    </message>
    <message>
        <source>Network: off</source>
        <translation>Red: desactivada</translation>
    </message>
    <message>
        <source>Network: off (could not start)</source>
        <translation>Red: desactivada (no se pudo iniciar)</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>todas las interfaces</translation>
    </message>
    <message>
        <source>On: listening on UDP port %1 (%2) as %3 in workgroup %4.</source>
        <translation>Activada: escuchando en el puerto UDP %1 (%2) como %3 en el grupo de trabajo %4.</translation>
    </message>
    <message>
        <source>Sending to other computers: by broadcast and name query.</source>
        <translation>Envío a otros equipos: por difusión y consulta de nombres.</translation>
    </message>
    <message>
        <source>Sending to other computers: to %1.</source>
        <translation>Envío a otros equipos: a %1.</translation>
    </message>
    <message>
        <source>Off: nothing is received from or sent to other computers.</source>
        <translation>Desactivada: no se recibe nada de otros equipos ni se les envía nada.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Network On</source>
        <translation>&amp;Red activada</translation>
    </message>
    <message>
        <source>Listen for mailslot datagrams on UDP and allow sending to other computers</source>
        <translation>Escuchar datagramas de mailslot en UDP y permitir el envío a otros equipos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Copy the setcap Command</source>
        <translation>Copiar el comando setcap</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>UDP &amp;port:</source>
        <translation>&amp;Puerto UDP:</translation>
    </message>
    <message>
        <source>NetBIOS &amp;name:</source>
        <translation>&amp;Nombre NetBIOS:</translation>
    </message>
    <message>
        <source>&amp;Workgroup:</source>
        <translation>&amp;Grupo de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>&amp;Interfaces:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>En&amp;viar a:</translation>
    </message>
    <message>
        <source>Windows and Samba use port 138; ports below 1024 need the CAP_NET_BIND_SERVICE capability</source>
        <translation>Windows y Samba usan el puerto 138; los puertos inferiores a 1024 requieren la capacidad CAP_NET_BIND_SERVICE</translation>
    </message>
    <message>
        <source>NetBIOS name</source>
        <translation>Nombre NetBIOS</translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s host name</source>
        <translation>Vacío: el nombre de host del equipo</translation>
    </message>
    <message>
        <source>Workgroup</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Empty: the workgroup of smb.conf, or WORKGROUP</source>
        <translation>Vacío: el grupo de trabajo de smb.conf, o WORKGROUP</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces de red</translation>
    </message>
    <message>
        <source>None checked: every interface.</source>
        <translation>Ninguna marcada: todas las interfaces.</translation>
    </message>
    <message>
        <source>empty: broadcast, or find the computer by name</source>
        <translation>vacío: difusión, o buscar el equipo por nombre</translation>
    </message>
    <message>
        <source>Send to address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <source>An IPv4 address or host name that every network message is sent to instead</source>
        <translation>Dirección IPv4 o nombre de host al que se envían todos los mensajes de red en su lugar</translation>
    </message>
    <message>
        <source>&amp;Apply and Restart</source>
        <translation>Aplicar y &amp;reiniciar</translation>
    </message>
    <message>
        <source>Restart the network with these settings</source>
        <translation>Reiniciar la red con esta configuración</translation>
    </message>
    <message>
        <source>Network: UDP %1 on %2: %3 received, %4 delivered, %5 malformed, %6 duplicates, %7 dropped</source>
        <translation>Red: UDP %1 en %2: %3 recibidos, %4 entregados, %5 mal formados, %6 duplicados, %7 descartados</translation>
    </message>
    <message>
        <source>Network &amp;on</source>
        <translation>Red a&amp;ctivada</translation>
    </message>
    <message>
        <source>Receive datagrams and send to other computers.</source>
        <translation>Recibe datagramas y permite enviar a otros equipos.</translation>
    </message>
    <message>
        <source>&amp;Suppress duplicates</source>
        <translation>&amp;Suprimir duplicados</translation>
    </message>
    <message>
        <source>The same sender, ID and data within 2 s count once.</source>
        <translation>Mismo remitente, ID y datos en menos de 2 s: cuentan una sola vez.</translation>
    </message>
    <message>
        <source>&amp;Deliver into local slots</source>
        <translation>&amp;Entregar en los slots locales</translation>
    </message>
    <message>
        <source>Messages for this computer go into its slots.</source>
        <translation>Los mensajes para este equipo se entregan en sus slots.</translation>
    </message>
    <message>
        <source>Windows and Samba use port 138</source>
        <translation>Windows y Samba usan el puerto 138</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>Códigos &amp;OEM:</translation>
    </message>
    <message>
        <source>Network: UDP %1</source>
        <translation>Red: UDP %1</translation>
    </message>
</context>
<context>
    <name>NetworkIdentity</name>
    <message>
        <source>The NetBIOS name is empty.</source>
        <translation>El nombre NetBIOS está vacío.</translation>
    </message>
    <message>
        <source>The NetBIOS name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation>El nombre NetBIOS &quot;%1&quot; contiene un carácter no permitido.</translation>
    </message>
</context>
<context>
    <name>NetworkSend</name>
    <message>
        <source>--priority: &apos;%1&apos; is not a number from 0 to 9</source>
        <translation>--priority: &apos;%1&apos; no es un número de 0 a 9</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: sent %n datagram(s)</source>
        <translation>
            <numerusform>mailslot: enviado %n datagrama</numerusform>
            <numerusform>mailslot: enviados %n datagramas</numerusform>
        </translation>
    </message>
    <message>
        <source>as %1 to %2 at %3 port %4, from port %5</source>
        <translation>como %1 a %2 en %3, puerto %4, desde el puerto %5</translation>
    </message>
</context>
<context>
    <name>NetworkSender</name>
    <message>
        <source>%1 is a mailslot on this computer.</source>
        <translation>%1 es un mailslot de este equipo.</translation>
    </message>
    <message>
        <source>Sending to other computers is not enabled.</source>
        <translation>El envío a otros equipos no está habilitado.</translation>
    </message>
    <message>
        <source>A network mailslot name may only use Latin-1 characters.</source>
        <translation>Un nombre de mailslot de red solo puede usar caracteres Latin-1.</translation>
    </message>
    <message>
        <source>There is no network interface &quot;%1&quot;.</source>
        <translation>No existe la interfaz de red &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The network interface &quot;%1&quot; is down or has no IPv4 broadcast address.</source>
        <translation>La interfaz de red &quot;%1&quot; está inactiva o no tiene dirección de difusión IPv4.</translation>
    </message>
    <message>
        <source>No running network interface has an IPv4 broadcast address.</source>
        <translation>Ninguna interfaz de red activa tiene dirección de difusión IPv4.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not an IPv4 address or a known host.</source>
        <translation>La dirección &quot;%1&quot; no es una dirección IPv4 ni un host conocido.</translation>
    </message>
    <message>
        <source>The computer &quot;%1&quot; did not answer a NetBIOS name query and the system resolver does not know it; give its address with --to.</source>
        <translation>El equipo &quot;%1&quot; no ha respondido a una consulta de nombre NetBIOS y el resolvedor del sistema no lo conoce; indica su dirección con --to.</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket: %1</source>
        <translation>No se puede abrir un socket UDP: %1</translation>
    </message>
    <message>
        <source>Sending to %1 port %2 failed: %3</source>
        <translation>Error al enviar a %1, puerto %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) could not be sent.</source>
        <translation>
            <numerusform>No se ha podido enviar %n datagrama.</numerusform>
            <numerusform>No se han podido enviar %n datagramas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Choose a UDP port from 1 to 65535.</source>
        <translation>Elige un puerto UDP de 1 a 65535.</translation>
    </message>
    <message>
        <source>NetBIOS name: %1</source>
        <translation>Nombre NetBIOS: %1</translation>
    </message>
    <message>
        <source>Workgroup: %1</source>
        <translation>Grupo de trabajo: %1</translation>
    </message>
    <message>
        <source>Send to: &quot;%1&quot; is not an IPv4 address.</source>
        <translation>Enviar a: &quot;%1&quot; no es una dirección IPv4.</translation>
    </message>
</context>
<context>
    <name>NewSlotDialog</name>
    <message>
        <source>Type a name, e.g. mailslot_demo or \\.\mailslot\demo\events.</source>
        <translation>Escribe un nombre, p. ej. mailslot_demo o \\.\mailslot\demo\events.</translation>
    </message>
    <message>
        <source>A slot can only be created on this computer (\\.\mailslot\...); %1 names another computer.</source>
        <translation>Un slot solo se puede crear en este equipo (\\.\mailslot\...); %1 designa otro equipo.</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>Se creará %1</translation>
    </message>
    <message>
        <source>New Mailslot</source>
        <translation>Nuevo mailslot</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>mailslot_demo</source>
        <translation>mailslot_demo</translation>
    </message>
    <message>
        <source>Mailslot name</source>
        <translation>Nombre del mailslot</translation>
    </message>
    <message>
        <source>&amp;Maximum message size:</source>
        <translation>Tamaño &amp;máximo de mensaje:</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>Tamaño máximo de mensaje</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>Tiempo de espera de &amp;lectura:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Tiempo de espera de lectura</translation>
    </message>
    <message>
        <source>Wait &amp;forever</source>
        <translation>Esperar &amp;indefinidamente</translation>
    </message>
    <message>
        <source>&amp;Hold: create the slot but do not read it yet</source>
        <translation>&amp;Retener: crear el slot pero no leerlo todavía</translation>
    </message>
    <message>
        <source>Syntax: \\.\mailslot\[path\]name, or just [path\]name for this computer. Names are case-insensitive; &apos;/&apos; is taken as &apos;\&apos;. A name can be used by one server at a time.</source>
        <translation>Sintaxis: \\.\mailslot\[ruta\]nombre, o solo [ruta\]nombre para este equipo. Los nombres no distinguen mayúsculas de minúsculas; &apos;/&apos; se interpreta como &apos;\&apos;. Cada nombre solo puede usarlo un servidor a la vez.</translation>
    </message>
</context>
<context>
    <name>ObservedDatagram</name>
    <message numerus="yes">
        <source>malformed (%1), %n byte(s)</source>
        <translation>
            <numerusform>mal formado (%1), %n byte</numerusform>
            <numerusform>mal formado (%1), %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>[delivered to %1]</source>
        <translation>[entregado en %1]</translation>
    </message>
</context>
<context>
    <name>OemCodec</name>
    <message>
        <source>%1, from the locale %2</source>
        <translation>%1, de la configuración regional %2</translation>
    </message>
    <message>
        <source>%1, from the locale %2; Windows uses %3 there, which is not decoded here, and %1 is the nearest</source>
        <translation>%1, de la configuración regional %2; Windows usa allí %3, que aquí no se decodifica, y %1 es la más cercana</translation>
    </message>
</context>
<context>
    <name>PayloadFile</name>
    <message>
        <source>It is not a regular file (a device, FIFO or socket); --file sends the contents of a regular file.</source>
        <translation>No es un archivo normal (es un dispositivo, una FIFO o un socket); --file envía el contenido de un archivo normal.</translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <source>The character &quot;%1&quot; (U+%2) cannot be written in %3.</source>
        <translation>El carácter &quot;%1&quot; (U+%2) no se puede escribir en %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit.</source>
        <translation>&quot;%1&quot; no es un dígito hexadecimal.</translation>
    </message>
    <message numerus="yes">
        <source>The hexadecimal text has an odd number of digits (%n).</source>
        <translation>
            <numerusform>El texto hexadecimal tiene un número impar de dígitos (%n).</numerusform>
            <numerusform>El texto hexadecimal tiene un número impar de dígitos (%n).</numerusform>
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
        <translation>OEM 437 (EE. UU.)</translation>
    </message>
    <message>
        <source>OEM 850 (Western Europe)</source>
        <translation>OEM 850 (Europa occidental)</translation>
    </message>
</context>
<context>
    <name>PcapReader</name>
    <message>
        <source>The capture device is not open for reading</source>
        <translation>El dispositivo de captura no está abierto para lectura</translation>
    </message>
    <message>
        <source>Empty file: not a capture file</source>
        <translation>Archivo vacío: no es un archivo de captura</translation>
    </message>
    <message>
        <source>Truncated capture file header at offset %1</source>
        <translation>Cabecera de archivo de captura truncada en el desplazamiento %1</translation>
    </message>
    <message>
        <source>Not a capture file (unknown magic %1 at offset 0)</source>
        <translation>No es un archivo de captura (número mágico %1 desconocido en el desplazamiento 0)</translation>
    </message>
    <message>
        <source>Truncated pcap file header at offset %1</source>
        <translation>Cabecera de archivo pcap truncada en el desplazamiento %1</translation>
    </message>
    <message>
        <source>Unsupported pcap version %1</source>
        <translation>Versión de pcap %1 no admitida</translation>
    </message>
    <message>
        <source>Truncated pcap record header at offset %1</source>
        <translation>Cabecera de registro pcap truncada en el desplazamiento %1</translation>
    </message>
    <message>
        <source>pcap record at offset %1 claims %2 bytes (corrupt file)</source>
        <translation>El registro pcap en el desplazamiento %1 declara %2 bytes (archivo dañado)</translation>
    </message>
    <message>
        <source>Truncated pcap record data at offset %1 (record at offset %2)</source>
        <translation>Datos de registro pcap truncados en el desplazamiento %1 (registro en el desplazamiento %2)</translation>
    </message>
    <message>
        <source>Section header block at offset %1 is too short</source>
        <translation>El bloque Section Header en el desplazamiento %1 es demasiado corto</translation>
    </message>
    <message>
        <source>Unsupported pcapng version %1 at offset %2</source>
        <translation>Versión de pcapng %1 no admitida en el desplazamiento %2</translation>
    </message>
    <message>
        <source>Interface description block at offset %1 is too short</source>
        <translation>El bloque Interface Description en el desplazamiento %1 es demasiado corto</translation>
    </message>
    <message>
        <source>Bad option length in interface block at offset %1</source>
        <translation>Longitud de opción incorrecta en el bloque de interfaz en el desplazamiento %1</translation>
    </message>
    <message>
        <source>Unsupported if_tsresol in block at offset %1</source>
        <translation>if_tsresol no admitido en el bloque en el desplazamiento %1</translation>
    </message>
    <message>
        <source>Truncated pcapng section header at offset %1</source>
        <translation>Cabecera de sección pcapng truncada en el desplazamiento %1</translation>
    </message>
    <message>
        <source>Truncated pcapng block header at offset %1</source>
        <translation>Cabecera de bloque pcapng truncada en el desplazamiento %1</translation>
    </message>
    <message>
        <source>Not a capture file (pcapng byte-order magic missing at offset 8)</source>
        <translation>No es un archivo de captura (falta el número mágico de orden de bytes de pcapng en el desplazamiento 8)</translation>
    </message>
    <message>
        <source>Bad pcapng byte-order magic at offset %1</source>
        <translation>Número mágico de orden de bytes de pcapng incorrecto en el desplazamiento %1</translation>
    </message>
    <message>
        <source>Bad pcapng block length %1 at offset %2</source>
        <translation>Longitud de bloque pcapng incorrecta (%1) en el desplazamiento %2</translation>
    </message>
    <message>
        <source>pcapng block at offset %1 claims %2 bytes (corrupt file)</source>
        <translation>El bloque pcapng en el desplazamiento %1 declara %2 bytes (archivo dañado)</translation>
    </message>
    <message>
        <source>Truncated pcapng block at offset %1 (file ends at offset %2)</source>
        <translation>Bloque pcapng truncado en el desplazamiento %1 (el archivo termina en el desplazamiento %2)</translation>
    </message>
    <message>
        <source>pcapng block at offset %1: trailing length %2 differs from %3</source>
        <translation>Bloque pcapng en el desplazamiento %1: la longitud final %2 difiere de %3</translation>
    </message>
    <message>
        <source>Enhanced packet block at offset %1 is too short</source>
        <translation>El bloque Enhanced Packet en el desplazamiento %1 es demasiado corto</translation>
    </message>
    <message>
        <source>Enhanced packet block at offset %1: captured length %2 exceeds the block</source>
        <translation>Bloque Enhanced Packet en el desplazamiento %1: la longitud capturada %2 excede el bloque</translation>
    </message>
    <message>
        <source>Enhanced packet block at offset %1 refers to unknown interface %2</source>
        <translation>El bloque Enhanced Packet en el desplazamiento %1 hace referencia a la interfaz desconocida %2</translation>
    </message>
    <message>
        <source>Simple packet block at offset %1 is too short</source>
        <translation>El bloque Simple Packet en el desplazamiento %1 es demasiado corto</translation>
    </message>
    <message>
        <source>Simple packet block at offset %1 without an interface</source>
        <translation>Bloque Simple Packet en el desplazamiento %1 sin interfaz</translation>
    </message>
</context>
<context>
    <name>PcapngWriter</name>
    <message>
        <source>The capture device is not open for writing</source>
        <translation>El dispositivo de captura no está abierto para escritura</translation>
    </message>
    <message>
        <source>UDP payload too large</source>
        <translation>Carga útil UDP demasiado grande</translation>
    </message>
    <message>
        <source>Packet comment too long (%1 bytes, at most 65535)</source>
        <translation>Comentario de paquete demasiado largo (%1 bytes, como máximo 65535)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta valor tras «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado tras «%1».</translation>
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
        <translation>Ejecuta un comando mailslot en otro equipo a través de tu propio ssh (tus claves, agente y ~/.ssh/config) e imprime lo que ve, cada fila con su equipo, hasta Ctrl+C; se vuelve a conectar cuando se pierde la conexión.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>[user@]host</source>
        <translation>[usuario@]equipo</translation>
    </message>
    <message>
        <source>The host, as ssh takes it.</source>
        <translation>El equipo, tal como lo acepta ssh.</translation>
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
        <translation>El comando mailslot que se ejecuta allí, p. ej. -- bridge, o -- serve demo.</translation>
    </message>
    <message>
        <source>The ssh program to run (default: ssh).</source>
        <translation>El programa ssh que se ejecuta (predeterminado: ssh).</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>Print one JSON object per row, with its host.</source>
        <translation>Imprimir un objeto JSON por fila, con su equipo.</translation>
    </message>
    <message>
        <source>Exit after N rows.</source>
        <translation>Salir después de N filas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>remote takes a host and a mailslot command: mailslot remote HOST -- bridge</source>
        <translation>remote necesita un equipo y un comando mailslot: mailslot remote EQUIPO -- bridge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host</source>
        <translation>&apos;%1&apos; no es un equipo</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: %1: %n line(s) were not rows of the stream format (the latest: %2)</source>
        <translation>
            <numerusform>mailslot: %1: %n línea no era una fila del formato de flujo (la última: %2)</numerusform>
            <numerusform>mailslot: %1: %n líneas no eran filas del formato de flujo (la última: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>mailslot: %1: live (%2)</source>
        <translation>mailslot: %1: en directo (%2)</translation>
    </message>
    <message>
        <source>mailslot: %1: lost: %2</source>
        <translation>mailslot: %1: perdido: %2</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: %1: reconnecting in %n second(s)</source>
        <translation>
            <numerusform>mailslot: %1: reconexión en %n segundo</numerusform>
            <numerusform>mailslot: %1: reconexión en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>mailslot: %1: the remote command ended</source>
        <translation>mailslot: %1: el comando remoto terminó</translation>
    </message>
</context>
<context>
    <name>RemoteLineParser</name>
    <message numerus="yes">
        <source>longer than %n byte(s) without a newline</source>
        <translation>
            <numerusform>más de %n byte sin salto de línea</numerusform>
            <numerusform>más de %n bytes sin salto de línea</numerusform>
        </translation>
    </message>
    <message>
        <source>a header line in the middle of the stream</source>
        <translation>una línea de cabecera en medio del flujo</translation>
    </message>
    <message>
        <source>no %1 header: rows are read as version %2</source>
        <translation>sin cabecera %1: las filas se leen como versión %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
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
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>no se puede ejecutar %1: %2</translation>
    </message>
</context>
<context>
    <name>RemoteSourceDialog</name>
    <message>
        <source>Type the host, as ssh takes it: host, user@host or an alias of ~/.ssh/config.</source>
        <translation>Escribe el equipo, tal como lo acepta ssh: equipo, usuario@equipo o un alias de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host: no spaces, and no leading &apos;-&apos;.</source>
        <translation>&apos;%1&apos; no es un equipo: sin espacios y sin &apos;-&apos; al principio.</translation>
    </message>
    <message>
        <source>The slot name is not valid: %1</source>
        <translation>El nombre del slot no es válido: %1</translation>
    </message>
    <message>
        <source>Name a slot of that host: \\.\mailslot\name, or just name.</source>
        <translation>Indica un slot de ese equipo: \\.\mailslot\nombre, o solo nombre.</translation>
    </message>
    <message>
        <source>Add Remote Source</source>
        <translation>Añadir origen remoto</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>user@host</source>
        <translation>usuario@equipo</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>Observar:</translation>
    </message>
    <message>
        <source>The &amp;network bridge (UDP 138)</source>
        <translation>El puente de &amp;red (UDP 138)</translation>
    </message>
    <message>
        <source>A &amp;slot:</source>
        <translation>Un &amp;slot:</translation>
    </message>
    <message>
        <source>\\.\mailslot\name</source>
        <translation>\\.\mailslot\nombre</translation>
    </message>
    <message>
        <source>Runs mailslot on that host through your own ssh, with your keys, agent and ~/.ssh/config: no password is asked for here. mailslot must be installed there.</source>
        <translation>Ejecuta mailslot en ese equipo a través de tu propio ssh, con tus claves, agente y ~/.ssh/config: aquí no se pide ninguna contraseña. mailslot debe estar instalado allí.</translation>
    </message>
    <message>
        <source>The slots to watch are not valid: %1</source>
        <translation>Los slots que observar no son válidos: %1</translation>
    </message>
    <message>
        <source>Slots served there by any process, &amp;watched (name or pattern, * for all):</source>
        <translation>Slots servidos allí por cualquier proceso, &amp;observados (nombre o patrón, * para todos):</translation>
    </message>
    <message>
        <source>A copy of each message written to the slots that match; their readers there still get every message</source>
        <translation>Una copia de cada mensaje escrito en los slots que coinciden; sus lectores allí siguen recibiendo todos los mensajes</translation>
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
            <numerusform>%1: perdido, reconexión en %n s</numerusform>
            <numerusform>%1: perdido, reconexión en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Only %1</source>
        <translation>Mostrar solo %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remote &amp;Sources</source>
        <translation>Orígenes &amp;remotos</translation>
    </message>
    <message>
        <source>Add Re&amp;mote Source...</source>
        <translation>Añadir origen re&amp;moto...</translation>
    </message>
</context>
<context>
    <name>SaveSessionAction</name>
    <message>
        <source>&amp;Save Session...</source>
        <translation>&amp;Guardar sesión...</translation>
    </message>
    <message>
        <source>Write every row, local messages included, as a pcapng session that reopens with its hosts, writer pids and origins (and opens in Wireshark)</source>
        <translation>Escribir todas las filas, mensajes locales incluidos, como una sesión pcapng que se vuelve a abrir con sus hosts, pids de escritores y orígenes (y se abre en Wireshark)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Sessions (*.pcapng)</source>
        <translation>Sesiones (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Writes a message to a mailslot on this computer or on the network: one write, one message.</source>
        <translation>Escribe un mensaje en un mailslot de este equipo o de la red: una escritura, un mensaje.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>The mailslot to write to.</source>
        <translation>Mailslot en el que escribir.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The message text (empty sends a zero-length message).</source>
        <translation>Texto del mensaje (si está vacío, se envía un mensaje de longitud cero).</translation>
    </message>
    <message>
        <source>Send these bytes, written in hexadecimal.</source>
        <translation>Enviar estos bytes, escritos en hexadecimal.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Send the contents of this file as one message.</source>
        <translation>Enviar el contenido de este archivo como un solo mensaje.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Encoding of the text: utf-8, utf-16le, latin1, cp437 or cp850.</source>
        <translation>Codificación del texto: utf-8, utf-16le, latin1, cp437 o cp850.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>Send the message N times (stops at the first failed write).</source>
        <translation>Enviar el mensaje N veces (se detiene en la primera escritura fallida).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long each write may wait while the slot&apos;s queue is full, in ms (or &apos;forever&apos;).</source>
        <translation>Cuánto puede esperar cada escritura mientras la cola del slot está llena, en ms (o &apos;forever&apos;).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Network targets: send to this address instead of broadcasting or resolving.</source>
        <translation>Destinos de red: enviar a esta dirección en lugar de usar difusión o resolver el nombre.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Network targets: \\NAME is a domain (group), not a computer.</source>
        <translation>Destinos de red: \\NOMBRE es un dominio (grupo), no un equipo.</translation>
    </message>
    <message>
        <source>Network targets: the mailslot priority field, 0 to 9.</source>
        <translation>Destinos de red: campo de prioridad del mailslot, de 0 a 9.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>send takes a target and at most one text</source>
        <translation>send requiere un destino y como máximo un texto</translation>
    </message>
    <message>
        <source>give the message once: as text, with --hex or with --file</source>
        <translation>indica el mensaje una sola vez: como texto, con --hex o con --file</translation>
    </message>
    <message>
        <source>nothing to send: give a text (&quot;&quot; for an empty message), --hex or --file</source>
        <translation>nada que enviar: indica un texto (&quot;&quot; para un mensaje vacío), --hex o --file</translation>
    </message>
    <message>
        <source>--repeat: &apos;%1&apos; is not a positive number</source>
        <translation>--repeat: &apos;%1&apos; no es un número positivo</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is not one of %2</source>
        <translation>--encoding: &apos;%1&apos; no es ninguno de %2</translation>
    </message>
    <message>
        <source>--%1 is not used on Windows: Windows itself sends mailslot messages to other computers.</source>
        <translation>--%1 no se usa en Windows: el propio Windows envía los mensajes de mailslot a otros equipos.</translation>
    </message>
    <message>
        <source>--%1 is for a mailslot on another computer; %2 is on this computer</source>
        <translation>--%1 es para un mailslot de otro equipo; %2 está en este equipo</translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>as %1 to %2 at %3 port %4</source>
        <translation>como %1 a %2 en %3, puerto %4</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s) of %1 bytes to %2</source>
        <translation>
            <numerusform>Enviado %n mensaje de %1 bytes a %2</numerusform>
            <numerusform>Enviados %n mensajes de %1 bytes a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n datagram(s) %1</source>
        <translation>
            <numerusform>en %n datagrama %1</numerusform>
            <numerusform>en %n datagramas %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n message(s) to %1: %2</source>
        <translation>
            <numerusform>Fallo tras enviar %n mensaje a %1: %2</numerusform>
            <numerusform>Fallo tras enviar %n mensajes a %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s) to %1</source>
        <translation>
            <numerusform>Detenido tras enviar %n mensaje a %1</numerusform>
            <numerusform>Detenido tras enviar %n mensajes a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s) to %1: the network was turned off</source>
        <translation>
            <numerusform>Detenido tras enviar %n mensaje a %1: se ha desactivado la red</numerusform>
            <numerusform>Detenido tras enviar %n mensajes a %1: se ha desactivado la red</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Creates a mailslot and prints each message that arrives, until Ctrl+C.</source>
        <translation>Crea un mailslot e imprime cada mensaje que llega, hasta Ctrl+C.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The mailslot to create, e.g. \\.\mailslot\demo.</source>
        <translation>Mailslot que crear, p. ej. \\.\mailslot\demo.</translation>
    </message>
    <message>
        <source>Largest message the slot accepts, in bytes (0 = any).</source>
        <translation>Tamaño máximo de mensaje que acepta el slot, en bytes (0 = cualquiera).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>The slot&apos;s read timeout in ms (0, N, or &apos;forever&apos;).</source>
        <translation>Tiempo de espera de lectura del slot en ms (0, N o &apos;forever&apos;).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Byte cap of the slot&apos;s queue (default 64 MiB).</source>
        <translation>Límite en bytes de la cola del slot (por defecto 64 MiB).</translation>
    </message>
    <message>
        <source>Print one JSON object per message.</source>
        <translation>Imprimir un objeto JSON por mensaje.</translation>
    </message>
    <message>
        <source>Exit after N messages.</source>
        <translation>Salir tras N mensajes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Create the slot but never read it: messages stay queued.</source>
        <translation>Crear el slot pero no leerlo nunca: los mensajes se quedan en la cola.</translation>
    </message>
    <message>
        <source>--max-size: &apos;%1&apos; is not a size in bytes</source>
        <translation>--max-size: &apos;%1&apos; no es un tamaño en bytes</translation>
    </message>
    <message>
        <source>--queue-size: &apos;%1&apos; is not a size between %2 and %3 bytes</source>
        <translation>--queue-size: &apos;%1&apos; no es un tamaño entre %2 y %3 bytes</translation>
    </message>
    <message>
        <source>--count cannot be used with --hold: a held slot is never read</source>
        <translation>--count no se puede usar con --hold: un slot retenido nunca se lee</translation>
    </message>
    <message>
        <source>serve takes exactly one mailslot name</source>
        <translation>serve requiere exactamente un nombre de mailslot</translation>
    </message>
    <message>
        <source>mailslot: serving %1%2 (Ctrl+C to stop)</source>
        <translation>mailslot: sirviendo %1%2 (Ctrl+C para detener)</translation>
    </message>
    <message>
        <source>, holding messages</source>
        <translation>, reteniendo los mensajes</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <source>Served here</source>
        <translation>Servido aquí</translation>
    </message>
    <message>
        <source>Held (not reading)</source>
        <translation>Retenido (sin leer)</translation>
    </message>
    <message>
        <source>Other process</source>
        <translation>Otro proceso</translation>
    </message>
    <message>
        <source>Seen on the network</source>
        <translation>Visto en la red</translation>
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
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no next message</comment>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%1
Seen on the network in %n datagram(s), the last one from %2 at %3.
No slot of this name is served on this computer.</source>
        <translation>
            <numerusform>%1
Visto en la red en %n datagrama, el último desde %2 el %3.
En este equipo no se sirve ningún slot con este nombre.</numerusform>
            <numerusform>%1
Visto en la red en %n datagramas, el último desde %2 el %3.
En este equipo no se sirve ningún slot con este nombre.</numerusform>
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
Proceso %2, creado el %3
Cola: %4 de %5 bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Next size</source>
        <translation>Tam. siguiente</translation>
    </message>
    <message>
        <source>Max size</source>
        <translation>Tamaño máx.</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Unreachable (file removed)</source>
        <translation>Inalcanzable (archivo eliminado)</translation>
    </message>
    <message>
        <source>%1 (no figures)</source>
        <translation>%1 (sin datos)</translation>
    </message>
    <message>
        <source>%1, watched</source>
        <translation>%1, observado</translation>
    </message>
</context>
<context>
    <name>SlotPattern</name>
    <message>
        <source>only slots on this computer can be watched (\\.\mailslot\...)</source>
        <translation>solo se pueden observar slots de este equipo (\\.\mailslot\...)</translation>
    </message>
</context>
<context>
    <name>SlotSource</name>
    <message>
        <source>Local slots</source>
        <translation>Slots locales</translation>
    </message>
</context>
<context>
    <name>SlotsDock</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se ha podido crear %1: %2</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>Sirviendo %1</translation>
    </message>
    <message>
        <source>%1 is not served by this monitor: only its own process can close it.</source>
        <translation>Este monitor no sirve %1: solo su propio proceso puede cerrarlo.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Se ha cerrado %1</translation>
    </message>
    <message>
        <source>Read timeout of %1 set to %2</source>
        <translation>Tiempo de espera de lectura de %1 establecido en %2</translation>
    </message>
    <message>
        <source>Holding %1: messages queue up unread</source>
        <translation>Reteniendo %1: los mensajes se acumulan en la cola sin leerse</translation>
    </message>
    <message>
        <source>Reading %1 again</source>
        <translation>Leyendo %1 de nuevo</translation>
    </message>
    <message>
        <source>Set Read Timeout</source>
        <translation>Establecer tiempo de espera de lectura</translation>
    </message>
    <message>
        <source>Read timeout of %1 in ms (-1 = forever):</source>
        <translation>Tiempo de espera de lectura de %1 en ms (-1 = infinito):</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Mailslots on this computer</source>
        <translation>Mailslots de este equipo</translation>
    </message>
    <message>
        <source>Slot actions</source>
        <translation>Acciones de slot</translation>
    </message>
    <message>
        <source>&amp;New Slot...</source>
        <translation>&amp;Nuevo slot...</translation>
    </message>
    <message>
        <source>Create and serve a new mailslot</source>
        <translation>Crear y servir un nuevo mailslot</translation>
    </message>
    <message>
        <source>&amp;Close Slot</source>
        <translation>&amp;Cerrar slot</translation>
    </message>
    <message>
        <source>Stop serving the selected mailslot and close it</source>
        <translation>Dejar de servir el mailslot seleccionado y cerrarlo</translation>
    </message>
    <message>
        <source>Set Read &amp;Timeout...</source>
        <translation>Establecer &amp;tiempo de espera de lectura...</translation>
    </message>
    <message>
        <source>&amp;Hold Reading</source>
        <translation>&amp;Retener la lectura</translation>
    </message>
    <message>
        <source>Stop reading the slot: messages queue up and GetMailslotInfo&apos;s counts rise</source>
        <translation>Dejar de leer el slot: los mensajes se acumulan en la cola y los recuentos de GetMailslotInfo aumentan</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>Cop&amp;iar nombre</translation>
    </message>
    <message>
        <source>&amp;Send to This Slot...</source>
        <translation>&amp;Enviar a este slot...</translation>
    </message>
    <message>
        <source>Only the slots of this monitor are listed: the system does not list the slots of other processes.</source>
        <translation>Solo se muestran los slots de este monitor: el sistema no enumera los slots de otros procesos.</translation>
    </message>
    <message>
        <source>Could not watch %1: %2</source>
        <translation>No se pudo observar %1: %2</translation>
    </message>
    <message>
        <source>Watching %1: a copy of every message written to it</source>
        <translation>Observando %1: una copia de cada mensaje que se escribe en él</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>Se dejó de observar %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) not seen by this watch (it fell behind)</source>
        <translation>
            <numerusform>%1: %n mensaje no visto por esta observación (se quedó atrás)</numerusform>
            <numerusform>%1: %n mensajes no vistos por esta observación (se quedó atrás)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>Dejar de &amp;observar</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Observar</translation>
    </message>
    <message>
        <source>%1 is served by this monitor: its messages are in the stream already</source>
        <translation>%1 lo sirve este monitor: sus mensajes ya están en el flujo</translation>
    </message>
    <message>
        <source>Stopped watching %1: this monitor serves it now, its messages are in the stream</source>
        <translation>Se dejó de observar %1: ahora lo sirve este monitor, sus mensajes están en el flujo</translation>
    </message>
    <message>
        <source>Stream a copy of every message written to the slot, whichever other process serves it, with the writer&apos;s pid (its reader still gets every message; a slot this monitor serves is in the stream already)</source>
        <translation>Muestra una copia de cada mensaje escrito en el slot, sea cual sea el otro proceso que lo sirva, con el pid de quien lo escribe (su lector sigue recibiendo todos los mensajes; un slot que sirve este monitor ya está en el flujo)</translation>
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
        <translation>ssh a %1 terminó de forma anómala</translation>
    </message>
    <message>
        <source>the host key of %1 is unknown or has changed: check it and add it to known_hosts (for example by connecting once with ssh)</source>
        <translation>la clave de host de %1 es desconocida o ha cambiado: compruébala y añádela a known_hosts (por ejemplo conectándote una vez con ssh)</translation>
    </message>
    <message>
        <source>%1 refused our key: passwords are not asked for, use a key that its authorized_keys accepts (ssh-agent or IdentityFile in ~/.ssh/config)</source>
        <translation>%1 rechazó nuestra clave: no se piden contraseñas, usa una clave que acepte su authorized_keys (ssh-agent o IdentityFile en ~/.ssh/config)</translation>
    </message>
    <message>
        <source>mailslot is not installed on %1 (or not on the PATH of its non-interactive shell)</source>
        <translation>mailslot no está instalado en %1 (o no está en el PATH de su shell no interactivo)</translation>
    </message>
    <message>
        <source>ssh could not connect to %1 or lost the connection</source>
        <translation>ssh no pudo conectar con %1 o perdió la conexión</translation>
    </message>
    <message>
        <source>mailslot on %1 ended with status %2</source>
        <translation>mailslot en %1 terminó con el estado %2</translation>
    </message>
    <message>
        <source>mailslot on %1 ended</source>
        <translation>mailslot en %1 terminó</translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message>
        <source>No slot selected</source>
        <translation>Ningún slot seleccionado</translation>
    </message>
    <message>
        <source>%1 (seen on the network: GetMailslotInfo reads slots of this computer only)</source>
        <translation>%1 (visto en la red: GetMailslotInfo solo lee slots de este equipo)</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (ya no existe)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>cualquier tamaño</translation>
    </message>
    <message>
        <source>no message (MAILSLOT_NO_MESSAGE)</source>
        <translation>ningún mensaje (MAILSLOT_NO_MESSAGE)</translation>
    </message>
    <message>
        <source>forever (MAILSLOT_WAIT_FOREVER)</source>
        <translation>infinito (MAILSLOT_WAIT_FOREVER)</translation>
    </message>
    <message>
        <source>this monitor (process %1)</source>
        <translation>este monitor (proceso %1)</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>proceso %1</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 de un máximo de %2</translation>
    </message>
    <message>
        <source>none (the network is off)</source>
        <translation>ninguno (la red está desactivada)</translation>
    </message>
    <message>
        <source>%1 (%2 delivered)</source>
        <translation>%1 (%2 entregados)</translation>
    </message>
    <message>
        <source>%1 (kernel drops not reported)</source>
        <translation>%1 (el kernel no informa de descartes)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Selected slot (GetMailslotInfo)</source>
        <translation>Slot seleccionado (GetMailslotInfo)</translation>
    </message>
    <message>
        <source>This monitor</source>
        <translation>Este monitor</translation>
    </message>
    <message>
        <source>Messages per second, last two minutes</source>
        <translation>Mensajes por segundo, últimos dos minutos</translation>
    </message>
    <message>
        <source>Read timeout:</source>
        <translation>Tiempo de espera de lectura:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Cola:</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>Servido por:</translation>
    </message>
    <message>
        <source>Malformed:</source>
        <translation>Mal formados:</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>Descartados:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>queue: bytes used of the capacity</comment>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln byte(s)</source>
        <translation>
            <numerusform>%1 de %Ln byte</numerusform>
            <numerusform>%1 de %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), %1</source>
        <translation>
            <numerusform>%Ln mensaje, %1</numerusform>
            <numerusform>%Ln mensajes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages/s, %2/s</source>
        <translation>%1 mensajes/s, %2/s</translation>
    </message>
    <message>
        <source>Selected slot</source>
        <translation>Slot seleccionado</translation>
    </message>
    <message>
        <source>Max size:</source>
        <translation>Tamaño máx.:</translation>
    </message>
    <message>
        <source>The largest message the slot accepts</source>
        <translation>El mensaje más grande que acepta el slot</translation>
    </message>
    <message>
        <source>Next size:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>The size of the next message waiting</source>
        <translation>Tamaño del siguiente mensaje en espera</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>En espera:</translation>
    </message>
    <message>
        <source>Messages waiting in the slot</source>
        <translation>Mensajes en espera en el slot</translation>
    </message>
    <message>
        <source>How long a read waits for a message</source>
        <translation>Cuánto espera una lectura a que llegue un mensaje</translation>
    </message>
    <message>
        <source>Bytes queued, of the slot&apos;s queue capacity</source>
        <translation>Bytes en cola, de la capacidad de la cola del slot</translation>
    </message>
    <message>
        <source>The process that serves the slot</source>
        <translation>El proceso que sirve el slot</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Escritos:</translation>
    </message>
    <message>
        <source>Messages written to the slot since it was created</source>
        <translation>Mensajes escritos en el slot desde su creación</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tasa:</translation>
    </message>
    <message>
        <source>Messages and bytes per second written to the slot</source>
        <translation>Mensajes y bytes por segundo escritos en el slot</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibidos:</translation>
    </message>
    <message>
        <source>Messages this monitor received</source>
        <translation>Mensajes recibidos por este monitor</translation>
    </message>
    <message>
        <source>In the stream:</source>
        <translation>En el flujo:</translation>
    </message>
    <message>
        <source>Rows in the message stream, of its capacity</source>
        <translation>Filas en el flujo de mensajes, de su capacidad</translation>
    </message>
    <message>
        <source>Rows dropped:</source>
        <translation>Filas descartadas:</translation>
    </message>
    <message>
        <source>Rows dropped from the stream by its capacity</source>
        <translation>Filas que el flujo ha descartado por su capacidad</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>Network datagrams received</source>
        <translation>Datagramas de red recibidos</translation>
    </message>
    <message>
        <source>Malformed network datagrams</source>
        <translation>Datagramas de red mal formados</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message>
        <source>Duplicate network datagrams suppressed</source>
        <translation>Datagramas de red duplicados suprimidos</translation>
    </message>
    <message>
        <source>Network datagrams dropped</source>
        <translation>Datagramas de red descartados</translation>
    </message>
</context>
<context>
    <name>StreamFormat</name>
    <message>
        <source>the first line is not a %1 header</source>
        <translation>la primera línea no es una cabecera %1</translation>
    </message>
    <message>
        <source>the header&apos;s version is missing or not a positive number</source>
        <translation>falta la versión de la cabecera o no es un número positivo</translation>
    </message>
    <message>
        <source>the stream is version %1 of the format; this mailslot reads up to version %2</source>
        <translation>el flujo es la versión %1 del formato; este mailslot lee hasta la versión %2</translation>
    </message>
</context>
<context>
    <name>StreamOutput</name>
    <message>
        <source>With --json: start with the stream format&apos;s header line (STREAM-FORMAT.md), as &apos;mailslot remote&apos; reads it, and stop when the reader goes away.</source>
        <translation>Con --json: empezar con la línea de cabecera del formato de flujo (STREAM-FORMAT.md), como la lee &apos;mailslot remote&apos;, y terminar cuando el lector se va.</translation>
    </message>
    <message>
        <source>--header needs --json: the header starts a stream of JSON lines</source>
        <translation>--header necesita --json: la cabecera inicia un flujo de líneas JSON</translation>
    </message>
    <message>
        <source>Also write each row to the systemd journal as a structured entry (MAILSLOT_SLOT=...; at most %1 a second, the rest counted and reported there).</source>
        <translation>Escribir también cada fila en el journal de systemd como entrada estructurada (MAILSLOT_SLOT=...; como máximo %1 por segundo, el resto se cuenta y se indica allí).</translation>
    </message>
</context>
<context>
    <name>StreamRowReader</name>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>neither a message (&quot;source&quot;) nor a datagram (&quot;srcIp&quot;)</source>
        <translation>ni un mensaje (&quot;source&quot;) ni un datagrama (&quot;srcIp&quot;)</translation>
    </message>
    <message>
        <source>&quot;time&quot; is missing or not an ISO 8601 time</source>
        <translation>falta &quot;time&quot; o no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>&quot;time&quot; is out of range (years 1677 to 2262)</source>
        <translation>&quot;time&quot; está fuera de rango (años 1677 a 2262)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not hexadecimal bytes</source>
        <translation>falta &quot;%1&quot; o no son bytes hexadecimales</translation>
    </message>
    <message numerus="yes">
        <source>&quot;size&quot; is not the number of bytes in &quot;hex&quot; (%n byte(s))</source>
        <translation>
            <numerusform>&quot;size&quot; no es el número de bytes de &quot;hex&quot; (%n byte)</numerusform>
            <numerusform>&quot;size&quot; no es el número de bytes de &quot;hex&quot; (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;slot&quot; is missing</source>
        <translation>falta &quot;slot&quot;</translation>
    </message>
</context>
<context>
    <name>StreamSource</name>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>StreamStatusBar</name>
    <message numerus="yes">
        <source>%1 of %Ln message(s) shown, %2 received</source>
        <translation>
            <numerusform>Mostrados: %1 de %Ln mensaje; recibidos: %2</numerusform>
            <numerusform>Mostrados: %1 de %Ln mensajes; recibidos: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) shown, %1 received</source>
        <translation>
            <numerusform>Se muestra %Ln mensaje; %1 recibidos</numerusform>
            <numerusform>Se muestran %Ln mensajes; %1 recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from capture files</source>
        <translation>%1 de archivos de captura</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>No se ha podido leer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagrama</numerusform>
            <numerusform>%n datagramas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n trama</numerusform>
            <numerusform>%n tramas</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped reading %1: %2 of the first %3</source>
        <translation>Lectura de %1 detenida: %2 en las primeras %3</translation>
    </message>
    <message>
        <source>Read %1: %2 on UDP port 138 in %3</source>
        <translation>Leído %1: %2 en el puerto UDP 138 de un total de %3</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>Detener lectura</translation>
    </message>
    <message>
        <source>Capture file progress</source>
        <translation>Progreso del archivo de captura</translation>
    </message>
    <message>
        <source>Serving %1: try mailslot send mailslot_monitor &quot;hello&quot;</source>
        <translation>Sirviendo %1: prueba mailslot send mailslot_monitor &quot;hello&quot;</translation>
    </message>
    <message>
        <source>Not serving %1: %2. Another monitor may be running; its messages are not shown here, but the slot is listed.</source>
        <translation>No se sirve %1: %2. Puede que se esté ejecutando otro monitor; sus mensajes no se muestran aquí, pero el slot aparece en la lista.</translation>
    </message>
    <message>
        <source>%1 not drawn</source>
        <translation>%1 sin dibujar</translation>
    </message>
    <message>
        <source>Click for the network settings</source>
        <translation>Pulse para ver la configuración de red</translation>
    </message>
</context>
<context>
    <name>TapCommand</name>
    <message>
        <source>Watches a mailslot served by any process of this user and prints a copy of each message written to it, with the writer&apos;s pid, until Ctrl+C. The slot&apos;s reader still gets every message.</source>
        <translation>Observa un mailslot servido por cualquier proceso de este usuario e imprime una copia de cada mensaje que se escribe en él, con el pid de quien lo escribe, hasta Ctrl+C. El lector del slot sigue recibiendo todos los mensajes.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>name|pattern</source>
        <translation>nombre|patrón</translation>
    </message>
    <message>
        <source>The mailslot to watch, or a pattern such as \\.\mailslot\app\* (&apos;*&apos; any characters, &apos;?&apos; one). A slot that is not there yet is watched from when it appears.</source>
        <translation>El mailslot que observar, o un patrón como \\.\mailslot\app\* (&apos;*&apos; cualquier secuencia de caracteres, &apos;?&apos; uno). Un slot que aún no existe se observa desde que aparece.</translation>
    </message>
    <message>
        <source>Print one JSON object per message.</source>
        <translation>Imprimir un objeto JSON por mensaje.</translation>
    </message>
    <message>
        <source>Exit after N messages.</source>
        <translation>Salir tras N mensajes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>tap takes exactly one mailslot name or pattern</source>
        <translation>tap necesita exactamente un nombre o patrón de mailslot</translation>
    </message>
    <message>
        <source>--write - takes standard output: it cannot be used with --json</source>
        <translation>--write - ocupa la salida estándar: no se puede usar con --json</translation>
    </message>
    <message>
        <source>mailslot: %1: watching (served by pid %2)</source>
        <translation>mailslot: %1: observando (servido por el pid %2)</translation>
    </message>
    <message>
        <source>mailslot: %1: closed by its server</source>
        <translation>mailslot: %1: cerrado por su servidor</translation>
    </message>
    <message numerus="yes">
        <source>mailslot: %1: %n message(s) not seen by this tap</source>
        <translation>
            <numerusform>mailslot: %1: %n mensaje no visto por esta observación</numerusform>
            <numerusform>mailslot: %1: %n mensajes no vistos por esta observación</numerusform>
        </translation>
    </message>
    <message>
        <source>mailslot: watching %1 (Ctrl+C to stop)</source>
        <translation>mailslot: observando %1 (Ctrl+C para detener)</translation>
    </message>
    <message>
        <source> from %1:%2 %3</source>
        <translation> desde %1:%2 %3</translation>
    </message>
    <message>
        <source>Also write the messages to this pcapng file as they arrive (&apos;-&apos;: standard output).</source>
        <translation>Escribir además los mensajes en este archivo pcapng a medida que llegan (&apos;-&apos;: salida estándar).</translation>
    </message>
</context>
<context>
    <name>TapSource</name>
    <message>
        <source>Watching %1</source>
        <translation>Observando %1</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>&amp;Date and Time</source>
        <translation>&amp;Fecha y hora</translation>
    </message>
    <message>
        <source>&amp;Time of Day</source>
        <translation>&amp;Hora del día</translation>
    </message>
    <message>
        <source>Seconds Since &amp;First Row</source>
        <translation>Segundos desde la &amp;primera fila</translation>
    </message>
    <message>
        <source>Seconds Since &amp;Previous Row</source>
        <translation>Segundos desde la fila &amp;anterior</translation>
    </message>
</context>
<context>
    <name>TimeFormatMenu</name>
    <message>
        <source>T&amp;ime Display</source>
        <translation>Visualización de la &amp;hora</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch Win32 mailslots live, send test messages and read slot statistics.</source>
        <translation>Observa mailslots de Win32 en tiempo real, envía mensajes de prueba y lee las estadísticas de los slots.</translation>
    </message>
    <message>
        <source>Language of the window: en, es, it or system.</source>
        <translation>Idioma de la ventana: en, es, it o system.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use en, es, it or system.</source>
        <translation>Idioma desconocido &apos;%1&apos;; usa en, es, it o system.</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>captura</translation>
    </message>
    <message>
        <source>pcap or pcapng files to open into the message stream.</source>
        <translation>Archivos pcap o pcapng que abrir en el flujo de mensajes.</translation>
    </message>
    <message>
        <source>[capture...]</source>
        <translation>[captura...]</translation>
    </message>
</context>
</TS>
