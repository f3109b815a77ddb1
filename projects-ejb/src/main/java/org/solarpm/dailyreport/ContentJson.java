package org.solarpm.dailyreport;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** The JSON snapshot of a report's content kept with each approval (fields as stored, enums by name). */
final class ContentJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(new PropertyVisibilityStrategy() {
        @Override
        public boolean isVisible(Field field) {
            return true;
        }

        @Override
        public boolean isVisible(Method method) {
            return false;
        }
    }));

    private ContentJson() {
    }

    static String write(ReportContent content) {
        return JSONB.toJson(content);
    }
}
