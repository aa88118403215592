from enum import StrEnum


class ResponseEntityStatusCode(StrEnum):
    VALUE_0 = "100"
    VALUE_1 = "101"
    VALUE_10 = "206"
    VALUE_11 = "207"
    VALUE_12 = "208"
    VALUE_13 = "226"
    VALUE_14 = "300"
    VALUE_15 = "301"
    VALUE_16 = "302"
    VALUE_17 = "303"
    VALUE_18 = "304"
    VALUE_19 = "305"
    VALUE_2 = "102"
    VALUE_20 = "307"
    VALUE_21 = "308"
    VALUE_22 = "400"
    VALUE_23 = "401"
    VALUE_24 = "402"
    VALUE_25 = "403"
    VALUE_26 = "404"
    VALUE_27 = "405"
    VALUE_28 = "406"
    VALUE_29 = "407"
    VALUE_3 = "103"
    VALUE_30 = "408"
    VALUE_31 = "409"
    VALUE_32 = "410"
    VALUE_33 = "411"
    VALUE_34 = "412"
    VALUE_35 = "413"
    VALUE_36 = "414"
    VALUE_37 = "415"
    VALUE_38 = "416"
    VALUE_39 = "417"
    VALUE_4 = "200"
    VALUE_40 = "418"
    VALUE_41 = "419"
    VALUE_42 = "420"
    VALUE_43 = "421"
    VALUE_44 = "422"
    VALUE_45 = "423"
    VALUE_46 = "424"
    VALUE_47 = "426"
    VALUE_48 = "428"
    VALUE_49 = "429"
    VALUE_5 = "201"
    VALUE_50 = "431"
    VALUE_51 = "451"
    VALUE_52 = "500"
    VALUE_53 = "501"
    VALUE_54 = "502"
    VALUE_55 = "503"
    VALUE_56 = "504"
    VALUE_57 = "505"
    VALUE_58 = "506"
    VALUE_59 = "507"
    VALUE_6 = "202"
    VALUE_60 = "508"
    VALUE_61 = "509"
    VALUE_62 = "510"
    VALUE_63 = "511"
    VALUE_7 = "203"
    VALUE_8 = "204"
    VALUE_9 = "205"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResponseEntityStatusCode | None":
        """Open enum: a value the spec does not list comes back as a pseudo-member that keeps it."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
