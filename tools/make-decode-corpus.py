#!/usr/bin/python3
"""Writes tests/cli/data/decode-corpus.pcapng, the capture behind the `mailslot decode` goldens.

The corpus is a small, deterministic pcapng file (Ethernet, IPv4/UDP, fixed increasing
timestamps) with a wide variety of NetBIOS datagrams on UDP port 138: every BROWSE frame the
browse decoder knows, LANMAN, MESSNGR texts in several code pages, every NETLOGON opcode the
netlogon decoder knows, unknown slots, the three data message types, error and query packets,
scoped names, every MalformedReason the parser can give (several variants each), datagrams with
port 138 on one side only, UDP datagrams on other ports (not listed by `decode`), frames that
are not IPv4/UDP, IPv4 fragments, and the datagram fuzz regressions of tests/wire/data/fuzz-regressions/.
Each frame carries a pcapng comment naming its category and what it is (`tshark -r FILE -T fields
-e frame.number -e frame.comment` lists them); the project's reader skips block options.

Wire formats: ../shared/reference/mailslot-protocol.md (RFC 1002 datagram header, first-level
encoded names, [MS-MAIL] SMB_COM_TRANSACTION "write mailslot", [MS-BRWS], [MS-ADTS] netlogon).

The goldens (tests/cli/data/golden/) hold what the BASELINE `mailslot decode` printed for this
corpus and for the team's shared captures; tests/cli/tst_decodegolden.cpp compares the built
program with them byte for byte. Regenerating them is a deliberate act: only when a change of the
output is intended, or after changing this corpus, and with the program whose output is to become
the reference. From the repository root:

    /usr/bin/python3 tools/make-decode-corpus.py
    /usr/bin/python3 tools/make-decode-corpus.py --regenerate-goldens path/to/mailslot \\
        [--shared ../shared]

The second command runs, for each capture (../shared/captures/nmbd-browse.pcapng,
../shared/captures/nmbd-browse-sll.pcap, tests/cli/data/decode-corpus.pcapng) and form, with
LC_ALL=C.UTF-8 MAILSLOT_LANG=en TZ=UTC:

    mailslot decode CAPTURE --json    > golden/CAPTURE.json.golden;   echo $? > golden/CAPTURE.json.status
    mailslot decode CAPTURE           > golden/CAPTURE.text.golden;   echo $? > golden/CAPTURE.text.status
    mailslot decode CAPTURE --fields FIELDS > golden/CAPTURE.fields.golden; echo $? > ...fields.status

where CAPTURE is the file name and FIELDS every field name (FIELDS below; the same list is in
tst_decodegolden.cpp and must be kept in step with core/formats/datagramfields.cpp); then the
forms of decode's fast path (FAST_FORMS: every field but kind, the names and addresses, slot and
hex) for the same captures, for the corpus cut short at each of CUTS bytes
(golden/decode-corpus-cutN.pcapng.FORM.golden) and for the corpus twice over (two sections,
golden/decode-corpus-twice.pcapng.FORM.golden).

Standard library only (struct); run with /usr/bin/python3.
"""
import argparse
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CORPUS = os.path.join(REPO, "tests", "cli", "data", "decode-corpus.pcapng")
GOLDEN_DIR = os.path.join(REPO, "tests", "cli", "data", "golden")
FUZZ_DIR = os.path.join(REPO, "tests", "wire", "data", "fuzz-regressions")

FIELDS = ("time,srcIp,srcPort,dstIp,dstPort,msgType,msgTypeName,flags,dgmId,sourceName,"
          "destinationName,slot,class,priority,size,hex,text,delivered,malformed,kind")
# Every field but "kind" (which needs the decoders) takes decode's fast path; these forms pin it
# (FAST_FORMS, also run on the corpus cut short at each of CUTS bytes: tst_decodegolden.cpp).
FAST_FIELDS = FIELDS.rsplit(",", 1)[0]
FAST_FORMS = (("fields-fast", ["--fields", FAST_FIELDS]),
              ("fields-names", ["--fields", "sourceName,destinationName,msgTypeName,time,dstIp,srcIp"]),
              ("fields-slot-hex", ["--fields", "slot,hex"]))
FORMS = (("json", ["--json"]), ("text", []), ("fields", ["--fields", FIELDS])) + FAST_FORMS
CUTS = (3, 40, 200, 1000, 20001, 59299)

# 2025-01-01T00:00:00Z; frames follow 100 ms apart (decode prints milliseconds).
BASE_SECONDS = 1735689600
STEP_MS = 100

# ---------------------------------------------------------------------------------------------
# NetBIOS (RFC 1001/1002)
# ---------------------------------------------------------------------------------------------

DIRECT_UNIQUE, DIRECT_GROUP, BROADCAST = 0x10, 0x11, 0x12
ERROR, QUERY_REQUEST, POSITIVE_QUERY_RESPONSE, NEGATIVE_QUERY_RESPONSE = 0x13, 0x14, 0x15, 0x16
FLAGS_SAMBA = 0x0A    # FIRST, M-node (nmbd)
FLAGS_WINDOWS = 0x0E  # FIRST, h-node / NBDD (Windows, Samba 4)
FLAGS_B_NODE = 0x02
FLAGS_P_NODE = 0x06
MORE, FIRST = 0x01, 0x02

HOST_IP = "10.99.0.1"
PEER_IP = "10.99.0.2"
BCAST_IP = "10.99.0.255"


def ip_bytes(text):
    return bytes(int(part) for part in text.split("."))


def raw16(name, suffix):
    """The 16-byte NetBIOS name: upper-case, space-padded (NUL-padded for '*'), then the suffix."""
    if len(name) == 16:
        return name
    pad = b"\0" if name == b"*" else b" "
    return name[:15].ljust(15, pad) + bytes([suffix])


def encode_name(name, suffix=0x00, scope=b"", raw=None):
    """First-level encoding: 0x20, 32 letters 'A'..'P', scope labels, NUL."""
    sixteen = raw if raw is not None else raw16(name, suffix)
    assert len(sixteen) == 16
    out = bytearray([0x20])
    for b in sixteen:
        out += bytes([ord("A") + (b >> 4), ord("A") + (b & 0x0F)])
    for label in [l for l in scope.split(b".") if l]:
        out += bytes([len(label)]) + label
    return bytes(out) + b"\0"


MSBROWSE = encode_name(None, raw=b"\x01\x02__MSBROWSE__\x02\x01")


def header10(msg_type, flags, dgm_id, src_ip=HOST_IP, src_port=138):
    return struct.pack(">BBH4sH", msg_type, flags, dgm_id, ip_bytes(src_ip), src_port)


def data_datagram(user_data, src=None, dst=None, msg_type=DIRECT_GROUP, flags=FLAGS_SAMBA,
                  dgm_id=0x0100, src_ip=HOST_IP, src_port=138, dgm_length=None,
                  packet_offset=0, trailing=b""):
    """A DIRECT_UNIQUE / DIRECT_GROUP / BROADCAST datagram; DGM_LENGTH counts names + data."""
    src = encode_name(b"SENDER") if src is None else src
    dst = encode_name(b"WORKGROUP", 0x1D) if dst is None else dst
    body = src + dst + user_data
    length = len(body) if dgm_length is None else dgm_length
    return (header10(msg_type, flags, dgm_id, src_ip, src_port)
            + struct.pack(">HH", length, packet_offset) + body + trailing)


