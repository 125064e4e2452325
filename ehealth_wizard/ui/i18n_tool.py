"""Regenerate translations/*.ts and *.qm: `python -m ehealth_wizard.ui.i18n_tool update`.

Steps (`update` does all): pyside6-lupdate extracts every translate()/tr() string of ui/ plus
every English template of core.texts (written to a throw-away stub as QT_TRANSLATE_NOOP in
context "texts"), merging into the existing .ts files so finished translations stay; English
entries are filled with their source; obsolete entries are dropped; pyside6-lrelease compiles
.qm. New Ukrainian entries stay "unfinished" until translated: list them with `unfinished`,
write `{"English source": "Український текст"}` to a JSON file and `fill FILE.json` (or edit
the .ts with pyside6-linguist). tests/ui/test_i18n.py fails while any entry is unfinished.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from ehealth_wizard.core import texts

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ehealth_wizard" / "ui"
TS_DIR = ROOT / "translations"
LANGS = ("uk", "en")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"ehealth_wizard_{lang}.ts"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def _stub(folder: Path) -> Path:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for template in sorted(set(texts.TEXTS.values())):
        lines.append(f"QT_TRANSLATE_NOOP({'texts'!r}, {template!r})")
    path = folder / "core_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if p.name != "i18n_tool.py")


def lupdate() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        stub = _stub(Path(tmp))
        files = [str(p) for p in ui_sources()] + [str(stub)]
        for lang in LANGS:
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *files,
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    lang,
                    "-ts",
                    str(ts_path(lang)),
                ],
                check=True,
                capture_output=True,
            )


def _messages(tree: ET.ElementTree[ET.Element]) -> list[ET.Element]:
    return list(tree.getroot().iter("message"))


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill_english() -> None:
    path = ts_path("en")
    tree = ET.parse(path)  # noqa: S314 - our own .ts files
    for msg in _messages(tree):
        tr = msg.find("translation")
        src = msg.findtext("source") or ""
        if tr is not None and (tr.get("type") == "unfinished" or not tr.text):
            tr.text = src
            tr.attrib.pop("type", None)
    _write(tree, path)


def unfinished(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))  # noqa: S314 - our own .ts files
    out = []
    for msg in _messages(tree):
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            out.append(msg.findtext("source") or "")
    return out


def fill(lang: str, mapping: dict[str, str]) -> int:
    path = ts_path(lang)
    tree = ET.parse(path)  # noqa: S314 - our own .ts files
    count = 0
    for msg in _messages(tree):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is not None and src in mapping:
            tr.text = mapping[src]
            tr.attrib.pop("type", None)
            count += 1
    _write(tree, path)
    return count


def lrelease() -> None:
    for lang in LANGS:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(ts_path(lang)),
                "-qm",
                str(TS_DIR / f"ehealth_wizard_{lang}.qm"),
            ],
            check=True,
            capture_output=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="i18n_tool", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("update", help="extract, merge, fill English, compile")
    un = sub.add_parser("unfinished", help="print untranslated sources as JSON")
    un.add_argument("--lang", default="uk")
    fl = sub.add_parser("fill", help="apply {source: translation} from a JSON file, compile")
    fl.add_argument("file")
    fl.add_argument("--lang", default="uk")
    sub.add_parser("release", help="compile .qm only")
    args = parser.parse_args(argv)
    if args.cmd == "update":
        lupdate()
        fill_english()
        lrelease()
        todo = unfinished("uk")
        print(f"{len(todo)} Ukrainian entries to translate")
    elif args.cmd == "unfinished":
        print(json.dumps(dict.fromkeys(unfinished(args.lang), ""), ensure_ascii=False, indent=1))
    elif args.cmd == "fill":
        mapping = json.loads(Path(args.file).read_text(encoding="utf-8"))
        print(f"filled {fill(args.lang, mapping)} entries")
        lrelease()
    elif args.cmd == "release":
        lrelease()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
