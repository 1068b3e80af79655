package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text loses its ID numbers and mobiles, in the same masked forms the value types use, and nothing else. */
class PersonalDataTest {

    @Test
    void masksResidentIdNumbersLikeTheValueType() {
        String id = "11010519491231002X";
        assertThat(PersonalData.mask("certificate " + id + " checked"))
                .isEqualTo("certificate " + ResidentIdNumber.parse(id).masked() + " checked")
                .isEqualTo("certificate 1101**********002X checked");
        assertThat(PersonalData.mask("id=110105194912310021;")).isEqualTo("id=1101**********0021;");
        assertThat(PersonalData.mask("lower-case x: 11010519491231002x")).isEqualTo("lower-case x: 1101**********002x");
    }

    @Test
    void masksMobilesLikeTheValueTypeAlsoWithCountryCodeAndSeparators() {
        assertThat(PersonalData.mask("call 13812345678 now"))
                .isEqualTo("call " + MobileNumber.parse("13812345678").masked() + " now")
                .isEqualTo("call 138****5678 now");
        assertThat(PersonalData.mask("+8613812345678")).isEqualTo("+86138****5678");
        assertThat(PersonalData.mask("008613812345678")).isEqualTo("0086138****5678");
        assertThat(PersonalData.mask("tel 0086 138 1234 5678")).isEqualTo("tel 0086 138 **** 5678");
        assertThat(PersonalData.mask("tel:138-1234-5678,")).isEqualTo("tel:138-****-5678,");
        assertThat(PersonalData.mask("手机 138 1234 5678。")).isEqualTo("手机 138 **** 5678。");
    }

    @Test
    void masksEveryIdentifierInAText() {
        assertThat(PersonalData.mask("张三 11010519491231002X 13800138000, 李四 440301199001011234 15912345678"))
                .isEqualTo("张三 1101**********002X 138****8000, 李四 4403**********1234 159****5678");
        assertThat(PersonalData.mask("11010519491231002X13800138000")).isEqualTo("1101**********002X138****8000");
    }

    /**
     * About one random UUID in a thousand has digits shaped like a mobile: a run of 11
     * ({@code …-f14393943842}) or groups of 3, 4 and 4 across its hyphens ({@code c191-4759-9991},
     * {@code b1778421-4007}). A UUID is an id the portal made, never a person's number: masking it
     * stored the trail's entity ids mangled, so a row was not found under its own entity.
     */
    @Test
    void leavesUuidsWholeEvenWhereTheirDigitsLookLikeAMobile() {
        for (String id : java.util.List.of(
                "c18e8b5b-015a-47db-a903-f14393943842",
                "b303210e-c191-4759-9991-228fca1e45d8",
                "b1778421-4007-4956-baa9-8e56ec3ca4ae",
                "B1778421-4007-4956-BAA9-8E56EC3CA4AE")) {
            assertThat(PersonalData.mask(id)).isEqualTo(id);
            assertThat(PersonalData.mask("order " + id + " claimed")).isEqualTo("order " + id + " claimed");
        }
        // what is not a UUID around it is still masked, also right next to one
        assertThat(PersonalData.mask("c18e8b5b-015a-47db-a903-f14393943842 mobile 13812345678"))
                .isEqualTo("c18e8b5b-015a-47db-a903-f14393943842 mobile 138****5678");
        assertThat(PersonalData.mask("13812345678/c18e8b5b-015a-47db-a903-f14393943842/13912345678"))
                .isEqualTo("138****5678/c18e8b5b-015a-47db-a903-f14393943842/139****5678");
        // UUID-shaped only as a whole token: a mobile with hyphenated groups after it is no UUID
        assertThat(PersonalData.mask("13812345678-1234-1234-1234-123456789012"))
                .isEqualTo("138****5678-1234-1234-1234-123456789012");
    }

    @Test
    void leavesOtherNumbersAlone() {
        String text =
                "order CO-2026-000123, 12 items, 2026-11-28 10:00, 1234567890, uuid 123e4567-e89b-12d3-a456-426614174000, "
                        + "credit code 91110105MA01ABCD5F, 12345678901 (not a mobile), 12345678901234567890 (too long)";
        assertThat(PersonalData.mask(text)).isEqualTo(text);
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask("")).isEmpty();
    }
}
