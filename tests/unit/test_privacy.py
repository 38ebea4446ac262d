"""CPR numbers are refused in free text; look-alikes are not."""

from __future__ import annotations

import pytest

from samtalecoach.core.errors import UsageError
from samtalecoach.core.privacy import check_free_text, find_cpr


@pytest.mark.parametrize(
    "text",
    ["010190-1234", "0101901234", "født 311299-4321 i Aarhus", "CPR: 150505 1234",
     "290200-1234", "(010190-1234)"],
)
def test_cpr_numbers_are_found(text: str) -> None:
    assert find_cpr(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ring på 12345678",  # a phone number: eight digits
        "ring på 12 34 56 78",
        "+45 12345678",
        "kr. 1.234.567,00",
        "beløbet er 3456789012 øre",  # ten digits, but 34 is no day
        "310290-1234",  # 31 February is no date
        "290201-1234",  # 2001 was no leap year, and nor was any year ending in 01
        "den 01.01.1990 kl. 10",
        "konto 1234-5678901234",
        "sag 2024-123456",
        "123456789012",  # twelve digits: not a CPR number
        "Hvordan går det med praktikken?",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert find_cpr(text) is None


def test_check_free_text_names_the_field() -> None:
    assert check_free_text("Praktik", "title") == "Praktik"
    with pytest.raises(UsageError) as info:
        check_free_text("Mette 010190-1234", "title")
    assert info.value.key == "error.cpr" and info.value.params == {"field": "title"}


#: The ways people write a CPR number that a first guard let through (issue 14).
VARIANTS = [
    "010190\u20131234",  # en dash
    "010190\u20141234",  # em dash
    "010190\u22121234",  # minus sign
    "010190\u00a01234",  # no-break space
    "010190\u202f1234",  # narrow no-break space
    "0101\u200b901234",  # zero-width space inside
    "01019\u00ad01234",  # soft hyphen inside
    "\ufeff0101901234",  # byte-order mark before
    "CPR-nr.0101901234",
    "CPR-nr. 010190-1234",
    "cpr-0101901234",
    "cpr.nr:010190-1234",
    "01.01.90-1234",
    "01-01-90-1234",
    "01/01/90 1234",
    "01 01 90 1234",
    "\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14",  # full-width digits
    "Mette (010190-1234) kom",
]


@pytest.mark.parametrize("text", VARIANTS)
def test_variant_spellings_are_found(text: str) -> None:
    assert find_cpr(text) is not None


@pytest.mark.parametrize("text", VARIANTS)
def test_a_variant_is_no_process_label_and_is_never_echoed(text: str) -> None:
    from samtalecoach.process.records import check_label

    with pytest.raises(UsageError) as info:
        check_label(text)
    assert info.value.key == "error.cpr" and text not in str(info.value.params)