def error_datagram(code, dgm_id=0x0200, trailing=b""):
    return header10(ERROR, FLAGS_WINDOWS, dgm_id) + bytes([code]) + trailing


def query_datagram(msg_type, name, dgm_id=0x0300, trailing=b""):
    return header10(msg_type, FLAGS_WINDOWS, dgm_id) + name + trailing


# ---------------------------------------------------------------------------------------------
# SMB_COM_TRANSACTION "write mailslot" ([MS-MAIL] 2.2.1); every field can be overridden so that
# malformed variants differ from a good write in one field only.
# ---------------------------------------------------------------------------------------------

NAME_OFFSET = 69


def smb_write(slot, payload, pad=False, priority=1, cls=2, command=0x25, word_count=17,
              setup_count=3, opcode=1, data_offset=None, data_count=None, total_data_count=None,
              byte_count=None, parameter_count=0, timeout=0, smb_flags=0, smb_flags2=0,
              pid_low=0, max_parameter_count=0, transaction_flags=0, terminate=True,
              gap=b"", truncate_to=None):
    name = slot + (b"\0" if terminate else b"")
    offset = NAME_OFFSET + len(name)
    padding = (-offset % 4) if pad else 0
    natural_offset = offset + padding + len(gap)
    offset_field = natural_offset if data_offset is None else data_offset
    count = len(payload) if data_count is None else data_count
    total = count if total_data_count is None else total_data_count
    tail = name + b"\0" * padding + gap + payload
    bcc = len(tail) if byte_count is None else byte_count
    header = (b"\xffSMB" + struct.pack("<BIBHH8sHHHHH", command, 0, smb_flags, smb_flags2, 0,
                                        b"\0" * 8, 0, 0, pid_low, 0, 0))
    words = struct.pack("<HHHHBBHIHHHHHBBHHH", 0, total, max_parameter_count, 0, 0, 0,
                        transaction_flags, timeout, 0, parameter_count, offset_field, count,
                        offset_field, setup_count, 0, opcode, priority, cls)
    smb = header + bytes([word_count]) + words + struct.pack("<H", bcc & 0xFFFF) + tail
    assert len(header) == 32 and len(words) == 34
    return smb if truncate_to is None else smb[:truncate_to]


def mailslot(slot, payload, **kwargs):
    """A whole well-formed UDP payload: datagram options go to data_datagram, the rest to SMB."""
    dgram_keys = {"src", "dst", "msg_type", "flags", "dgm_id", "src_ip", "src_port",
                  "dgm_length", "packet_offset", "trailing"}
    dgram = {k: v for k, v in kwargs.items() if k in dgram_keys}
    smb = {k: v for k, v in kwargs.items() if k not in dgram_keys}
    return data_datagram(smb_write(slot, payload, **smb), **dgram)


# ---------------------------------------------------------------------------------------------
# Payloads: BROWSE / LANMAN ([MS-BRWS] 2.2), MESSNGR, NETLOGON ([MS-ADTS] 6.3)
# ---------------------------------------------------------------------------------------------

BROWSE = b"\\MAILSLOT\\BROWSE"
LANMAN = b"\\MAILSLOT\\LANMAN"
MESSNGR = b"\\MAILSLOT\\MESSNGR"
NETLOGON = b"\\MAILSLOT\\NET\\NETLOGON"
NTLOGON = b"\\MAILSLOT\\NET\\NTLOGON"
TEMP_NETLOGON = b"\\MAILSLOT\\TEMP\\NETLOGON"
GETDC = b"\\MAILSLOT\\NET\\GETDC873"


def fixed16(text):
    return text[:15].ljust(16, b"\0")


def announcement(opcode, name, server_type, comment, periodicity=720000, update_count=0,
                 os=(6, 1), browser=(15, 1), signature=0xAA55):
    return (struct.pack("<BBI", opcode, update_count, periodicity) + fixed16(name)
            + struct.pack("<BBIBBH", os[0], os[1], server_type, browser[0], browser[1], signature)
            + comment)


def domain_announcement(workgroup, server_type, master, mysterious=0xAA5501):
    return (struct.pack("<BBI", 0x0C, 0, 900000) + fixed16(workgroup)
            + struct.pack("<BBII", 6, 1, server_type, mysterious) + master + b"\0")


def request_election(criteria, uptime, name):
    return struct.pack("<BBIII", 0x08, 1, criteria, uptime, 0) + name + b"\0"


def lanman_announcement(server_type, name, comment, interval=180):
    return struct.pack("<HIBBH", 1, server_type, 4, 0, interval) + name + b"\0" + comment + b"\0"


def utf16z(text):
    return text.encode("utf-16-le") + b"\0\0"


def align(data, n):
    return data + b"\0" * (-len(data) % n)


TOKENS = struct.pack("<IHH", 0x0000000B, 0xFFFF, 0xFFFF)  # NtVersion, LmNtToken, Lm20Token


def dns_labels(*labels):
    return b"".join(bytes([len(l)]) + l for l in labels)


TOKENS_5EX = struct.pack("<IHH", 0x00000006, 0xFFFF, 0xFFFF)  # NETLOGON_NT_VERSION_5 | _5EX
# NETLOGON_NT_VERSION_5EX_WITH_IP: DcSockAddrSize and a sockaddr_in come before the tokens.
TOKENS_5EX_WITH_IP = (bytes([16]) + struct.pack("<H", 2) + struct.pack(">H", 0) + ip_bytes(HOST_IP)
                      + b"\0" * 8 + struct.pack("<IHH", 0x0000000E, 0xFFFF, 0xFFFF))


def sam_logon_response_ex(opcode, tail=TOKENS_5EX):
    """NETLOGON_SAM_LOGON_RESPONSE_EX with RFC 1035 compression pointers (offsets from start)."""
    out = bytearray(struct.pack("<HHI", opcode, 0, 0x000003FD))
    out += bytes(range(0x10, 0x20))                              # DomainGuid
    forest = len(out)
    out += dns_labels(b"corp", b"example") + b"\0"               # DnsForestName
    out += b"\xc0" + bytes([forest])                             # DnsDomainName -> forest
    out += dns_labels(b"dc1") + b"\xc0" + bytes([forest])        # DnsHostName
    out += dns_labels(b"CORP") + b"\0"                           # NetbiosDomainName
    out += dns_labels(b"DC1") + b"\0"                            # NetbiosComputerName
    out += b"\0"                                                 # UserName (empty)
    site = len(out)
    out += dns_labels(b"Default-First-Site-Name") + b"\0"        # DcSiteName
    out += b"\xc0" + bytes([site])                               # ClientSiteName -> DcSiteName
    return bytes(out) + tail


def sam_logon_request(sid):
    out = struct.pack("<HH", 0x12, 3) + utf16z("WS01") + utf16z("alice")
    out += NETLOGON + b"\0" + struct.pack("<II", 0x00000080, len(sid))
    if sid:
        out = align(out, 4) + sid
    return out + TOKENS


DOMAIN_SID = bytes.fromhex("010400000000000515000000a1b2c3d4e5f60718293a4b5c")

# ---------------------------------------------------------------------------------------------
# Link, IPv4 and UDP
# ---------------------------------------------------------------------------------------------

