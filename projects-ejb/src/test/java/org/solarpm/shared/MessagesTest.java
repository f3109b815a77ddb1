package org.solarpm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void shouldSpeakChineseByDefaultAndEnglishOnRequest() {
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "error.badCredentials")).isEqualTo("用户名或密码错误");
        assertThat(Messages.get(Locale.ENGLISH, "error.badCredentials")).isEqualTo("Wrong user name or password");
        assertThat(Messages.get(Locale.FRENCH, "error.badCredentials")).isEqualTo("用户名或密码错误");
    }

    @Test
    void shouldPickTheFirstSupportedLanguageOfAcceptLanguage() {
        assertThat(Messages.firstSupported(List.of(Locale.GERMAN, Locale.US))).isEqualTo(Messages.EN);
        assertThat(Messages.firstSupported(List.of(Locale.GERMAN))).isEqualTo(Messages.ZH_CN);
        assertThat(Messages.firstSupported(List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH))).isEqualTo(Messages.ZH_CN);
    }

    @Test
    void shouldFormatArguments() {
        assertThat(Messages.get(Locale.ENGLISH, "error.throttled", 42)).isEqualTo("Too many failed sign-ins; try again in 42 seconds");
    }

    @Test
    void everyChineseMessageHasAnEnglishTranslationAndViceVersa() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
