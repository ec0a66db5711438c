#!/usr/bin/env python3
"""Fills the English plural catalogue (translations/mailslotmonitor_en.ts, made by lupdate
-pluralonly): the singular form drops "(s)", the plural keeps the "s". Run it after
`cmake --build build --target update_translations_en`; the test tst_translations checks the result."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/mailslotmonitor_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