MAC_HOST = bytes.fromhex("02000a630001")
MAC_PEER = bytes.fromhex("02000a630002")
MAC_BCAST = b"\xff" * 6


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def udp(src_ip, dst_ip, sport, dport, payload, length=None):
    real = 8 + len(payload)
    field = real if length is None else length
    pseudo = ip_bytes(src_ip) + ip_bytes(dst_ip) + struct.pack(">BBH", 0, 17, real)
    segment = struct.pack(">HHHH", sport, dport, field, 0) + payload
    csum = checksum(pseudo + segment) or 0xFFFF
    return segment[:6] + struct.pack(">H", csum) + segment[8:]


def ipv4(src_ip, dst_ip, proto, payload, ident=0x1000, frag=0, ttl=64, options=b"",
         total_length=None, ihl=None):
    words = (20 + len(options)) // 4
    ihl_field = words if ihl is None else ihl
    length = 20 + len(options) + len(payload) if total_length is None else total_length
    head = struct.pack(">BBHHHBBH4s4s", 0x40 | ihl_field, 0, length, ident, frag, ttl, proto, 0,
                       ip_bytes(src_ip), ip_bytes(dst_ip)) + options
    head = head[:10] + struct.pack(">H", checksum(head)) + head[12:]
    return head + payload


def ethernet(payload, ethertype=0x0800, dst=MAC_BCAST, src=MAC_HOST, tags=()):
    """Ethernet II, optional VLAN tags (tpid, tci), padded to the 60-byte minimum like a NIC."""
    out = dst + src
    for tpid, tci in tags:
        out += struct.pack(">HH", tpid, tci)
    out += struct.pack(">H", ethertype) + payload
    return out + b"\0" * max(0, 60 - len(out))


def udp_frame(payload, sport=138, dport=138, src_ip=HOST_IP, dst_ip=BCAST_IP, ident=0x1000,
              tags=(), ip_options=b""):
    mac = MAC_BCAST if dst_ip.endswith(".255") else MAC_PEER
    return ethernet(ipv4(src_ip, dst_ip, 17, udp(src_ip, dst_ip, sport, dport, payload),
                         ident=ident, options=ip_options), dst=mac, tags=tags)


# ---------------------------------------------------------------------------------------------
# The corpus: (category, comment, frame[, captured length]) in file order
# ---------------------------------------------------------------------------------------------

class Corpus:
    def __init__(self):
        self.frames = []  # (category, comment, frame bytes, original length)
        self.ident = 0x2000

    def add(self, category, comment, frame, original_length=None):
        self.frames.append((category, comment, frame,
                            len(frame) if original_length is None else original_length))

    def udp(self, category, comment, payload, **kwargs):
        """A frame carrying `payload` in one IPv4/UDP datagram (port 138 to 138 by default)."""
        self.ident += 1
        kwargs.setdefault("ident", self.ident)
        self.add(category, comment, udp_frame(payload, **kwargs))


def add_browse(c):
    cat = "browse"
    host_type = 0x00819A03
    c.udp(cat, "HostAnnouncement (Samba)", mailslot(BROWSE, announcement(
        0x01, b"NMBDPEER", host_type, b"nmbd peer\0", periodicity=60000)))
    c.udp(cat, "HostAnnouncement, Windows style: padded, FLAGS 0x0E, single-NUL comment",
          mailslot(BROWSE, announcement(0x01, b"WIN10PC", 0x00011003, b"\0", update_count=3),
                   pad=True, flags=FLAGS_WINDOWS, smb_flags=0x18, smb_flags2=0x0004,
                   pid_low=0xFEFF, max_parameter_count=2, transaction_flags=2, timeout=1000))
    c.udp(cat, "HostAnnouncement, server type 0 (going down)",
          mailslot(BROWSE, announcement(0x01, b"NMBDPEER", 0, b"bye\0")))
    c.udp(cat, "HostAnnouncement, every server type bit, cp437 comment bytes >= 0x80",
          mailslot(BROWSE, announcement(0x01, b"ALLBITS", 0xFFFFFFFF,
                                        b"Gr\x81\xe1e \xb0\xb1\xb2 \xc9\xcd\xbb\0")))
    full = bytearray(announcement(0x01, b"", 0x3, b"long\0"))
    full[6:22] = b"ABCDEFGHIJKLMNOP"
    c.udp(cat, "HostAnnouncement, 16-character server name filling the field, no NUL",
          mailslot(BROWSE, bytes(full)))
    c.udp(cat, "HostAnnouncement, comment without NUL (decoder marks truncated)",
          mailslot(BROWSE, announcement(0x01, b"NONUL", 0x3, b"no terminator")))
    c.udp(cat, "HostAnnouncement cut after the server name",
          mailslot(BROWSE, announcement(0x01, b"SHORT", 0x3, b"x\0")[:22]))
    c.udp(cat, "AnnouncementRequest", mailslot(BROWSE, b"\x02\x00NMBDPEER\0",
                                                dst=encode_name(b"TESTGRP", 0x1E)))
    c.udp(cat, "RequestElection, every desire bit",
          mailslot(BROWSE, request_election(0x41010FAF, 6000, b"NMBDPEER"),
                   dst=encode_name(b"TESTGRP", 0x1E)))
    c.udp(cat, "RequestElection, Windows criteria, no desire",
          mailslot(BROWSE, request_election(0x20010F00, 0, b"WIN10PC")))
    c.udp(cat, "RequestElection cut inside the uptime",
          mailslot(BROWSE, request_election(0x41010F0A, 6000, b"X")[:8]))
    c.udp(cat, "GetBackupListRequest", mailslot(BROWSE, struct.pack("<BBI", 0x09, 4, 0x12345678),
                                                 dst=encode_name(b"TESTGRP", 0x1D)))
    c.udp(cat, "GetBackupListResponse, three servers",
          mailslot(BROWSE, struct.pack("<BBI", 0x0A, 3, 0x12345678) + b"SRV1\0SRV2\0SRV3\0",
                   msg_type=DIRECT_UNIQUE, dst=encode_name(b"CLIENT", 0x00)))
    c.udp(cat, "GetBackupListResponse, count 3 but two names",
          mailslot(BROWSE, struct.pack("<BBI", 0x0A, 3, 1) + b"SRV1\0SRV2\0",
                   msg_type=DIRECT_UNIQUE, dst=encode_name(b"CLIENT", 0x00)))
    c.udp(cat, "GetBackupListResponse, no server",
          mailslot(BROWSE, struct.pack("<BBI", 0x0A, 0, 7), msg_type=DIRECT_UNIQUE,
                   dst=encode_name(b"CLIENT", 0x00)))
    c.udp(cat, "BecomeBackup", mailslot(BROWSE, b"\x0bBACKUP1\0",
                                         dst=encode_name(b"TESTGRP", 0x1E)))
    c.udp(cat, "DomainAnnouncement to __MSBROWSE__<01>",
          mailslot(BROWSE, domain_announcement(b"TESTGRP", 0x80001000, b"NMBDPEER"), dst=MSBROWSE))
    c.udp(cat, "MasterAnnouncement", mailslot(BROWSE, b"\x0dMASTER\0", msg_type=DIRECT_UNIQUE,
                                               dst=encode_name(b"PDC", 0x00)))
    c.udp(cat, "ResetStateRequest, every flag", mailslot(BROWSE, b"\x0e\x07"))
    c.udp(cat, "ResetStateRequest without its type byte", mailslot(BROWSE, b"\x0e"))
    c.udp(cat, "LocalMasterAnnouncement",
          mailslot(BROWSE, announcement(0x0F, b"NMBDPEER", 0x00859A03, b"master\0"),
                   dst=encode_name(b"TESTGRP", 0x1E)))
    c.udp(cat, "unknown browse opcode 0x42 with data", mailslot(BROWSE, b"\x42\xde\xad\xbe\xef"))
    c.udp(cat, "unknown browse opcode 0x03 alone", mailslot(BROWSE, b"\x03"))
    c.udp(cat, "empty BROWSE payload", mailslot(BROWSE, b""))
    c.udp(cat, "lower-case slot name \\mailslot\\browse",
          mailslot(b"\\mailslot\\browse", announcement(0x01, b"lower", 0x1, b"lc\0")))


