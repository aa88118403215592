"""Contains all the data models used in inputs/outputs"""

from .api_key_v1 import ApiKeyV1
from .application import Application
from .authorize_with_inner_o_auth_response_type import (
    AuthorizeWithInnerOAuthResponseType,
)
from .billing_plan import BillingPlan
from .bonus import Bonus
from .bonus_activation import BonusActivation
from .bulk_result import BulkResult
from .bulk_result_result import BulkResultResult
from .campaign_country_statistics import CampaignCountryStatistics
from .campaign_parts_statistics import CampaignPartsStatistics
from .campaign_state_statistics import CampaignStateStatistics
from .company_suggestion import CompanySuggestion
from .contact import Contact
from .contact_bulk_patch import ContactBulkPatch
from .contact_input import ContactInput
from .contact_list import ContactList
from .contact_list_input import ContactListInput
from .contact_list_patch import ContactListPatch
from .contact_list_property import ContactListProperty
from .contact_list_property_input import ContactListPropertyInput
from .contact_list_property_patch import ContactListPropertyPatch
from .contact_list_segment import ContactListSegment
from .contact_list_segment_input import ContactListSegmentInput
from .contact_list_segment_patch import ContactListSegmentPatch
from .contact_list_v1 import ContactListV1
from .contact_patch import ContactPatch
from .contact_properties import ContactProperties
from .contact_v1 import ContactV1
from .contract import Contract
from .contract_input import ContractInput
from .contract_patch import ContractPatch
from .contract_state import ContractState
from .credential import Credential
from .credential_geo import CredentialGeo
from .credential_input import CredentialInput
from .credential_type import CredentialType
from .daily_statistics import DailyStatistics
from .deposit_input import DepositInput
from .deposit_option import DepositOption
from .deposit_request import DepositRequest
from .deposit_request_state import DepositRequestState
from .email_change import EmailChange
from .error import Error
from .external_o_auth_code import ExternalOAuthCode
from .external_o_auth_provider import ExternalOAuthProvider
from .external_o_auth_registration import ExternalOAuthRegistration
from .invoice import Invoice
from .invoice_input import InvoiceInput
from .invoice_state import InvoiceState
from .legal_entity import LegalEntity
from .login import Login
from .news import News
from .news_category import NewsCategory
from .o_auth_account import OAuthAccount
from .o_auth_error import OAuthError
from .o_auth_error_error import OAuthErrorError
from .o_auth_token import OAuthToken
from .o_auth_token_request import OAuthTokenRequest
from .o_auth_token_request_grant_type import OAuthTokenRequestGrantType
from .o_auth_token_token_type import OAuthTokenTokenType
from .password_change import PasswordChange
from .password_reset_complete import PasswordResetComplete
from .password_reset_start import PasswordResetStart
from .payback import Payback
from .payback_input import PaybackInput
from .payback_state import PaybackState
from .recurring_payment import RecurringPayment
from .recurring_payment_input import RecurringPaymentInput
from .referral import Referral
from .referral_statistics import ReferralStatistics
from .right import Right
from .routing import Routing
from .routing_mode import RoutingMode
from .send_result import SendResult
from .send_result_result import SendResultResult
from .services_act import ServicesAct
from .session import Session
from .smpp_credentials import SmppCredentials
from .sms_campaign import SmsCampaign
from .sms_campaign_input import SmsCampaignInput
from .sms_campaign_state import SmsCampaignState
from .sms_message import SmsMessage
from .sms_message_encoding import SmsMessageEncoding
from .sms_message_input import SmsMessageInput
from .sms_probe import SmsProbe
from .sms_probe_text_encoding import SmsProbeTextEncoding
from .sms_route import SmsRoute
from .sms_route_interval import SmsRouteInterval
from .sms_sender import SmsSender
from .sms_sender_input import SmsSenderInput
from .sms_sender_state import SmsSenderState
from .sms_state import SmsState
from .sms_template import SmsTemplate
from .sms_template_category import SmsTemplateCategory
from .sms_template_input import SmsTemplateInput
from .sms_template_patch import SmsTemplatePatch
from .sms_update import SmsUpdate
from .support_ticket import SupportTicket
from .support_ticket_input import SupportTicketInput
from .support_ticket_state import SupportTicketState
from .time_zone import TimeZone
from .transaction import Transaction
from .transaction_type import TransactionType
from .user import User
from .user_patch import UserPatch
from .user_registration import UserRegistration

__all__ = (
    "ApiKeyV1",
    "Application",
    "AuthorizeWithInnerOAuthResponseType",
    "BillingPlan",
    "Bonus",
    "BonusActivation",
    "BulkResult",
    "BulkResultResult",
    "CampaignCountryStatistics",
    "CampaignPartsStatistics",
    "CampaignStateStatistics",
    "CompanySuggestion",
    "Contact",
    "ContactBulkPatch",
    "ContactInput",
    "ContactList",
    "ContactListInput",
    "ContactListPatch",
    "ContactListProperty",
    "ContactListPropertyInput",
    "ContactListPropertyPatch",
    "ContactListSegment",
    "ContactListSegmentInput",
    "ContactListSegmentPatch",
    "ContactListV1",
    "ContactPatch",
    "ContactProperties",
    "ContactV1",
    "Contract",
    "ContractInput",
    "ContractPatch",
    "ContractState",
    "Credential",
    "CredentialGeo",
    "CredentialInput",
    "CredentialType",
    "DailyStatistics",
    "DepositInput",
    "DepositOption",
    "DepositRequest",
    "DepositRequestState",
    "EmailChange",
    "Error",
    "ExternalOAuthCode",
    "ExternalOAuthProvider",
    "ExternalOAuthRegistration",
    "Invoice",
    "InvoiceInput",
    "InvoiceState",
    "LegalEntity",
    "Login",
    "News",
    "NewsCategory",
    "OAuthAccount",
    "OAuthError",
    "OAuthErrorError",
    "OAuthToken",
    "OAuthTokenRequest",
    "OAuthTokenRequestGrantType",
    "OAuthTokenTokenType",
    "PasswordChange",
    "PasswordResetComplete",
    "PasswordResetStart",
    "Payback",
    "PaybackInput",
    "PaybackState",
    "RecurringPayment",
    "RecurringPaymentInput",
    "Referral",
    "ReferralStatistics",
    "Right",
    "Routing",
    "RoutingMode",
    "SendResult",
    "SendResultResult",
    "ServicesAct",
    "Session",
    "SmppCredentials",
    "SmsCampaign",
    "SmsCampaignInput",
    "SmsCampaignState",
    "SmsMessage",
    "SmsMessageEncoding",
    "SmsMessageInput",
    "SmsProbe",
    "SmsProbeTextEncoding",
    "SmsRoute",
    "SmsRouteInterval",
    "SmsSender",
    "SmsSenderInput",
    "SmsSenderState",
    "SmsState",
    "SmsTemplate",
    "SmsTemplateCategory",
    "SmsTemplateInput",
    "SmsTemplatePatch",
    "SmsUpdate",
    "SupportTicket",
    "SupportTicketInput",
    "SupportTicketState",
    "TimeZone",
    "Transaction",
    "TransactionType",
    "User",
    "UserPatch",
    "UserRegistration",
)
