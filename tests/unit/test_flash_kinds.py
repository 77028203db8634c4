"""Every flash() in coprod says its kind, so a refusal can never show as a green "Success"."""

from __future__ import annotations

import ast
from pathlib import Path

COPROD = Path(__file__).resolve().parents[2] / "coprod"
KINDS = {"success", "important"}  # what base.html knows how to show


def test_every_flashed_message_is_success_or_important():
    unmarked = []
    for path in sorted(COPROD.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "flash":
                kind = node.args[1] if len(node.args) > 1 else None
                if not (isinstance(kind, ast.Constant) and kind.value in KINDS):
                    unmarked.append(f"{path.relative_to(COPROD)}:{node.lineno}")
    assert unmarked == []
