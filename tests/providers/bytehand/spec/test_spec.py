"""The spec against BYTEHAND's method list: every method, exactly as the doc names it, and the house rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import speclint

SPEC = Path(__file__).resolve().parents[4] / "specs" / "bytehand.yaml"

# BYTEHAND's "Methods List", section by section: method, path (a segment ending in `Id` is a
# parameter), operationId. Transcribed from the doc; the spec must match it exactly.
DOC = """
[OAuth]
GET    /oauth/authorize                                     authorizeWithInnerOAuth
PATCH  /oauth/providers/{providerId}                        bindWithExternalOAuth
POST   /oauth/token                                         exchangeInnnerOAuthCode
GET    /oauth/providers                                     getExternalOAuthProviders
PUT    /oauth/providers/{providerId}                        loginWithExternalOAuth
POST   /oauth/providers/{providerId}                        registerWithExternalOAuth
DELETE /oauth/token                                         revokeInnnerOAuthToken
[Users]
POST   /users/current/credentials                           createCurrentUserCredential
DELETE /users/current/oauth/{userAccountId}                 deleteCurrentUserAccount
DELETE /users/current/credentials/{credentialId}            deleteCurrentUserCredential
GET    /users/current/oauth                                 getCurrentUserAccounts
GET    /users/current/billing_plan                          getCurrentUserBillingPlan
GET    /users/current/contract                              getCurrentUserContract
GET    /users/current/credentials/{credentialId}            getCurrentUserCredentialById
GET    /users/current/credentials/{credentialId}/geo        getCurrentUserCredentialGeo
GET    /users/current/credentials                           getCurrentUserCredentials
GET    /users/current/statistics                            getCurrentUserStatistics
GET    /users/current/credentials/this                      getCurrentUserThisCredential
GET    /users/current                                       getCurrentUser
GET    /users/time_zones/{timeZoneId}                       getUsersTimeZoneById
GET    /users/time_zones                                    getUsersTimeZones
POST   /users/current/contract                              initiateCurrentUserContract
PUT    /users                                               loginUser
POST   /users                                               registerUser
POST   /users/current/api_key_v1                            resetCurrentUserApiKeyV1
POST   /users/current/smpp_password                         resetCurrentUserSmppPassword
PATCH  /users/password                                      resetUserPasswordComplete
POST   /users/password                                      resetUserPassword
PATCH  /users/current/routing                               setCurrentUserRouting
PATCH  /users/current/contract                              updateCurrentUserContract
PATCH  /users/current/email                                 updateCurrentUserEmail
PATCH  /users/current/password                              updateCurrentUserPassword
PATCH  /users/current                                       updateCurrentUser
[SMS Messages]
DELETE /sms/messages/{smsId}                                deleteSmsById
DELETE /sms/messages                                        deleteSms
GET    /sms/messages/{smsId}                                getSmsById
GET    /sms/messages/probe                                  getSmsProbe
HEAD   /sms/messages                                        querySmsCount
GET    /sms/messages                                        querySms
POST   /sms/messages                                        sendSms
PATCH  /sms/messages/{smsId}                                updateSmsById
PATCH  /sms/messages                                        updateSms
[SMS Campaigns]
DELETE /sms/campaigns/{smsCampaignId}                       deleteSmsCampaignById
DELETE /sms/campaigns                                       deleteSmsCampaigns
GET    /sms/campaigns/{smsCampaignId}                       getSmsCampaignById
GET    /sms/campaigns/{smsCampaignId}/countries             getSmsCampaignCountries
GET    /sms/campaigns/{smsCampaignId}/parts                 getSmsCampaignParts
GET    /sms/campaigns/{smsCampaignId}/errors                getSmsCampaignStates
HEAD   /sms/campaigns                                       querySmsCampaignCount
GET    /sms/campaigns                                       querySmsCampaigns
POST   /sms/campaigns                                       sendSmsCampaign
PATCH  /sms/campaigns/{smsCampaignId}                       updateSmsCampaignById
PATCH  /sms/campaigns                                       updateSmsCampaigns
[SMS Senders]
DELETE /sms/senders/{smsSenderId}                           deleteSmsSenderById
DELETE /sms/senders                                         deleteSmsSenders
GET    /sms/senders/{smsSenderId}                           getSmsSenderById
PUT    /sms/senders                                         putSmsSender
HEAD   /sms/senders                                         querySmsSendersCount
GET    /sms/senders                                         querySmsSenders
[SMS Templates]
POST   /sms/templates                                       createSmsTemplate
DELETE /sms/templates/{smsTemplateId}                       deleteSmsTemplateById
DELETE /sms/templates                                       deleteSmsTemplates
GET    /sms/templates/{smsTemplateId}                       getSmsTemplateById
GET    /sms/templates/categories                            querySmsTemplateCategories
HEAD   /sms/templates                                       querySmsTemplatesCount
GET    /sms/templates                                       querySmsTemplates
PATCH  /sms/templates/{smsTemplateId}                       updateSmsTemplateById
[Contacts]
POST   /contact_lists/{listId}/contacts                     createContactListContacts
POST   /contact_lists/{listId}/properties                   createContactListProperty
POST   /contact_lists/{listId}/segments                     createContactListSegment
POST   /contact_lists                                       createContactList
DELETE /contact_lists/{listId}                              deleteContactListById
DELETE /contact_lists/{listId}/contacts/{contactId}         deleteContactListContactById
DELETE /contact_lists/{listId}/contacts                     deleteContactListContacts
DELETE /contact_lists/{listId}/properties/{propertyId}      deleteContactListPropertyById
DELETE /contact_lists/{listId}/segments/{segmentId}         deleteContactListSegmentById
DELETE /contact_lists                                       deleteContactLists
DELETE /contact_lists/v1                                    deleteContactListsV1
DELETE /contact_lists/v1/{listId}                           deleteContactListV1ById
GET    /contact_lists/{listId}                              getContactListById
GET    /contact_lists/{listId}/contacts/{contactId}         getContactListContactById
GET    /contact_lists/{listId}/properties                   getContactListProperties
GET    /contact_lists/{listId}/properties/{propertyId}      getContactListPropertyById
GET    /contact_lists/{listId}/segments/{segmentId}         getContactListSegmentById
GET    /contact_lists/{listId}/segments                     getContactListSegments
GET    /contact_lists/v1/{listId}                           getContactListV1ById
HEAD   /contact_lists/{listId}/contacts                     queryContactListContactsCount
GET    /contact_lists/{listId}/contacts                     queryContactListContacts
HEAD   /contact_lists                                       queryContactListsCount
HEAD   /contact_lists/v1                                    queryContactListsCountV1
GET    /contact_lists                                       queryContactLists
GET    /contact_lists/v1                                    queryContactListsV1
PATCH  /contact_lists/{listId}/contacts/{contactId}         updateContactListContactById
PATCH  /contact_lists/{listId}/contacts                     updateContactListContacts
PATCH  /contact_lists/{listId}/properties/{propertyId}      updateContactListPropertyById
PATCH  /contact_lists/{listId}/segments/{segmentId}         updateContactListSegmentById
PATCH  /contact_lists/{listId}                              updateContactList
POST   /contact_lists/v1/{listId}                           upgradeContactListV1ById
[History]
GET    /history                                             queryHistory
[Payments]
POST   /payments/bonuses                                    activateBonus
POST   /payments/bonuses/startup                            activateStartupBonus
POST   /payments/deposits                                   createDepositRequest
POST   /payments/invoices                                   createInvoice
POST   /payments/paybacks                                   createPayback
POST   /payments/recurring                                  createRecurringPayment
DELETE /payments/invoices/{invoiceId}                       deleteInvoice
DELETE /payments/recurring                                  deleteRecurringPayment
GET    /payments/invoices/{invoiceId}                       getInvoiceById
GET    /payments/invoices                                   getInvoices
GET    /payments/deposits                                   getPossibleDepositRequests
GET    /payments/acts                                       getProvidedServicesActs
GET    /payments/referrals/{referralId}                     getReferralById
GET    /payments/referrals/{referralId}/statistics          getReferralStatisticsById
HEAD   /payments/referrals                                  queryReferralCount
GET    /payments/referrals                                  queryReferrals
HEAD   /payments/transactions/group                         queryTransactionCount
GET    /payments/transactions/group                         queryTransactions
[Billing Plans]
GET    /billing_plans                                       getBillingPlans
[News]
GET    /news/{newsId}                                       getNewsById
HEAD   /news                                                queryNewsCount
GET    /news                                                queryNews
[Applications]
GET    /applications/{applicationId}                        getApplicationById
HEAD   /applications                                        queryApplicationsCount
GET    /applications                                        queryApplications
[Other]
GET    /companies/suggestions                               getCompaniesSuggestions
GET    /legal_entities                                      getLegalEntities
HEAD   /sms/routes/intervals                                querySmsRouteIntervalsCount
GET    /sms/routes/intervals                                querySmsRouteIntervals
HEAD   /sms/routes                                          querySmsRoutesCount
GET    /sms/routes                                          querySmsRoutes
POST   /support                                             sendSupportTicket
"""


def doc_methods() -> dict[str, tuple[str, str, str]]:
    """operationId -> (method, path, section) from the transcription above."""
    methods: dict[str, tuple[str, str, str]] = {}
    section = ""
    for line in DOC.strip().splitlines():
        if line.startswith("["):
            section = line.strip("[]")
            continue
        method, path, operation_id = line.split()
        assert operation_id not in methods, operation_id
        methods[operation_id] = (method, path, section)
    return methods


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())


def test_the_transcription_has_131_methods_in_13_sections() -> None:
    methods = doc_methods()
    assert len(methods) == 131
    assert len({section for *_, section in methods.values()}) == 13


def test_every_doc_method_is_in_the_spec_with_its_method_path_and_section(spec: dict[str, Any]) -> None:
    in_spec = {
        operation["operationId"]: (method.upper(), path, operation["tags"])
        for method, path, operation in speclint.operations(spec)
    }
    expected = {op: (method, path, [section]) for op, (method, path, section) in doc_methods().items()}
    assert in_spec == expected


def test_the_sections_are_the_tags_in_the_doc_order(spec: dict[str, Any]) -> None:
    sections = list(dict.fromkeys(section for *_, section in doc_methods().values()))
    assert [tag["name"] for tag in spec["tags"]] == sections


def test_every_count_is_a_head_that_declares_its_header(spec: dict[str, Any]) -> None:
    heads = [(path, operation) for method, path, operation in speclint.operations(spec) if method == "head"]
    assert len(heads) == 13
    for path, operation in heads:
        header = operation["responses"]["200"]["headers"]["X-Total-Count"]
        assert header == {"$ref": "#/components/headers/TotalCount"}, path
        assert "content" not in operation["responses"]["200"], path
        # The GET on the same path is the matching search, listed after the HEAD so routing reaches the HEAD.
        methods = [key for key in spec["paths"][path] if key in speclint.HTTP_METHODS]
        assert methods[:2] == ["head", "get"], path
    assert spec["components"]["headers"]["TotalCount"]["required"] is True


def test_every_search_has_the_page_based_list_parameters(spec: dict[str, Any]) -> None:
    wanted = {"page", "count", "sort", "fields", "plain"}
    for method, path, _ in speclint.operations(spec):
        if method == "head":
            search = spec["paths"][path]["get"]
            names = {_parameter(spec, p)["name"] for p in search.get("parameters", [])}
            assert wanted | {"query"} <= names, path
    page = spec["components"]["parameters"]["Page"]["schema"]
    count = spec["components"]["parameters"]["Count"]["schema"]
    assert (page["minimum"], page["default"]) == (1, 1)
    assert (count["minimum"], count["maximum"], count["default"]) == (1, 100000, 10)


def test_ids_beyond_2_53_are_strings_and_the_others_are_numbers(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["BigId"]["type"] == "string"

    def id_schema(name: str) -> dict[str, Any]:
        # Without the x-doc/x-decision notes (the reply rule of codegen/speclint.py), which do not change the type.
        return {k: v for k, v in schemas[name]["properties"]["id"].items() if not k.startswith("x-")}

    for name in ("SmsMessage", "SmsCampaign", "Transaction", "SendResult"):
        assert id_schema(name) == {"$ref": "#/components/schemas/BigId"} or id_schema(name)["allOf"] == [
            {"$ref": "#/components/schemas/BigId"}
        ], name
    assert schemas["IntegerId"]["maximum"] == 2**53 - 1
    for name in ("SmsSender", "SmsTemplate", "ContactList", "Contact", "News", "Application"):
        assert id_schema(name) == {"$ref": "#/components/schemas/IntegerId"}, name


def test_auth_is_the_service_key_header_or_the_oauth_token(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert (schemes["serviceKey"]["in"], schemes["serviceKey"]["name"]) == ("header", "X-Service-Key")
    assert (schemes["accessToken"]["in"], schemes["accessToken"]["name"]) == ("query", "access_token")
    assert spec["security"] == [{"serviceKey": []}, {"accessToken": []}]
    public = {op["operationId"] for _, _, op in speclint.operations(spec) if op.get("security") == []}
    assert "getSmsProbe" in public
    for _, _, operation in speclint.operations(spec):
        if operation.get("security") != []:
            rights = operation.get("x-rights")
            assert isinstance(rights, list), operation["operationId"]
            assert set(rights) <= set(spec["components"]["schemas"]["Right"]["enum"]), operation["operationId"]


def test_the_colliding_literal_paths_come_before_the_parameters_that_would_capture_them(
    spec: dict[str, Any],
) -> None:
    paths = list(spec["paths"])
    for literal, templated in [
        ("/sms/messages/probe", "/sms/messages/{smsId}"),
        ("/contact_lists/v1", "/contact_lists/{listId}"),
        ("/contact_lists/v1/{listId}", "/contact_lists/{listId}/contacts"),
        ("/users/current/credentials/this", "/users/current/credentials/{credentialId}"),
        ("/sms/templates/categories", "/sms/templates/{smsTemplateId}"),
    ]:
        assert paths.index(literal) < paths.index(templated), literal


def _parameter(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in parameter:
        return dict(spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]])
    return parameter
