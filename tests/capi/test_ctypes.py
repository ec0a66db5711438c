"""The ctypes example (examples/capi/mailslot_ctypes.py) against the built libmailslot, and a slot
made through the C API as the rest of the project sees it (the `mailslot` tool lists, describes
and writes to it, as the monitor does through the same back-end).
Usage: test_ctypes.py LIBMAILSLOT EXAMPLE_DIR MAILSLOT_CLI"""
import json
import os
import selectors
import subprocess
import sys
import tempfile
import unittest

LIBRARY, EXAMPLES, CLI = sys.argv[1:4]
del sys.argv[1:4]
os.environ["MAILSLOT_LIBRARY"] = LIBRARY
RUNTIME = tempfile.TemporaryDirectory()
os.environ["MAILSLOT_RUNTIME_DIR"] = os.path.join(RUNTIME.name, "slots")
sys.path.insert(0, EXAMPLES)
import mailslot_ctypes as ms  # noqa: E402

NAME = r"\\.\mailslot\capi\python"


def cli(*args):
    return subprocess.run([CLI, *args], check=True, capture_output=True, text=True).stdout


class CtypesTest(unittest.TestCase):
    def test_messages_and_figures(self):
        with ms.Mailslot(NAME, max_message_size=64) as slot:
            self.assertEqual(slot.info(), (64, ms.MAILSLOT_NO_MESSAGE, 0, 0))
            ms.write(NAME, b"one")
            ms.write(NAME, b"")
            self.assertEqual(slot.info(), (64, 3, 2, 0))
            self.assertEqual(slot.read(), b"one")
            self.assertEqual(slot.read(), b"")
            with self.assertRaises(ms.MailslotError) as caught:
                slot.read()
            self.assertEqual(caught.exception.code, ms.ERROR_SEM_TIMEOUT)

    def test_selector_wakes_on_a_write_from_the_cli(self):
        with ms.Mailslot(NAME) as slot:
            selector = selectors.DefaultSelector()
            selector.register(slot, selectors.EVENT_READ)
            self.assertEqual(selector.select(timeout=0), [])
            cli("send", "capi/python", "from the CLI")
            self.assertEqual(len(selector.select(timeout=10)), 1)
            self.assertEqual(slot.read(), b"from the CLI")
            self.assertEqual(selector.select(timeout=0), [])

    def test_the_project_sees_the_slot(self):
        with ms.Mailslot(NAME, max_message_size=424, read_timeout=250):
            ms.write(NAME, b"held")
            slots = json.loads(cli("list", "--json"))
            if isinstance(slots, dict):
                slots = slots.get("slots", [])
            mine = [s for s in slots if s.get("name") == NAME]
            self.assertEqual(len(mine), 1, slots)
            self.assertEqual(mine[0].get("pid"), os.getpid())
            info = cli("info", "capi/python")
            self.assertIn("424", info)
            self.assertIn("250", info)

    def test_errors(self):
        with self.assertRaises(ms.MailslotError) as caught:
            ms.write(r"\\.\mailslot\capi\nobody", b"x")
        self.assertEqual(caught.exception.code, 2)  # ERROR_FILE_NOT_FOUND
        with ms.Mailslot(NAME):
            with self.assertRaises(ms.MailslotError) as caught:
                ms.Mailslot(NAME.upper())
            self.assertEqual(caught.exception.code, 183)  # ERROR_ALREADY_EXISTS


if __name__ == "__main__":
    unittest.main(verbosity=2)