def add_lanman(c):
    cat = "lanman"
    c.udp(cat, "LANMAN host announcement (Samba send_lm_announcement)",
          mailslot(LANMAN, lanman_announcement(0x00009A03, b"NMBDPEER", b"NMBD PEER"),
                   dst=encode_name(b"TESTGRP", 0x00)))
    c.udp(cat, "BROWSE-style HostAnnouncement sent to LANMAN (Windows servers)",
          mailslot(LANMAN, announcement(0x01, b"WINSRV", 0x00009003, b"\0")))
    c.udp(cat, "LANMAN LocalMasterAnnouncement in BROWSE format",
          mailslot(LANMAN, announcement(0x0F, b"WINSRV", 0x00049003, b"lmb\0")))
    c.udp(cat, "LANMAN opcode 1 with a non-zero second byte (BROWSE decoding)",
          mailslot(LANMAN, b"\x01\x05" + b"\0" * 10))
    c.udp(cat, "LANMAN announcement without the comment NUL",
          mailslot(LANMAN, lanman_announcement(0x3, b"CUT", b"cut")[:-1]))
    c.udp(cat, "LANMAN announcement cut inside the server type",
          mailslot(LANMAN, lanman_announcement(0x3, b"CUT", b"")[:4]))
    c.udp(cat, "LANMAN one byte", mailslot(LANMAN, b"\x01"))


def add_messenger(c):
    cat = "messenger"
    dst = encode_name(b"BOB", 0x03)

    def msg(payload):
        return mailslot(MESSNGR, payload, msg_type=DIRECT_UNIQUE, dst=dst)

    c.udp(cat, "ASCII, trailing NUL", msg(b"ALICE\0BOB\0Lunch at noon?\0"))
    c.udp(cat, "ASCII, no trailing NUL (VFPX sample)", msg(b"ALICE\0BOB\0No terminator"))
    c.udp(cat, "cp437 text: Gr\u00fc\u00dfe, \u00e9t\u00e9, box drawing",
          msg(b"J\x81RGEN\0BOB\0Gr\x81\xe1e aus K\x94ln, \x82t\x82 \xc9\xcd\xbb\0"))
    c.udp(cat, "cp850 text: \u00d8re, \u00a9, \u00c3", msg(b"OLE\0BOB\0\x9dre \xb8 \xc7 \xd5\0"))
    c.udp(cat, "cp866 text (Cyrillic bytes)",
          msg(b"IVAN\0BOB\0\x8f\xe0\xa8\xa2\xa5\xe2, \xac\xa8\xe0!\0"))
    c.udp(cat, "Latin-1 text: caf\u00e9 na\u00efve", msg(b"ZOE\0BOB\0caf\xe9 na\xefve \xa3\xff\0"))
    c.udp(cat, "UTF-8 text: \u00fcber \u2603 \u20ac",
          msg("\u00fcber\0BOB\0\u00fcber \u2603 \u20ac 10\0".encode("utf-8")))
    c.udp(cat, "control characters: tab, newline, CR, DEL, ESC",
          msg(b"CTRL\0BOB\0a\tb\nc\rd\x7fe\x1b[1m\0"))
    c.udp(cat, "text cut at an inner NUL, garbage after", msg(b"A\0B\0hello\0garbage\xff\0"))
    c.udp(cat, "sender only, no NUL", msg(b"ONLYFROM"))
    c.udp(cat, "sender and recipient, no second NUL", msg(b"FROM\0TO"))
    c.udp(cat, "empty strings", msg(b"\0\0\0"))
    c.udp(cat, "empty payload", msg(b""))
    c.udp(cat, "lower-case \\mailslot\\messngr to a group, broadcast",
          mailslot(b"\\mailslot\\messngr", b"ADMIN\0*\0Server going down\0", msg_type=BROADCAST,
                   dst=encode_name(b"*", 0x00)))
    c.udp(cat, "long text (more than 120 bytes)",
          msg(b"LONG\0BOB\0" + b"The quick brown fox jumps over the lazy dog. " * 6 + b"\0"))


def add_netlogon(c):
    cat = "netlogon"
    dom1c = encode_name(b"CORP", 0x1C)

    def nl(payload, slot=NETLOGON, **kw):
        kw.setdefault("dst", dom1c)
        return mailslot(slot, payload, **kw)
    c.udp(cat, "LOGON_REQUEST (0x00)", nl(struct.pack("<H", 0x00) + b"WS01\0bob\0" + TEMP_NETLOGON
                                         + b"\0\x02" + struct.pack("<HH", 0xFFFF, 0xFFFF)))
    c.udp(cat, "LOGON_RESPONSE2 (0x06) to \\MAILSLOT\\TEMP\\NETLOGON",
          nl(struct.pack("<H", 0x06) + b"\\\\PDC\0" + struct.pack("<H", 0xFFFF), slot=TEMP_NETLOGON,
             msg_type=DIRECT_UNIQUE, dst=encode_name(b"WS01", 0x00)))
    c.udp(cat, "LOGON_PRIMARY_QUERY (0x07)",
          nl(align(struct.pack("<H", 0x07) + b"WS01\0" + TEMP_NETLOGON + b"\0", 2)
             + utf16z("WS01") + TOKENS, dst=encode_name(b"CORP", 0x1B)))
    c.udp(cat, "LOGON_ANNOUNCE_UAS (0x0A), arbitrary body, shown as data",
          nl(struct.pack("<HII", 0x0A, 0x11223344, 0x55667788) + b"PDC\0CORP\0"))
    c.udp(cat, "LOGON_PRIMARY_RESPONSE (0x0C)",
          nl(align(struct.pack("<H", 0x0C) + b"PDC\0", 2) + utf16z("PDC") + utf16z("CORP") + TOKENS,
             slot=TEMP_NETLOGON, msg_type=DIRECT_UNIQUE, dst=encode_name(b"WS01", 0x00)))
    c.udp(cat, "LOGON_SAM_LOGON_REQUEST (0x12) with a domain SID, to NTLOGON",
          nl(sam_logon_request(DOMAIN_SID), slot=NTLOGON))
    c.udp(cat, "LOGON_SAM_LOGON_REQUEST (0x12) without SID", nl(sam_logon_request(b"")))
    for opcode, what in ((0x13, "LOGON_SAM_LOGON_RESPONSE"), (0x14, "LOGON_SAM_PAUSE_RESPONSE"),
                         (0x15, "LOGON_SAM_USER_UNKNOWN")):
        c.udp(cat, "%s (0x%02X) to \\MAILSLOT\\NET\\GETDC873" % (what, opcode),
              nl(struct.pack("<H", opcode) + utf16z("\\\\DC1") + utf16z("alice") + utf16z("CORP")
                 + TOKENS, slot=GETDC, msg_type=DIRECT_UNIQUE, dst=encode_name(b"WS01", 0x00)))
    c.udp(cat, "LOGON_SAM_LOGON_RESPONSE without the tokens",
          nl(struct.pack("<H", 0x13) + utf16z("\\\\DC1") + utf16z("") + utf16z("CORP"), slot=GETDC))
    c.udp(cat, "LOGON_SAM_LOGON_RESPONSE, unterminated UTF-16 name",
          nl(struct.pack("<H", 0x13) + "\\\\DC1".encode("utf-16-le"), slot=GETDC))
    for opcode, what, tail in ((0x17, "LOGON_SAM_LOGON_RESPONSE_EX", TOKENS_5EX),
                               (0x18, "LOGON_SAM_PAUSE_RESPONSE_EX", TOKENS_5EX_WITH_IP),
                               (0x19, "LOGON_SAM_USER_UNKNOWN_EX", TOKENS_5EX)):
        c.udp(cat, "%s (0x%02X), compressed DNS names%s"
              % (what, opcode, ", with the DC address" if tail is TOKENS_5EX_WITH_IP else ""),
              nl(sam_logon_response_ex(opcode, tail), slot=GETDC, msg_type=DIRECT_UNIQUE,
                 dst=encode_name(b"WS01", 0x00)))
    loop = bytearray(struct.pack("<HHI", 0x17, 0, 0) + b"\0" * 16)
    loop += b"\xc0" + bytes([len(loop)])
    c.udp(cat, "LOGON_SAM_LOGON_RESPONSE_EX, pointer to itself", nl(bytes(loop), slot=GETDC))
    c.udp(cat, "LOGON_SAM_LOGON_RESPONSE_EX, label length 0x80",
          nl(struct.pack("<HHI", 0x17, 0, 0) + b"\0" * 16 + b"\x80abc", slot=GETDC))
    c.udp(cat, "LOGON_SAM_LOGON_RESPONSE_EX cut inside the GUID",
          nl(struct.pack("<HHI", 0x17, 0, 0) + b"\x01" * 9, slot=GETDC))
    c.udp(cat, "unknown netlogon opcode 0x99 with data", nl(b"\x99\x00\x01\x02\x03"))
    c.udp(cat, "unknown netlogon opcode 0x1234 alone", nl(b"\x34\x12"))
    c.udp(cat, "netlogon payload of one byte", nl(b"\x12"))
    c.udp(cat, "empty netlogon payload", nl(b""))


