package org.solarpm.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText text = LocalizedText.of("组件安装", "Module installation");

    @Test
    void shouldReturnChineseForAnyChineseLocale() {
        assertThat(text.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("组件安装");
        assertThat(text.text(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo("组件安装");
        assertThat(text.text(Locale.CHINESE)).isEqualTo("组件安装");
    }

    @Test
    void shouldReturnEnglishForOtherOrMissingLocales() {
        assertThat(text.text(Locale.ENGLISH)).isEqualTo("Module installation");
        assertThat(text.text(Locale.GERMANY)).isEqualTo("Module installation");
        assertThat(text.text(null)).isEqualTo("Module installation");
    }

    @Test
    void shouldFallBackToTheOtherLanguageWhenThePreferredIsBlank() {
        assertThat(LocalizedText.of(" ", "Survey").text(Locale.CHINA)).isEqualTo("Survey");
        assertThat(LocalizedText.of("踏勘", null).text(Locale.ENGLISH)).isEqualTo("踏勘");
    }

    @Test
    void shouldNumberABlockLabelAndQualifyATaskName() {
        LocalizedText label = LocalizedText.of("{n}#方阵", "Array block {n}").withNumber(7);

        assertThat(text.qualifiedBy(label)).isEqualTo(LocalizedText.of("组件安装（7#方阵）", "Module installation (Array block 7)"));
    }
}
