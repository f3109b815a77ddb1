package org.solarpm.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A default reminder rule a new project starts with; the application's reminder feature owns the
 * meaning of each code and its parameters (e.g. DAILY_REPORT_DEADLINE: deadline "24:00", grace "09:00").
 */
public record ReminderRuleDef(String code, LocalizedText name, boolean enabled, Map<String, String> params) {

    public ReminderRuleDef {
        // keeps the author's order for display
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public String param(String name) {
        return params.get(name);
    }
}
