"""Contains all the data models used in inputs/outputs"""

from .added_sender import AddedSender
from .balance import Balance
from .balance_form import BalanceForm
from .charset import Charset
from .cost import Cost
from .error_reply import ErrorReply
from .fmt import Fmt
from .message_status import MessageStatus
from .ok_reply import OkReply
from .ok_reply_result import OkReplyResult
from .send_form import SendForm
from .send_result import SendResult
from .sender_entry import SenderEntry
from .senders_form import SendersForm
from .status_detail import StatusDetail
from .status_entry import StatusEntry
from .status_form import StatusForm
from .translit import Translit

__all__ = (
    "AddedSender",
    "Balance",
    "BalanceForm",
    "Charset",
    "Cost",
    "ErrorReply",
    "Fmt",
    "MessageStatus",
    "OkReply",
    "OkReplyResult",
    "SendForm",
    "SendResult",
    "SenderEntry",
    "SendersForm",
    "StatusDetail",
    "StatusEntry",
    "StatusForm",
    "Translit",
)
