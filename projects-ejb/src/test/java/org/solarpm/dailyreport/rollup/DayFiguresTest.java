package org.solarpm.dailyreport.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.solarpm.dailyreport.Delay;
import org.solarpm.dailyreport.Incident;
import org.solarpm.dailyreport.ManpowerLine;
import org.solarpm.dailyreport.MaterialConsumption;
import org.solarpm.dailyreport.QualityIssue;
import org.solarpm.dailyreport.QuantityLine;
import org.solarpm.dailyreport.ReportContent;
import org.solarpm.dailyreport.Weather;

class DayFiguresTest {

    private final WorkItemWeights weights = new WorkItemWeights(Map.of(
            1L, new WorkItemWeights.Item(1, "pcs", new BigDecimal("1000"), new BigDecimal("10")),
            2L, new WorkItemWeights.Item(2, "kWp", new BigDecimal("5000"), new BigDecimal("30"))));

    @Test
    void shouldAddUpADaysReport() {
        ReportContent c = new ReportContent(Weather.NONE,
                List.of(new ManpowerLine(ManpowerLine.Trade.INSTALLER, "A", 20, new BigDecimal("180")),
                        new ManpowerLine(ManpowerLine.Trade.CIVIL, "B", 5, new BigDecimal("40"))),
                List.of(), List.of(new QuantityLine(1, new BigDecimal("100"), null), new QuantityLine(2, new BigDecimal("250"), null)),
                List.of(), List.of(new MaterialConsumption(9, new BigDecimal("30")), new MaterialConsumption(9, new BigDecimal("12"))),
                true, 2, List.of(new Incident(Incident.Severity.MINOR, "x"), new Incident(Incident.Severity.SERIOUS, "y")),
                List.of(new QualityIssue("a", true), new QualityIssue("b", false)),
                List.of(new Delay(Delay.Cause.WEATHER, new BigDecimal("3"), null), new Delay(Delay.Cause.PERMIT, new BigDecimal("1.5"), null)),
                null, null, null);
        DayFigures f = DayFigures.of(c, weights);
        assertThat(f.installedKwp()).isEqualByComparingTo("250");
        // (10 * 100/1000 + 30 * 250/5000) / 40 = (1 + 1.5) / 40
        assertThat(f.progressFraction()).isEqualByComparingTo("0.0625");
        assertThat(f.manpower()).isEqualTo(25);
        assertThat(f.manpowerHours()).isEqualByComparingTo("220");
        assertThat(f.delayHours()).isEqualByComparingTo("4.5");
        assertThat(f.openDelays()).isEqualTo(2);
        assertThat(f.incidents()).isEqualTo(2);
        assertThat(f.seriousIncidents()).isEqualTo(1);
        assertThat(f.nearMisses()).isEqualTo(2);
        assertThat(f.openQualityIssues()).isEqualTo(1);
        assertThat(f.consumed()).containsEntry(9L, new BigDecimal("42.000"));
    }

    @Test
    void shouldCountNothingForAnEmptyReport() {
        DayFigures f = DayFigures.of(ReportContent.EMPTY, weights);
        assertThat(f.installedKwp()).isEqualByComparingTo("0");
        assertThat(f.progressFraction()).isEqualByComparingTo("0");
        assertThat(f.quantities()).isEmpty();
    }
}
