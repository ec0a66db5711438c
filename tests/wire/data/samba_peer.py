#!/usr/bin/python3
"""Independent peer for the mailslot codec tests, built on Samba's IDL-generated NDR code.

  samba_peer.py check               exit 0 when samba.dcerpc.nbt can be imported
  samba_peer.py parse HEX           unpack a whole NetBIOS datagram; print key=value lines
  samba_peer.py build               pack a fixed datagram; print its hex
  samba_peer.py netlogon KIND       pack a NETLOGON payload (query | samrequest | samrequestsid); print hex
"""
import sys


def main():
    from samba.dcerpc import nbt, security
    from samba.ndr import ndr_pack, ndr_unpack

    mode = sys.argv[1]
    if mode == "check":
        return 0
    if mode == "parse":
        pkt = ndr_unpack(nbt.dgram_packet, bytes.fromhex(sys.argv[2]))
        msg = pkt.data
        smb = msg.body
        trans = smb.body
        out = {
            "msg_type": pkt.msg_type,
            "flags": pkt.flags,
            "dgram_id": pkt.dgram_id,
            "src_addr": pkt.src_addr,
            "src_port": pkt.src_port,
            "length": msg.length,
            "offset": msg.offset,
            "source_name": msg.source_name.name,
            "source_type": msg.source_name.type,
            "dest_name": msg.dest_name.name,
            "dest_type": msg.dest_name.type,
            "smb_command": smb.smb_command,
            "smb_flags": smb.flags,
            "smb_flags2": smb.flags2,
            "wct": trans.wct,
            "total_data_count": trans.total_data_count,
            "max_param_count": trans.max_param_count,
            "trans_flags": trans.trans_flags,
            "timeout": trans.timeout,
            "data_count": trans.data_count,
            "data_offset": trans.data_offset,
            "setup_count": trans.setup_count,
            "opcode": trans.opcode,
            "priority": trans.priority,
            "class": getattr(trans, "_class", None),
            "mailslot_name": trans.mailslot_name,
            # Samba keeps the padding in front of the data: strip it using data_offset
            "data": bytes(trans.data)[len(bytes(trans.data)) - trans.data_count:].hex(),
        }
        for k, v in out.items():
            print(f"{k}={v}")
        return 0
    if mode == "build":
        trans = nbt.smb_trans_body()
        trans.wct = 17
        trans.total_data_count = 5
        trans.data_count = 5
        trans.max_param_count = 0
        trans.timeout = 1000
        name = "\\MAILSLOT\\PEER\\TEST"
        trans.data_offset = 70 + len(name)
        trans.setup_count = 3
        trans.opcode = 1
        trans.priority = 1
        trans._class = 2
        trans.mailslot_name = name
        trans.data = b"hello"
        trans.byte_count = len(name) + 1 + 5
        smb = nbt.dgram_smb_packet()
        smb.smb_command = nbt.SMB_TRANSACTION
        smb.body = trans
        msg = nbt.dgram_message()
        src = nbt.name()
        src.name = "PEERSRC"
        src.type = 0x00
        dst = nbt.name()
        dst.name = "PEERGRP"
        dst.type = 0x1D
        msg.source_name = src
        msg.dest_name = dst
        msg.dgram_body_type = nbt.DGRAM_SMB
        msg.body = smb
        msg.offset = 0
        msg.length = 68 + 70 + len(name) + 5
        pkt = nbt.dgram_packet()
        pkt.msg_type = nbt.DGRAM_DIRECT_GROUP
        pkt.flags = nbt.DGRAM_FLAG_FIRST | nbt.DGRAM_NODE_NBDD
        pkt.dgram_id = 0x1234
        pkt.src_addr = "10.20.30.40"
        pkt.src_port = 138
        pkt.data = msg
        print(ndr_pack(pkt).hex())
        return 0
    if mode == "netlogon":
        kind = sys.argv[2]
        pkt = nbt.netlogon_packet()
        if kind == "query":
            pkt.command = nbt.LOGON_PRIMARY_QUERY
            q = nbt.netlogon_query_for_pdc()
            q.computer_name = "CLIENT1"
            q.mailslot_name = "\\MAILSLOT\\NET\\GETDC123"
            q.unicode_name = "CLIENT1"
            q.nt_version = 1
            q.lmnt_token = 0xFFFF
            q.lm20_token = 0xFFFF
            pkt.req = q
        else:
            pkt.command = nbt.LOGON_SAM_LOGON_REQUEST
            r = nbt.NETLOGON_SAM_LOGON_REQUEST()
            r.request_count = 7
            r.computer_name = "CLIENT1"
            r.user_name = "alice"
            r.mailslot_name = "\\MAILSLOT\\NET\\GETDC456"
            r.acct_control = 0x80
            if kind == "samrequestsid":
                r.sid = security.dom_sid("S-1-5-21-1-2-3")
            r.nt_version = 0x0B
            r.lmnt_token = 0xFFFF
            r.lm20_token = 0xFFFF
            pkt.req = r
        print(ndr_pack(pkt).hex())
        return 0
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ImportError as e:
        print(f"import failed: {e}", file=sys.stderr)
        sys.exit(3)
