"""The interface catalog: complete in both languages, and good Danish."""

from __future__ import annotations

import re
import subprocess

import pytest

from samtalecoach.core import i18n
from samtalecoach.core.messages import LABELS, MESSAGES
from samtalecoach.core.model import ConversationType, Dimension, Form, Intensity, Kind, Lang, Moment, Phase

from .test_data import _allow_list, _hunspell_da


@pytest.mark.parametrize("enum", [Kind, Phase, ConversationType, Form, Intensity, Moment])
def test_every_enum_member_has_a_label_in_both_languages(enum: type) -> None:
    for member in enum:
        assert i18n.label(Lang.DA, member).strip()
        assert i18n.label(Lang.EN, member).strip()


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, (da, en) in MESSAGES.items():
        assert da.strip() and en.strip(), key
        assert set(re.findall(r"{(\w+)}", da)) == set(re.findall(r"{(\w+)}", en)), key


def test_interface_danish_spelling() -> None:
    if not _hunspell_da():
        pytest.skip("hunspell with the da_DK dictionary is not installed")
    texts = [da for da, _ in MESSAGES.values()] + [da for da, _ in LABELS.values()]
    # Placeholders, example command lines, flags, ids and format names are not Danish prose.
    ids = "|".join([m.value for m in (*Kind, *Intensity)] + [d.value for d in Dimension]
                   + ["table", "plain", "markdown", "json", "yes", "no", "ÅÅÅÅ-MM-DD", "YAML", "UTF"])
    pattern = rf"^ +samtale .*$|samtale \w+|{{{{[^}}]*}}}}|{{\w+}}|--?[\w-]+|'[^']*'|\S*[._/]\S*|\b({ids})\b"
    prose = [re.sub(pattern, " ", t, flags=re.M | re.I) for t in texts]
    result = subprocess.run(["hunspell", "-d", "da_DK", "-l"], input="\n".join(prose),
                            capture_output=True, text=True, check=True)
    unknown = sorted(set(result.stdout.split()) - _allow_list())
    assert unknown == []
