"""Contains all the data models used in inputs/outputs"""

from .callback_method import CallbackMethod
from .contact_array_response import ContactArrayResponse
from .contact_entity import ContactEntity
from .conversion_event import ConversionEvent
from .delivery_state import DeliveryState
from .encoding import Encoding
from .error_response import ErrorResponse
from .inbound_content import InboundContent
from .inbound_message import InboundMessage
from .phone_number_entity import PhoneNumberEntity
from .phone_provisioning_array_response import PhoneProvisioningArrayResponse
from .phone_provisioning_entity import PhoneProvisioningEntity
from .problem import Problem
from .response_entity import ResponseEntity
from .response_entity_body import ResponseEntityBody
from .response_entity_status_code import ResponseEntityStatusCode
from .rest_message_part import RestMessagePart
from .rest_message_response import RestMessageResponse
from .sms_message import SmsMessage

__all__ = (
    "CallbackMethod",
    "ContactArrayResponse",
    "ContactEntity",
    "ConversionEvent",
    "DeliveryState",
    "Encoding",
    "ErrorResponse",
    "InboundContent",
    "InboundMessage",
    "PhoneNumberEntity",
    "PhoneProvisioningArrayResponse",
    "PhoneProvisioningEntity",
    "Problem",
    "ResponseEntity",
    "ResponseEntityBody",
    "ResponseEntityStatusCode",
    "RestMessagePart",
    "RestMessageResponse",
    "SmsMessage",
)
