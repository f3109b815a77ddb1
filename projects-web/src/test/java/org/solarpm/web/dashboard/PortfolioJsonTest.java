package org.solarpm.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solarpm.dashboard.Portfolio;
import org.solarpm.dashboard.PortfolioProject;
import org.solarpm.dashboard.ReportStatus;

/** The hand-written dashboard JSON says exactly what JSON-B binding said (the screens and the API contract rely on it). */
class PortfolioJsonTest {

    @Test
    void shouldWriteWhatJsonBindingWrites() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 21);
        var east = new PortfolioProject.Ref(4, "华东分公司");
        var north = new PortfolioProject.Ref(3, "华北分公司");
        List<PortfolioProject> projects = List.of(
                new PortfolioProject(256, "GEN-EAST-0101", "安徽省合肥市158.1MWp地面光伏电站", east, new PortfolioProject.Ref(12, "周杰"),
                        "CONSTRUCTION", ReportStatus.MISSING, 0, 130725.76, 158050, 75.696, -65, 0, 2, 1,
                        new PortfolioProject.NextMilestone("升压站倒送电", day.plusDays(5), 5), new BigDecimal("1200000.5"),
                        new BigDecimal("1000000"), 3),
                new PortfolioProject(7, "P-7", "Rooftop \"A\" <b>", north, new PortfolioProject.Ref(4, "张伟"), "SURVEY",
                        ReportStatus.NOT_REQUIRED, 12.5, 1.218431E7, 2000, 0, null, 31, 0, 0, null, BigDecimal.ZERO, null, 0));
        Portfolio portfolio = Portfolio.of(day, projects, List.of(new Portfolio.Week(day.minusDays(4), 107.14)));
        PortfolioView view = PortfolioView.of(portfolio);

        String written = new String(PortfolioJson.write(view), StandardCharsets.UTF_8);
        String bound;
        try (var jsonb = JsonbBuilder.create()) {
            bound = jsonb.toJson(view);
        }
        assertThat(plain(parse(written))).isEqualTo(plain(parse(bound)));
        assertThat(written).contains("\"scheduleVarianceDays\":-65").doesNotContain("null");
    }

    private static JsonValue parse(String json) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** Numbers as doubles (1.218431E7 and 12184310.0 are the same number), objects as maps, arrays as lists. */
    private static Object plain(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> m.put(k, plain(x)));
                return m;
            }
            case ARRAY:
                return ((JsonArray) v).stream().map(PortfolioJsonTest::plain).toList();
            case NUMBER:
                return ((JsonNumber) v).doubleValue();
            case STRING:
                return ((JsonString) v).getString();
            case TRUE:
                return true;
            case FALSE:
                return false;
            default:
                return "null";
        }
    }
}
