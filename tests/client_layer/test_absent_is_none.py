"""Absent means None: a reply's optional field left out reads as None, and a request sends only what was given.

The rule lives in the generator's model template, so one model of each kind
stands for all of them here; the hypothesis tests over every endpoint
(``tests/reply_shapes``) check every reply model for a leaked ``Unset``.
"""

from __future__ import annotations

from jomobile_client.models import Group, SmsSearch
from tyntec_client.models import RestMessageResponse, SmsMessage


def test_an_optional_reply_field_left_out_is_none_and_not_in_fields_set() -> None:
    status = RestMessageResponse.from_dict({"requestId": "r-1", "status": "DELIVERED"})
    assert status.done_date is None
    assert status.error_reason is None
    assert status.status == "DELIVERED"
    assert status.fields_set == {"request_id", "status"}
    assert status.to_dict() == {"requestId": "r-1", "status": "DELIVERED"}


def test_a_null_tells_itself_from_an_absent_field_by_fields_set() -> None:
    group = Group.from_dict({"id_group": 7, "name_group": "friends", "time_birth": None})
    assert group.time_birth is None
    assert group.originator_birth is None
    assert "time_birth" in group.fields_set
    assert "originator_birth" not in group.fields_set
    written = group.to_dict()
    assert written["time_birth"] is None
    assert "originator_birth" not in written


def test_a_request_sends_only_what_was_given() -> None:
    message = SmsMessage(to="+491701234567", from_="ACME", message="Hi")
    assert message.to_dict() == {"to": "+491701234567", "from": "ACME", "message": "Hi"}
    assert message.reference is None
    # None for a field the spec does not mark nullable is the same as leaving it out.
    assert "reference" not in SmsMessage(to="1", from_="A", message="m", reference=None).to_dict()
    # A value set after construction is sent.
    message.reference = "order-1"
    assert message.to_dict()["reference"] == "order-1"


def test_none_given_for_a_nullable_request_field_sends_null() -> None:
    assert SmsSearch().to_dict() == {}
    assert SmsSearch(limit=None).to_dict() == {"limit": None}
    assert SmsSearch(limit=5).to_dict() == {"limit": 5}
