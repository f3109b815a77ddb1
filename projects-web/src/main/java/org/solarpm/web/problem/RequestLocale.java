package org.solarpm.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.solarpm.shared.Messages;

/** The language of a request: the first supported entry of Accept-Language, zh-CN by default. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.ZH_CN;
        }
        try {
            List<Locale> ranked = headers.getAcceptableLanguages();
            return Messages.firstSupported(ranked);
        } catch (RuntimeException malformedHeader) {
            return Messages.ZH_CN;
        }
    }

    public static Locale ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.ZH_CN;
        }
        try {
            List<Locale> ranked = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList();
            return Messages.firstSupported(ranked);
        } catch (IllegalArgumentException malformedHeader) {
            return Messages.ZH_CN;
        }
    }
}