def add_unknown_slots(c):
    cat = "unknown-slot"
    c.udp(cat, "[MS-MAIL] section 4 example: \\MAILSLOT\\test1\\sample_mailslot, DataOffset 104",
          mailslot(b"\\MAILSLOT\\test1\\sample_mailslot", b"\xca" * 36, pad=True, priority=0,
                   smb_flags=0x18, smb_flags2=0x0004, pid_low=0xFEFF, max_parameter_count=2,
                   transaction_flags=2, msg_type=DIRECT_UNIQUE, flags=FLAGS_WINDOWS,
                   dst=encode_name(b"TARGET", 0x00)))
    c.udp(cat, "every byte value 0x00..0xFF", mailslot(b"\\MAILSLOT\\BINARY", bytes(range(256))))
    c.udp(cat, "valid UTF-8 text", mailslot(b"\\MAILSLOT\\APP\\NOTES",
                                            "caf\u00e9 \u2603 ok".encode("utf-8")))
    c.udp(cat, "zero-length payload", mailslot(b"\\MAILSLOT\\EMPTY", b""))
    c.udp(cat, "zero-length payload, DataOffset inside the name (allowed when DataCount is 0)",
          mailslot(b"\\MAILSLOT\\EMPTY", b"", data_offset=NAME_OFFSET + 3))
    c.udp(cat, "zero-length payload, DataOffset at the very end",
          mailslot(b"\\MAILSLOT\\EMPTY", b"", gap=b"\0\0\0\0"))
    c.udp(cat, "bare \\MAILSLOT\\ prefix", mailslot(b"\\MAILSLOT\\", b"bare"))
    c.udp(cat, "deep path, class 1, priority 9, timeout 0xFFFFFFFF",
          mailslot(b"\\MAILSLOT\\a\\b\\c\\d\\e\\f\\g\\h", b"deep", cls=1, priority=9,
                   timeout=0xFFFFFFFF))
    c.udp(cat, "class 0 and priority 65535", mailslot(b"\\MAILSLOT\\ODD", b"odd", cls=0,
                                                      priority=0xFFFF))
    c.udp(cat, "Latin-1 byte in the slot name", mailslot(b"\\MAILSLOT\\caf\xe9", b"latin1 name"))
    c.udp(cat, "control character in the slot name", mailslot(b"\\MAILSLOT\\tab\there", b"ctl"))
    c.udp(cat, "mixed-case prefix \\MailSlot\\ and a well-known name after it",
          mailslot(b"\\MailSlot\\Browse", announcement(0x01, b"MIXED", 0x1, b"\0")))
    c.udp(cat, "data after 8 junk bytes between the name and DataOffset",
          mailslot(b"\\MAILSLOT\\GAP", b"after the gap", gap=b"JUNKJUNK"))
    c.udp(cat, "ByteCount, TotalDataCount and ParameterCount inconsistent (ignored)",
          mailslot(b"\\MAILSLOT\\COUNTS", b"counts", byte_count=3, total_data_count=999,
                   parameter_count=4))
    c.udp(cat, "DGM_LENGTH smaller than received: 5 trailing bytes ignored",
          mailslot(b"\\MAILSLOT\\TRAIL", b"trail", trailing=b"EXTRA"))
    c.udp(cat, "slot NETLOGON-like but not well known (\\MAILSLOT\\NET\\NETLOGONX)",
          mailslot(b"\\MAILSLOT\\NET\\NETLOGONX", b"\x12\x00"))
    c.udp(cat, "large payload (1000 bytes)", mailslot(b"\\MAILSLOT\\BIG",
                                                     bytes((i * 7) & 0xFF for i in range(1000))))


def add_addressing(c):
    cat = "addressing"

    def hello(**kw):
        return mailslot(b"\\MAILSLOT\\HELLO", b"hello", **kw)

    c.udp(cat, "DIRECT_UNIQUE, B-node", hello(msg_type=DIRECT_UNIQUE, flags=FLAGS_B_NODE,
                                              dst=encode_name(b"PEER", 0x00)),
          dst_ip=PEER_IP)
    c.udp(cat, "DIRECT_GROUP, P-node", hello(msg_type=DIRECT_GROUP, flags=FLAGS_P_NODE,
                                             dst=encode_name(b"TESTGRP", 0x00)))
    c.udp(cat, "BROADCAST to *<00>", hello(msg_type=BROADCAST, flags=FLAGS_WINDOWS,
                                           dst=encode_name(b"*", 0x00)))
    c.udp(cat, "BROADCAST, reserved flag bits set", hello(msg_type=BROADCAST, flags=0xF2))
    c.udp(cat, "names with a NetBIOS scope",
          hello(src=encode_name(b"SCOPED", 0x00, b"corp.example.com"),
                dst=encode_name(b"TESTGRP", 0x1D, b"corp.example.com")))
    c.udp(cat, "name with a one-letter scope", hello(src=encode_name(b"A", 0x20, b"x")))
    c.udp(cat, "non-printable and high bytes in the names",
          hello(src=encode_name(None, raw=b"\x00\x7f\x80\xffNAME\x01 \t\n  \x20\x1b"),
                dst=encode_name(None, raw=b"lower-case name\x00")))
    c.udp(cat, "empty and wildcard names", hello(src=encode_name(b""), dst=encode_name(b"*", 0x2A)))
    c.udp(cat, "longest scope accepted (encoded name of 255 bytes before its final NUL)",
          hello(src=encode_name(b"LONGSCOPE", 0x00, b".".join([b"s" * 63] * 3 + [b"t" * 29]))))
    c.udp(cat, "SOURCE_IP/SOURCE_PORT fields differ from the IP/UDP header",
          hello(src_ip="192.0.2.77", src_port=1234, dgm_id=0xFFFF))


