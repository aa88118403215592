"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_reply import AccessTokenReply
from .authorization_code import AuthorizationCode
from .authorization_code_exchange import AuthorizationCodeExchange
from .authorization_code_reply import AuthorizationCodeReply
from .continent import Continent
from .continents_reply import ContinentsReply
from .country import Country
from .country_price import CountryPrice
from .country_price_query import CountryPriceQuery
from .country_prices_reply import CountryPricesReply
from .credentials import Credentials
from .error_reply import ErrorReply
from .error_reply_errors import ErrorReplyErrors
from .group import Group
from .group_contact import GroupContact
from .group_contact_male_type_0 import GroupContactMaleType0
from .group_ids import GroupIds
from .group_ids_reply import GroupIdsReply
from .group_ids_result import GroupIdsResult
from .group_list import GroupList
from .group_list_reply import GroupListReply
from .group_numbers_addition import GroupNumbersAddition
from .group_numbers_change import GroupNumbersChange
from .group_numbers_change_reply import GroupNumbersChangeReply
from .group_numbers_query import GroupNumbersQuery
from .group_numbers_removal import GroupNumbersRemoval
from .group_numbers_reply import GroupNumbersReply
from .group_query import GroupQuery
from .group_reply import GroupReply
from .group_sending import GroupSending
from .group_sending_reply import GroupSendingReply
from .group_sending_result import GroupSendingResult
from .logout_reply import LogoutReply
from .logout_result import LogoutResult
from .new_group import NewGroup
from .number_list import NumberList
from .number_list_reply import NumberListReply
from .number_list_result import NumberListResult
from .number_query import NumberQuery
from .plain_message import PlainMessage
from .price_query import PriceQuery
from .product_price import ProductPrice
from .product_price_product import ProductPriceProduct
from .product_prices_reply import ProductPricesReply
from .profile import Profile
from .profile_reply import ProfileReply
from .refactored_message import RefactoredMessage
from .refactored_message_encoding import RefactoredMessageEncoding
from .refactored_messages_reply import RefactoredMessagesReply
from .registration import Registration
from .sent_sms import SentSms
from .sent_sms_reply import SentSmsReply
from .sent_sms_status import SentSmsStatus
from .sms_message import SmsMessage
from .sms_record import SmsRecord
from .sms_record_status import SmsRecordStatus
from .sms_record_type_sms import SmsRecordTypeSms
from .sms_records_reply import SmsRecordsReply
from .sms_search import SmsSearch
from .sms_type import SmsType
from .stored_contact import StoredContact

__all__ = (
    "AccessToken",
    "AccessTokenReply",
    "AuthorizationCode",
    "AuthorizationCodeExchange",
    "AuthorizationCodeReply",
    "Continent",
    "ContinentsReply",
    "Country",
    "CountryPrice",
    "CountryPriceQuery",
    "CountryPricesReply",
    "Credentials",
    "ErrorReply",
    "ErrorReplyErrors",
    "Group",
    "GroupContact",
    "GroupContactMaleType0",
    "GroupIds",
    "GroupIdsReply",
    "GroupIdsResult",
    "GroupList",
    "GroupListReply",
    "GroupNumbersAddition",
    "GroupNumbersChange",
    "GroupNumbersChangeReply",
    "GroupNumbersQuery",
    "GroupNumbersRemoval",
    "GroupNumbersReply",
    "GroupQuery",
    "GroupReply",
    "GroupSending",
    "GroupSendingReply",
    "GroupSendingResult",
    "LogoutReply",
    "LogoutResult",
    "NewGroup",
    "NumberList",
    "NumberListReply",
    "NumberListResult",
    "NumberQuery",
    "PlainMessage",
    "PriceQuery",
    "ProductPrice",
    "ProductPriceProduct",
    "ProductPricesReply",
    "Profile",
    "ProfileReply",
    "RefactoredMessage",
    "RefactoredMessageEncoding",
    "RefactoredMessagesReply",
    "Registration",
    "SentSms",
    "SentSmsReply",
    "SentSmsStatus",
    "SmsMessage",
    "SmsRecord",
    "SmsRecordStatus",
    "SmsRecordTypeSms",
    "SmsRecordsReply",
    "SmsSearch",
    "SmsType",
    "StoredContact",
)
