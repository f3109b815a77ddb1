package org.solarpm.template;

import java.util.Locale;

/**
 * A user-visible text in Simplified Chinese and English.
 *
 * @param zh the zh-CN text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /**
     * The text for a locale: Chinese for any {@code zh} locale, English otherwise. Falls back to the
     * other language when the preferred one is blank.
     */
    public String text(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        String other = chinese ? en : zh;
        return isBlank(preferred) ? other : preferred;
    }

    /** Replaces every {@code {n}} placeholder in both languages. */
    LocalizedText withNumber(int n) {
        String number = Integer.toString(n);
        return new LocalizedText(replace(zh, number), replace(en, number));
    }

    /** Appends a qualifier: {@code 组件安装（3#方阵）} / {@code Module installation (Array block 3)}. */
    LocalizedText qualifiedBy(LocalizedText qualifier) {
        return new LocalizedText(zh + "（" + qualifier.zh() + "）", en + " (" + qualifier.en() + ")");
    }

    private static String replace(String text, String number) {
        return text == null ? null : text.replace("{n}", number);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