def add_datagram_types(c):
    cat = "error-query"
    c.udp(cat, "DATAGRAM ERROR 0x82 destination name not present", error_datagram(0x82))
    c.udp(cat, "DATAGRAM ERROR 0x83 invalid source name format", error_datagram(0x83))
    c.udp(cat, "DATAGRAM ERROR 0x84 invalid destination name, 3 trailing bytes",
          error_datagram(0x84, trailing=b"xyz"))
    c.udp(cat, "DATAGRAM ERROR with an unknown code 0x00", error_datagram(0x00))
    c.udp(cat, "DATAGRAM QUERY REQUEST", query_datagram(QUERY_REQUEST, encode_name(b"TESTGRP", 0x1D)))
    c.udp(cat, "DATAGRAM POSITIVE QUERY RESPONSE",
          query_datagram(POSITIVE_QUERY_RESPONSE, encode_name(b"TESTGRP", 0x1D)))
    c.udp(cat, "DATAGRAM NEGATIVE QUERY RESPONSE, scoped name, trailing bytes",
          query_datagram(NEGATIVE_QUERY_RESPONSE, encode_name(b"NOBODY", 0x00, b"corp"),
                         trailing=b"\0\0"))


def add_malformed_datagrams(c):
    """Every reason the NetBIOS datagram layer gives, several variants each."""
    cat = "malformed"
    good = smb_write(b"\\MAILSLOT\\TEST", b"payload")
    # truncated
    c.udp(cat, "truncated: empty UDP payload", b"")
    c.udp(cat, "truncated: 5 bytes of a DIRECT_GROUP header", header10(DIRECT_GROUP, 0x0A, 1)[:5])
    c.udp(cat, "truncated: data header without PACKET_OFFSET (12 bytes)",
          header10(DIRECT_GROUP, 0x0A, 2) + b"\x00\x50")
    c.udp(cat, "truncated: DATAGRAM ERROR without its code", header10(ERROR, 0x0A, 3))
    c.udp(cat, "truncated: query with half a name",
          query_datagram(QUERY_REQUEST, encode_name(b"HALF", 0x00)[:17]))
    c.udp(cat, "truncated: query name without its terminating label",
          query_datagram(QUERY_REQUEST, encode_name(b"NOEND", 0x00)[:-1]))
    c.udp(cat, "truncated: query scope label cut", query_datagram(
        QUERY_REQUEST, encode_name(b"CUT", 0x00)[:-1] + b"\x05ab"))
    # bad message type
    c.udp(cat, "badMessageType: 0x20", header10(0x20, 0x0A, 4) + b"\0" * 20)
    c.udp(cat, "badMessageType: 0x0F just below the range", header10(0x0F, 0x0A, 5) + b"\0\0\0\0")
    c.udp(cat, "badMessageType: 0x17 just above the range", header10(0x17, 0x0A, 6) + b"\0\0\0\0")
    c.udp(cat, "badMessageType: 0x00, 3 bytes", b"\x00\x0a\x00")
    c.udp(cat, "badMessageType: DNS-looking payload on port 138",
          bytes.fromhex("abcd01000001000000000000") + b"\x07example\x03com\x00\x00\x01\x00\x01")
    # fragments
    whole = smb_write(b"\\MAILSLOT\\FRAG", b"fragmented" * 5)
    c.udp(cat, "fragment: FIRST and MORE", data_datagram(whole[:60], flags=0x0B, dgm_id=0x0F00))
    c.udp(cat, "fragment: MORE, not first, PACKET_OFFSET 60",
          data_datagram(whole[60:80], flags=0x09, dgm_id=0x0F00, packet_offset=60))
    c.udp(cat, "fragment: last fragment (PACKET_OFFSET 80, no MORE)",
          data_datagram(whole[80:], flags=0x08, dgm_id=0x0F00, packet_offset=80))
    # DGM_LENGTH
    datagram = data_datagram(good)
    c.udp(cat, "badLength: DGM_LENGTH 10 bytes too large", data_datagram(
        good, dgm_length=len(datagram) - 14 + 10))
    c.udp(cat, "badLength: DGM_LENGTH 65535", data_datagram(good, dgm_length=0xFFFF))
    c.udp(cat, "badLength: DGM_LENGTH 20, smaller than the source name",
          data_datagram(good, dgm_length=20))
    c.udp(cat, "badLength: DGM_LENGTH covers the source name only",
          data_datagram(good, dgm_length=34 + 10))
    c.udp(cat, "badLength: DGM_LENGTH 0", data_datagram(good, dgm_length=0))
    # names
    c.udp(cat, "badName: source name length byte 0x10",
          data_datagram(good, src=b"\x10" + encode_name(b"SRC")[1:]))
    c.udp(cat, "badName: letter 'Z' in the destination name",
          data_datagram(good, dst=encode_name(b"DST")[:5] + b"Z" + encode_name(b"DST")[6:]))
    c.udp(cat, "badName: lower-case letters in the source name",
          data_datagram(good, src=encode_name(b"SRC").lower()))
    c.udp(cat, "badName: compression pointer (0xC0) as a scope label",
          data_datagram(good, src=encode_name(b"SRC")[:-1] + b"\xc0\x0c"))
    c.udp(cat, "badName: scope label of 64 bytes",
          data_datagram(good, src=encode_name(b"SRC")[:-1] + b"\x40" + b"a" * 64 + b"\0"))
    c.udp(cat, "badName: dot inside a scope label",
          data_datagram(good, src=encode_name(b"SRC")[:-1] + b"\x03a.b\0"))
    c.udp(cat, "badName: encoded name one byte over 255 (before its final NUL)",
          data_datagram(good, src=encode_name(b"SRC", 0, b".".join([b"s" * 63] * 3 + [b"t" * 30]))))
    c.udp(cat, "badName: scope of four 63-byte labels",
          data_datagram(good, src=encode_name(b"SRC", 0, b".".join([b"s" * 63] * 4))))
    c.udp(cat, "badName: query with a bad name", query_datagram(QUERY_REQUEST, b"\x21" + b"A" * 33))


