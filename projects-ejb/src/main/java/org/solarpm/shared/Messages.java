package org.solarpm.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised user-facing texts. Chinese (zh-CN) is the default; English is the second language.
 * Any other requested language falls back to Chinese.
 */
public final class Messages {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    private static final String BUNDLE = "org.solarpm.shared.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
    }

    /** True when texts for this locale are shown in English (any "en*"); Chinese otherwise. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The Chinese or English variant of a bilingual name, by the rule of {@link #isEnglish}. */
    public static String pick(Locale locale, String zh, String en) {
        return isEnglish(locale) ? en : zh;
    }

    /** Maps any locale to one SolarPM speaks: English for "en*", Chinese otherwise. */
    public static Locale supported(Locale locale) {
        if (isEnglish(locale)) {
            return EN;
        }
        return ZH_CN;
    }

    /** Picks the first supported language of a ranked list (e.g. from Accept-Language). */
    public static Locale firstSupported(List<Locale> ranked) {
        for (Locale l : ranked) {
            if ("en".equals(l.getLanguage()) || "zh".equals(l.getLanguage())) {
                return supported(l);
            }
        }
        return ZH_CN;
    }

    /** The language tag stored on a user ("zh-CN" or "en"). */
    public static String tag(Locale locale) {
        return supported(locale) == EN ? "en" : "zh-CN";
    }
}
