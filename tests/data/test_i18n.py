"""The interface catalog: complete in both languages, and good Danish."""

from __future__ import annotations

import re

import pytest

from samtalecoach.core import i18n
from samtalecoach.core.messages import LABELS, MESSAGES
from samtalecoach.core.model import ConversationType, Dimension, Form, Intensity, Kind, Lang, Moment, Phase

from .test_data import misspelt


@pytest.mark.parametrize("enum", [Kind, Phase, ConversationType, Form, Intensity, Moment])
def test_every_enum_member_has_a_label_in_both_languages(enum: type) -> None:
    for member in enum:
        assert i18n.label(Lang.DA, member).strip()
        assert i18n.label(Lang.EN, member).strip()


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, (da, en) in MESSAGES.items():
        assert da.strip() and en.strip(), key
        assert set(re.findall(r"{(\w+)}", da)) == set(re.findall(r"{(\w+)}", en)), key


@pytest.mark.parametrize("lang", [Lang.DA, Lang.EN])
def test_interface_spelling(lang: Lang) -> None:
    index = 0 if lang is Lang.DA else 1
    texts = [pair[index] for pair in MESSAGES.values()] + [pair[index] for pair in LABELS.values()]
    # Placeholders, example command lines, flags, ids, format names and quoted
    # examples are not prose.
    ids = "|".join([m.value for m in (*Kind, *Intensity)] + [d.value for d in Dimension]
                   + ["table", "plain", "markdown", "json", "yes", "no", "ÅÅÅÅ-MM-DD", "YYYY-MM-DD", "YAML",
                      "UTF", "SAMTALE_\\w+", "samtale", r"[a-z]\d+"])
    pattern = rf"^ +samtale .*$|samtale \w+|{{{{[^}}]*}}}}|{{\w+}}|--?[\w-]+|'[^']*'|\S*[._/]\S*|\b({ids})\b"
    prose = [re.sub(pattern, " ", text, flags=re.M | re.I) for text in texts]
    assert misspelt(lang.value, prose) == []