def add_malformed_smb(c):
    """Every reason the SMB mailslot-write layer gives, several variants each."""
    cat = "malformed"
    good = smb_write(b"\\MAILSLOT\\TEST", b"payload")

    def smb(**kw):
        return data_datagram(smb_write(b"\\MAILSLOT\\TEST", b"payload", **kw))

    c.udp(cat, "truncated: user data of 2 bytes (FF 'S')", data_datagram(b"\xffS"))
    c.udp(cat, "truncated: empty user data", data_datagram(b""))
    c.udp(cat, "truncated: SMB header cut at 20 bytes", data_datagram(good[:20]))
    c.udp(cat, "truncated: SMB cut inside the parameter words", data_datagram(good[:50]))
    c.udp(cat, "badProtocol: SMB2 magic FE 'SMB'", data_datagram(b"\xfeSMB" + good[4:]))
    c.udp(cat, "badProtocol: plain text user data", data_datagram(b"hello, not SMB"))
    c.udp(cat, "badProtocol: FF 'SMC'", data_datagram(b"\xffSMC" + good[4:]))
    for command, what in ((0x72, "NEGOTIATE"), (0x32, "TRANSACTION2"), (0xA0, "NT_TRANSACT")):
        c.udp(cat, "badCommand: 0x%02X %s" % (command, what), smb(command=command))
    c.udp(cat, "badCommand: 0x26 with only 33 bytes", data_datagram(smb_write(
        b"\\MAILSLOT\\TEST", b"", command=0x26)[:33]))
    for wct in (0, 14, 18):
        c.udp(cat, "wrongWordCount: %d" % wct, smb(word_count=wct))
    for setup in (0, 2, 4):
        c.udp(cat, "wrongSetupCount: %d" % setup, smb(setup_count=setup))
    for opcode in (0, 2, 0xFFFF):
        c.udp(cat, "badOpcode: %d" % opcode, smb(opcode=opcode))
    c.udp(cat, "nameNotTerminated: no NUL before the end", smb(terminate=False))
    c.udp(cat, "nameNotTerminated: SMB ends at the name offset",
          data_datagram(good[:NAME_OFFSET]))
    c.udp(cat, "notMailslot: \\PIPE\\LANMAN", data_datagram(smb_write(b"\\PIPE\\LANMAN", b"pipe")))
    c.udp(cat, "notMailslot: \\MAILSLO (shorter than the prefix)",
          data_datagram(smb_write(b"\\MAILSLO", b"short")))
    c.udp(cat, "notMailslot: MAILSLOT\\BROWSE without the leading backslash",
          data_datagram(smb_write(b"MAILSLOT\\BROWSE", b"\x01")))
    c.udp(cat, "notMailslot: empty transaction name", data_datagram(smb_write(b"", b"x")))
    c.udp(cat, "badOffset: DataOffset beyond the SMB", smb(data_offset=len(good) + 1, data_count=0))
    c.udp(cat, "badOffset: DataOffset inside the name", smb(data_offset=NAME_OFFSET + 4))
    c.udp(cat, "badOffset: DataOffset 0", smb(data_offset=0))
    c.udp(cat, "badDataCount: one byte too many", smb(data_count=8))
    c.udp(cat, "badDataCount: 65535", smb(data_count=0xFFFF))
    c.udp(cat, "badDataCount: SMB 3 bytes shorter than DataOffset + DataCount",
          data_datagram(good[:-3]))


def add_fuzz_regressions(c):
    # The UDP payloads only (datagram-*.bin; the other targets' inputs are not datagrams). The
    # comment keeps the folder they were in when the corpus was made, so that it does not change.
    for name in sorted(n for n in os.listdir(FUZZ_DIR) if n.startswith("datagram-")):
        with open(os.path.join(FUZZ_DIR, name), "rb") as f:
            c.udp("fuzz-regression", "tests/net/data/fuzz-regressions/" + name, f.read())


def add_ports(c):
    cat = "ports"
    hello = mailslot(b"\\MAILSLOT\\PORTS", b"ports")
    c.udp(cat, "source port 138 only (reply to an ephemeral port)", hello, sport=138, dport=50000,
          dst_ip=PEER_IP)
    c.udp(cat, "destination port 138 only (sent from an ephemeral port)", hello, sport=49152,
          dport=138, src_ip=PEER_IP, dst_ip=HOST_IP)
    not138 = "not-port-138"
    c.udp(not138, "NetBIOS datagram on port 137 (not listed)", hello, sport=137, dport=137)
    c.udp(not138, "NetBIOS datagram between ports 139 and 1138 (not listed)", hello, sport=139,
          dport=1138, dst_ip=PEER_IP)
    dns = bytes.fromhex("abcd01000001000000000000") + b"\x07example\x03com\x00\x00\x01\x00\x01"
    c.udp(not138, "DNS query on port 53 (not listed)", dns, sport=40000, dport=53, dst_ip=PEER_IP)
    c.udp(not138, "NBNS name query on port 137 (not listed)",
          bytes.fromhex("123401100001000000000000") + encode_name(b"TESTGRP", 0x1D)
          + b"\x00\x20\x00\x01", sport=137, dport=137)


