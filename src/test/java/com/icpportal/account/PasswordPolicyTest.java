package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rules: length by characters, no composition rules, no common or personal passwords. */
class PasswordPolicyTest {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    static java.util.List<String> problems(String password) {
        return POLICY.problems(password, "wang.wei", "Wang Wei", "wei.wang@example.test");
    }

    @Test
    void elevenCharactersAreRefusedAndTwelveAccepted() {
        assertThat(problems("river-lamp7")).containsExactly("account.password.tooShort");
        assertThat(problems("river-lamp77")).isEmpty();
        assertThat(problems("")).containsExactly("account.password.missing");
        assertThat(problems(null)).containsExactly("account.password.missing");
    }

    @Test
    void aLongPassphraseIsAcceptedWithoutAnyCompositionRule() {
        String passphrase =
                "the quiet heron waits by the cold river while autumn light fades slowly over harbour roofs ok";
        assertThat(passphrase).hasSize(93);
        String hundred = passphrase + " fine!!";
        assertThat(hundred.codePointCount(0, hundred.length())).isEqualTo(100);
        assertThat(problems(hundred)).isEmpty();
        String longest = (passphrase + " ").repeat(3).substring(0, PasswordPolicy.MAX_LENGTH);
        assertThat(problems(longest)).isEmpty();
        assertThat(problems("a".repeat(PasswordPolicy.MAX_LENGTH + 1))).containsExactly("account.password.tooLong");
    }

    @Test
    void lengthCountsCharactersNotBytesOrUtf16Units() {
        assertThat(problems("秋天的河边有一只安静的鹭")).isEmpty(); // 12 characters
        assertThat(problems("秋天的河边有一只安静的")).containsExactly("account.password.tooShort");
        String elevenEmoji = "🐢".repeat(11); // 22 UTF-16 units
        assertThat(problems(elevenEmoji)).containsExactly("account.password.tooShort");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(POLICY.commonCount()).isEqualTo(10_000);
        assertThat(problems("unbelievable")).containsExactly("account.password.common");
        assertThat(problems("UnBelievable")).containsExactly("account.password.common");
        assertThat(problems("scandinavian")).containsExactly("account.password.common");
    }

    @Test
    void theUsersOwnNameOrEmailIsRefusedAnywhereInThePassword() {
        assertThat(problems("my-wang.wei-2026")).containsExactly("account.password.personal");
        assertThat(problems("WANGWEI harbour light")).containsExactly("account.password.personal");
        assertThat(problems("wei.wang@example.test")).containsExactly("account.password.personal");
        assertThat(problems("hello wei.wang!!")).containsExactly("account.password.personal");
        // short names are not looked for: "li" inside a password says nothing
        assertThat(POLICY.problems("olive trees in the lit yard", "li", "Li", "li@x.cn"))
                .isEmpty();
    }

    @Test
    void theDemoPasswordsStillPass() {
        assertThat(POLICY.problems(
                        "icp-demo-2026", "applicant.beijing", "张伟 Zhang Wei", "applicant.beijing@demo.invalid"))
                .isEmpty();
        assertThat(POLICY.problems(
                        "icp-bulk-2026", "bulk.applicant", "批量申请人 Bulk Applicant", "bulk.applicant@bulk.invalid"))
                .isEmpty();
    }

    @Test
    void whatTheProbeSetIsRefusedWithAReasonEachTime() {
        assertThat(problems(" ".repeat(12))).containsExactly("account.password.weak.repeat");
        assertThat(problems("\t".repeat(12))).containsExactly("account.password.weak.repeat");
        assertThat(problems("a".repeat(12))).hasSize(1).allMatch(key -> key.startsWith("account.password.weak"));
        assertThat(problems("a".repeat(PasswordPolicy.MAX_LENGTH))).hasSize(1);
        assertThat(problems("123456789012")).hasSize(1);
        assertThat(problems("password1234")).containsExactly("account.password.common");
        assertThat(problems("abcdefghijkl")).containsExactly("account.password.weak.sequence");
        assertThat(problems("qwertyuiopas")).hasSize(1);
        assertThat(problems("2026-2026-2026")).containsExactly("account.password.weak.repeat");
    }

    @Test
    void theEstimatorIsGivenThePersonsOwnDataAsHints() {
        String password = "portal-wang-river7";
        // the same password is fine for someone else
        assertThat(POLICY.problems(password, "li.na", "Li Na", "li.na@example.test"))
                .isEmpty();
        assertThat(POLICY.problems("ziyang-portal-1", "ziyang", "Ziyang He", "ziyang@example.test"))
                .containsExactly("account.password.personal");
    }

    @Test
    void everyReasonHasAMessageInBothLanguages() throws Exception {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(
                    new org.springframework.core.io.ClassPathResource(file).getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : new String[] {
                "account.password.weak",
                "account.password.weak.repeat",
                "account.password.weak.sequence",
                "account.password.weak.keyboard",
                "account.password.weak.date",
                "account.password.weak.words"
            }) {
                assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank();
            }
        }
    }
}
