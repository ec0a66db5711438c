"""Mailslots from Python through libmailslot's Win32 API, with ctypes only (no compiled code).

    from mailslot_ctypes import Mailslot, write
    with Mailslot(r"\\.\mailslot\demo", read_timeout=1000) as slot:
        write(r"\\.\mailslot\demo", b"hello")
        print(slot.info(), slot.read())

The library is $MAILSLOT_LIBRARY if set, else libmailslot.so.1 from the system's search path.
Failures raise MailslotError, whose .code is the Win32 error (GetLastError).
"""
import ctypes
import os

DWORD = ctypes.c_uint32
HANDLE = ctypes.c_void_p
INVALID_HANDLE_VALUE = ctypes.c_void_p(-1).value
MAILSLOT_WAIT_FOREVER = 0xFFFFFFFF
MAILSLOT_NO_MESSAGE = 0xFFFFFFFF
GENERIC_WRITE = 0x40000000
FILE_SHARE_READ = 0x00000001
OPEN_EXISTING = 3
ERROR_SEM_TIMEOUT = 121

_lib = ctypes.CDLL(os.environ.get("MAILSLOT_LIBRARY", "libmailslot.so.1"))
_lib.CreateMailslotA.argtypes = [ctypes.c_char_p, DWORD, DWORD, ctypes.c_void_p]
_lib.CreateMailslotA.restype = HANDLE
_lib.CreateFileA.argtypes = [ctypes.c_char_p, DWORD, DWORD, ctypes.c_void_p, DWORD, DWORD, HANDLE]
_lib.CreateFileA.restype = HANDLE
_lib.ReadFile.argtypes = [HANDLE, ctypes.c_void_p, DWORD, ctypes.POINTER(DWORD), ctypes.c_void_p]
_lib.WriteFile.argtypes = [HANDLE, ctypes.c_void_p, DWORD, ctypes.POINTER(DWORD), ctypes.c_void_p]
_lib.GetMailslotInfo.argtypes = [HANDLE] + [ctypes.POINTER(DWORD)] * 4
_lib.SetMailslotInfo.argtypes = [HANDLE, DWORD]
_lib.CloseHandle.argtypes = [HANDLE]
_lib.GetLastError.restype = DWORD
_lib.MailslotGetPollDescriptor.argtypes = [HANDLE]


class MailslotError(OSError):
    def __init__(self, call, code):
        super().__init__(f"{call} failed with Win32 error {code}")
        self.code = code


def _check(ok, call):
    if not ok:
        raise MailslotError(call, _lib.GetLastError())


class Mailslot:
    """A mailslot server (CreateMailslot); a context manager that closes it."""

    def __init__(self, name, max_message_size=0, read_timeout=0):
        self.handle = _lib.CreateMailslotA(name.encode(), max_message_size, read_timeout, None)
        _check(self.handle != INVALID_HANDLE_VALUE, "CreateMailslot")

    def info(self):
        """(max message size, next size, message count, read timeout), as GetMailslotInfo."""
        values = [DWORD() for _ in range(4)]
        _check(_lib.GetMailslotInfo(self.handle, *[ctypes.byref(v) for v in values]), "GetMailslotInfo")
        return tuple(v.value for v in values)

    def set_read_timeout(self, milliseconds):
        _check(_lib.SetMailslotInfo(self.handle, milliseconds), "SetMailslotInfo")

    def read(self):
        """The next message (bytes), sized with GetMailslotInfo; ERROR_SEM_TIMEOUT when none."""
        next_size = self.info()[1]
        buffer = ctypes.create_string_buffer(max(1, 0 if next_size == MAILSLOT_NO_MESSAGE else next_size))
        done = DWORD()
        _check(_lib.ReadFile(self.handle, buffer, len(buffer), ctypes.byref(done), None), "ReadFile")
        return buffer.raw[: done.value]

    def fileno(self):
        """The pollable descriptor (select/selectors/asyncio): readable while a message waits."""
        fd = _lib.MailslotGetPollDescriptor(self.handle)
        _check(fd >= 0, "MailslotGetPollDescriptor")
        return fd

    def close(self):
        if self.handle is not None:
            _lib.CloseHandle(self.handle)
            self.handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def write(name, data):
    """One message to a slot (CreateFile + WriteFile + CloseHandle)."""
    handle = _lib.CreateFileA(name.encode(), GENERIC_WRITE, FILE_SHARE_READ, None, OPEN_EXISTING, 0, None)
    _check(handle != INVALID_HANDLE_VALUE, "CreateFile")
    try:
        done = DWORD()
        _check(_lib.WriteFile(handle, data, len(data), ctypes.byref(done), None), "WriteFile")
    finally:
        _lib.CloseHandle(handle)


if __name__ == "__main__":
    import selectors

    with Mailslot(r"\\.\mailslot\example\python") as slot:
        selector = selectors.DefaultSelector()
        selector.register(slot, selectors.EVENT_READ)
        write(r"\\.\mailslot\example\python", b"hello from ctypes")
        for _ in selector.select(timeout=10):
            print(slot.info(), slot.read())