def fragments(payload, ident, split):
    """An IPv4/UDP datagram cut in two fragments at `split` bytes of IP payload (multiple of 8)."""
    segment = udp(HOST_IP, BCAST_IP, 138, 138, payload)
    first = ipv4(HOST_IP, BCAST_IP, 17, segment[:split], ident=ident, frag=0x2000)
    second = ipv4(HOST_IP, BCAST_IP, 17, segment[split:], ident=ident, frag=split // 8)
    return ethernet(first), ethernet(second)


def add_link_level(c):
    cat = "link"
    hello = mailslot(b"\\MAILSLOT\\LINK", b"link layer")
    c.udp(cat, "802.1Q VLAN tag", hello, tags=((0x8100, 0x0064),))
    c.udp(cat, "802.1ad + 802.1Q double tag", hello, tags=((0x88A8, 0x00C8), (0x8100, 0x0064)))
    c.udp(cat, "0x9100 tag", hello, tags=((0x9100, 0x0005),))
    c.udp(cat, "IPv4 header with options (IHL 6)", hello, ip_options=b"\x01\x01\x01\x00")
    c.udp(cat, "unicast to the peer's MAC and IP", hello, dst_ip=PEER_IP)
    other = "not-udp-138"
    c.add(other, "ARP request (not IPv4)", ethernet(
        bytes.fromhex("0001080006040001") + MAC_HOST + ip_bytes(HOST_IP) + b"\0" * 6
        + ip_bytes(PEER_IP), ethertype=0x0806))
    c.add(other, "IPv6 UDP to port 5353 (not IPv4)", ethernet(
        bytes.fromhex("6000000000141101") + b"\xfe\x80" + b"\0" * 13 + b"\x01" + b"\xff\x02"
        + b"\0" * 13 + b"\xfb" + struct.pack(">HHHH", 5353, 5353, 20, 0) + b"\0" * 12,
        ethertype=0x86DD, dst=bytes.fromhex("3333000000fb")))
    echo = b"\x08\x00\x00\x00\x00\x01\x00\x01" + b"ping"
    echo = echo[:2] + struct.pack(">H", checksum(echo)) + echo[4:]
    c.add(other, "ICMP echo request (not UDP)", ethernet(ipv4(HOST_IP, PEER_IP, 1, echo), dst=MAC_PEER))
    c.add(other, "TCP segment to port 139 (not UDP)", ethernet(ipv4(
        HOST_IP, PEER_IP, 6, struct.pack(">HHIIBBHHH", 50000, 139, 1, 0, 0x50, 0x02, 64240, 0, 0)),
        dst=MAC_PEER))
    big = mailslot(b"\\MAILSLOT\\FRAGMENTED", bytes(range(256)) * 6)
    first, second = fragments(big, 0x3001, 1000)
    c.add(cat, "IPv4 first fragment (MF) of a 138 datagram", first)
    c.add(cat, "IPv4 last fragment (offset 1000) of the same datagram", second)
    lone = fragments(mailslot(b"\\MAILSLOT\\LONE", b"x" * 40), 0x3002, 64)[1]
    c.add(cat, "IPv4 non-first fragment whose first fragment is missing", lone)
    frame = udp_frame(mailslot(b"\\MAILSLOT\\SNAP", b"s" * 200), ident=0x3003)
    c.add(cat, "frame cut by the capture snap length (96 of %d bytes)" % len(frame), frame[:96],
          original_length=len(frame))
    ip = ipv4(HOST_IP, BCAST_IP, 17, udp(HOST_IP, BCAST_IP, 138, 138, hello, length=len(hello) + 50))
    c.add(cat, "UDP length larger than the IP payload", ethernet(ip))
    ip = ipv4(HOST_IP, BCAST_IP, 17, udp(HOST_IP, BCAST_IP, 138, 138, hello, length=4))
    c.add(cat, "UDP length 4 (below the 8-byte header)", ethernet(ip))
    ip = ipv4(HOST_IP, BCAST_IP, 17, udp(HOST_IP, BCAST_IP, 138, 138, hello), total_length=12)
    c.add(cat, "IPv4 total length 12 (below the header)", ethernet(ip))
    ip = ipv4(HOST_IP, BCAST_IP, 17, udp(HOST_IP, BCAST_IP, 138, 138, hello), ihl=4)
    c.add(cat, "IPv4 IHL 4 (below 5)", ethernet(ip))
    ip = ipv4(HOST_IP, BCAST_IP, 17, udp(HOST_IP, BCAST_IP, 138, 138, hello, length=len(hello) - 2))
    c.add(cat, "UDP length 2 bytes short of the IP payload (payload cut to the UDP length)",
          ethernet(ip))


def build_corpus():
    c = Corpus()
    for add in (add_browse, add_lanman, add_messenger, add_netlogon, add_unknown_slots,
                add_addressing, add_datagram_types, add_malformed_datagrams, add_malformed_smb,
                add_fuzz_regressions, add_ports, add_link_level):
        add(c)
    return c


# ---------------------------------------------------------------------------------------------
# pcapng (little-endian): SHB, two Ethernet interfaces (microsecond and nanosecond timestamps),
# one EPB per frame with its comment, and an Interface Statistics Block at the end (as dumpcap).
# ---------------------------------------------------------------------------------------------

def option(code, value):
    return struct.pack("<HH", code, len(value)) + value + b"\0" * (-len(value) % 4)


END_OF_OPTIONS = struct.pack("<HH", 0, 0)


def block(block_type, body):
    total = 12 + len(body)
    return struct.pack("<II", block_type, total) + body + struct.pack("<I", total)


def section_header():
    return block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)
                 + option(4, b"tools/make-decode-corpus.py") + END_OF_OPTIONS)


def interface(name, tsresol):
    options = option(2, name)
    if tsresol is not None:
        options += option(9, bytes([tsresol]))
    return block(1, struct.pack("<HHI", 1, 0, 262144) + options + END_OF_OPTIONS)


def enhanced_packet(iface, ticks, data, original_length, comment):
    body = struct.pack("<IIIII", iface, ticks >> 32, ticks & 0xFFFFFFFF, len(data), original_length)
    body += data + b"\0" * (-len(data) % 4)
    return block(6, body + option(1, comment.encode("utf-8")) + END_OF_OPTIONS)


def interface_statistics(iface, ticks, received):
    return block(5, struct.pack("<IIIH", iface, ticks >> 32, ticks & 0xFFFFFFFF, 4)
                 + struct.pack("<H", 8) + struct.pack("<Q", received) + END_OF_OPTIONS)


def write_pcapng(corpus, path):
    """Every third frame goes to interface 1 (nanosecond ticks, with sub-millisecond parts)."""
    out = bytearray(section_header() + interface(b"veth-us", None) + interface(b"veth-ns", 9))
    counts = [0, 0]
    last_ns = 0
    for index, (category, comment, frame, original) in enumerate(corpus.frames):
        ns = (BASE_SECONDS * 1000 + index * STEP_MS) * 1000000
        iface = 1 if index % 3 == 2 else 0
        if iface:
            ns += 123456
        ticks = ns // 1000 if iface == 0 else ns
        last_ns = ns
        counts[iface] += 1
        out += enhanced_packet(iface, ticks, frame, original, "%s: %s" % (category, comment))
    out += interface_statistics(0, last_ns // 1000, counts[0])
    out += interface_statistics(1, last_ns, counts[1])
    with open(path, "wb") as f:
        f.write(out)
    return len(out)


# ---------------------------------------------------------------------------------------------
# Goldens
# ---------------------------------------------------------------------------------------------

def regenerate_goldens(binary, shared):
    captures = [os.path.join(shared, "captures", "nmbd-browse.pcapng"),
                os.path.join(shared, "captures", "nmbd-browse-sll.pcap"),
                CORPUS]
    env = dict(os.environ, LC_ALL="C.UTF-8", MAILSLOT_LANG="en", TZ="UTC")
    os.makedirs(GOLDEN_DIR, exist_ok=True)
    for capture in captures:
        if not os.path.exists(capture):
            sys.exit("missing capture: %s (use --shared DIR)" % capture)
        write_goldens(binary, env, capture, os.path.basename(capture), FORMS)
    with open(CORPUS, "rb") as f:
        corpus = f.read()
    with tempfile.TemporaryDirectory() as scratch:
        for cut in CUTS:
            name = "decode-corpus-cut%d.pcapng" % cut
            path = os.path.join(scratch, name)
            with open(path, "wb") as f:
                f.write(corpus[:cut])
            write_goldens(binary, env, path, name, FAST_FORMS)
        # Two sections: the fast path's scanner hands the second to PcapReader.
        path = os.path.join(scratch, "decode-corpus-twice.pcapng")
        with open(path, "wb") as f:
            f.write(corpus + corpus)
        write_goldens(binary, env, path, "decode-corpus-twice.pcapng", FAST_FORMS)


def write_goldens(binary, env, capture, name, forms):
    for form, args in forms:
        result = subprocess.run([binary, "decode", capture] + args, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        stem = os.path.join(GOLDEN_DIR, "%s.%s" % (name, form))
        with open(stem + ".golden", "wb") as f:
            f.write(result.stdout)
        with open(stem + ".status", "w") as f:
            f.write("%d\n" % result.returncode)
        print("%s.%s: exit %d, %d lines" % (name, form, result.returncode,
                                              result.stdout.count(b"\n")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--regenerate-goldens", metavar="MAILSLOT",
                        help="also run this mailslot binary and rewrite tests/cli/data/golden/")
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared"),
                        help="the team's shared folder (default: ../shared)")
    args = parser.parse_args()
    corpus = build_corpus()
    size = write_pcapng(corpus, CORPUS)
    categories = {}
    for category, _, _, _ in corpus.frames:
        categories[category] = categories.get(category, 0) + 1
    print("%s: %d frames, %d bytes" % (os.path.relpath(CORPUS, REPO), len(corpus.frames), size))
    for category, count in categories.items():
        print("  %-16s %3d" % (category, count))
    if args.regenerate_goldens:
        regenerate_goldens(os.path.abspath(args.regenerate_goldens), os.path.abspath(args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
