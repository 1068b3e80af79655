package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.icpportal.web.LayoutModelAdvice.LanguageLinks;

/** The language switch's buttons: the current language's is marked, for the eye and for screen readers. */
class LanguageLinksTest {

    @Test
    void theCurrentLanguagesButtonIsMarkedAndTheOtherIsNot() {
        LanguageLinks english = new LanguageLinks("/?lang=en", "/?lang=zh-CN", "en", "/");
        assertThat(english.englishClass()).isEqualTo("link-button is-current");
        assertThat(english.englishCurrent()).isEqualTo("true");
        assertThat(english.chineseClass()).isEqualTo("link-button");
        assertThat(english.chineseCurrent()).isNull();

        LanguageLinks chinese = new LanguageLinks("/?lang=en", "/?lang=zh-CN", "zh-CN", "/");
        assertThat(chinese.chineseClass()).isEqualTo("link-button is-current");
        assertThat(chinese.chineseCurrent()).isEqualTo("true");
        assertThat(chinese.englishClass()).isEqualTo("link-button");
        assertThat(chinese.englishCurrent()).isNull();
    }
}
