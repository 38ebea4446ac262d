"""The plan guide: every type and phase covered; bad entries named with file:line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from samtalecoach.content.guide import bundled_guide_file, load_guide
from samtalecoach.core.errors import DataError
from samtalecoach.core.model import Banks, ConversationType, Phase

from ..helpers import english

WriteYaml = Callable[[str, str], Path]


def test_bundled_guide_covers_every_type_and_phase(bundled: Banks) -> None:
    guide = load_guide(families=frozenset(f.id for f in bundled.families))
    assert set(guide.types) == set(ConversationType)
    assert set(guide.phases) == set(Phase)
    assert all(t.steps and t.alliance for t in guide.types.values())
    assert len(guide.alliance) == 3


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("      - kind: developing\n        guidance:\n          da: Spørg nænsomt",
         "      - kind: develop\n        guidance:\n          da: Spørg nænsomt",
         "type 'advisory.decision' steps: unknown kind 'develop'"),
        ("  coaching:\n    steps:", "  coach:\n    steps:", "unknown conversation type 'coach'"),
        ("families: [purpose, frame, agenda]", "families: [purpose, frames, agenda]",
         "phase 'start': unknown family 'frames'"),
        ("  middle:\n    guidance:", "  midle:\n    guidance:", "unknown phase 'midle'"),
    ],
)
def test_guide_errors(write_yaml: WriteYaml, bundled: Banks, old: str, new: str,
                      expected: str) -> None:
    text = bundled_guide_file().read_text(encoding="utf-8")
    assert old in text
    path = write_yaml("guide.yaml", text.replace(old, new, 1))
    with pytest.raises(DataError) as info:
        load_guide(path, families=frozenset(f.id for f in bundled.families))
    found = english(info.value)
    assert any(expected in p and "guide.yaml:" in p for p in found), found
