"""How a text becomes SMS parts (``providers/gsm.py``): GSM-7 or UCS-2, single or concatenated, never too many."""

from __future__ import annotations

import pytest

from sms_emulator.providers.gsm import PartLengths, TooManyParts, is_gsm7, segment, to_gsm7

LENGTHS = PartLengths(gsm7_single=160, gsm7_part=153, ucs2_single=70, ucs2_part=67)


def test_a_gsm7_text_up_to_a_single_message_is_one_part() -> None:
    split = segment("a" * 160, LENGTHS)
    assert (split.encoding, len(split.parts), split.units) == ("GSM7", 1, 160)


def test_a_longer_text_splits_at_the_part_length_and_escapes_count_twice() -> None:
    assert [len(part) for part in segment("a" * 161, LENGTHS).parts] == [153, 8]
    split = segment("€" * 80, LENGTHS)  # two septets each: 160 septets in all, but one part holds 80
    assert (split.units, len(split.parts)) == (160, 1)
    assert [len(part) for part in segment("€" * 81, LENGTHS).parts] == [76, 5]  # an escape pair is never split


def test_a_text_gsm7_cannot_carry_goes_as_ucs2_without_splitting_a_surrogate_pair() -> None:
    split = segment("Привет" * 12, LENGTHS)
    assert (split.encoding, [len(part) for part in split.parts]) == ("UNICODE", [67, 5])
    emoji = segment("😀" * 34, LENGTHS)  # 68 UTF-16 units: one message; 35 need two parts of whole pairs
    assert (emoji.units, len(emoji.parts)) == (68, 1)
    assert [len(part) for part in segment("😀" * 36, LENGTHS).parts] == [33, 3]


def test_forcing_gsm7_replaces_what_it_cannot_carry() -> None:
    assert not is_gsm7("naïve ✓")
    assert to_gsm7("naïve ✓") == "na.ve ."
    assert segment("naïve ✓", LENGTHS, "GSM7").parts == ("na.ve .",)
    assert segment("plain", LENGTHS, "UNICODE").encoding == "UNICODE"


def test_more_parts_than_one_message_may_have_is_a_400_in_any_providers_shape() -> None:
    segment("a" * 153 * 255, LENGTHS)
    with pytest.raises(TooManyParts) as refused:
        segment("a" * (153 * 255 + 1), LENGTHS)
    assert refused.value.status_code == 400
    assert "256 parts, more than the 255" in refused.value.detail
