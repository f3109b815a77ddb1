package org.solarpm.web.dailyreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.solarpm.dailyreport.Delay;
import org.solarpm.dailyreport.EquipmentLine;
import org.solarpm.dailyreport.Incident;
import org.solarpm.dailyreport.ManpowerLine;
import org.solarpm.dailyreport.MaterialConsumption;
import org.solarpm.dailyreport.MaterialReceipt;
import org.solarpm.dailyreport.QualityIssue;
import org.solarpm.dailyreport.QuantityLine;
import org.solarpm.dailyreport.ReportContent;
import org.solarpm.dailyreport.Weather;

/** The content of a day's report as the form sends it (every section optional); enums arrive as names. */
public record PutDailyReportRequest(
        Integer version,
        @Valid WeatherInput weather,
        @Valid @Size(max = 100) List<ManpowerInput> manpower,
        @Valid @Size(max = 100) List<EquipmentInput> equipment,
        @Valid @Size(max = 200) List<QuantityInput> quantities,
        @Valid @Size(max = 200) List<ReceiptInput> materialsReceived,
        @Valid @Size(max = 200) List<ConsumptionInput> materialsConsumed,
        @Valid SafetyInput safety,
        @Valid @Size(max = 100) List<QualityIssueInput> qualityIssues,
        @Valid @Size(max = 100) List<DelayInput> delays,
        @Size(max = 10000) String issuesForPm,
        @Size(max = 10000) String tomorrowPlan,
        @Size(max = 10000) String notes) {

    public record WeatherInput(String condition, BigDecimal minTempC, BigDecimal maxTempC, Integer windLevel, BigDecimal workableHours,
                               Boolean weatherDelay) {
    }

    public record ManpowerInput(String trade, @Size(max = 200) String company, Integer headcount, BigDecimal hours) {
    }

    public record EquipmentInput(String type, Integer count, BigDecimal operatingHours, BigDecimal idleHours) {
    }

    public record QuantityInput(Long workItemId, BigDecimal quantity, @Size(max = 1000) String note) {
    }

    public record ReceiptInput(Long materialPlanLineId, Long poLineId, BigDecimal quantity, @Size(max = 1000) String note) {
    }

    public record ConsumptionInput(Long materialPlanLineId, BigDecimal quantity) {
    }

    public record SafetyInput(Boolean toolboxTalk, Integer nearMisses, @Valid @Size(max = 100) List<IncidentInput> incidents) {
    }

    public record IncidentInput(String severity, @Size(max = 2000) String description) {
    }

    public record QualityIssueInput(@Size(max = 2000) String description, Boolean resolved) {
    }

    public record DelayInput(String cause, BigDecimal hoursLost, @Size(max = 2000) String description) {
    }

    /** The domain content; 400 naming the field for unknown enum values and missing required numbers. */
    public ReportContent toContent() {
        WeatherInput w = weather;
        Weather wx = w == null ? Weather.NONE : new Weather(Inputs.enumOf(Weather.Condition.class, w.condition(), "weather.condition", false),
                w.minTempC(), w.maxTempC(), w.windLevel(), w.workableHours(), Boolean.TRUE.equals(w.weatherDelay()));
        SafetyInput s = safety == null ? new SafetyInput(false, 0, List.of()) : safety;
        return new ReportContent(wx,
                map(manpower, "manpower", (m, f) -> new ManpowerLine(Inputs.enumOf(ManpowerLine.Trade.class, m.trade(), f + ".trade", true),
                        m.company(), Inputs.required(m.headcount(), f + ".headcount"), Inputs.orZero(m.hours()))),
                map(equipment, "equipment", (e, f) -> new EquipmentLine(Inputs.enumOf(EquipmentLine.Type.class, e.type(), f + ".type", true),
                        Inputs.required(e.count(), f + ".count"), Inputs.orZero(e.operatingHours()), Inputs.orZero(e.idleHours()))),
                map(quantities, "quantities", (q, f) -> new QuantityLine(Inputs.required(q.workItemId(), f + ".workItemId"),
                        Inputs.required(q.quantity(), f + ".quantity"), q.note())),
                map(materialsReceived, "materialsReceived", (r, f) -> new MaterialReceipt(
                        Inputs.required(r.materialPlanLineId(), f + ".materialPlanLineId"), r.poLineId(),
                        Inputs.required(r.quantity(), f + ".quantity"), r.note())),
                map(materialsConsumed, "materialsConsumed", (c, f) -> new MaterialConsumption(
                        Inputs.required(c.materialPlanLineId(), f + ".materialPlanLineId"), Inputs.required(c.quantity(), f + ".quantity"))),
                Boolean.TRUE.equals(s.toolboxTalk()), s.nearMisses() == null ? 0 : s.nearMisses(),
                map(s.incidents(), "safety.incidents", (i, f) -> new Incident(
                        Inputs.enumOf(Incident.Severity.class, i.severity(), f + ".severity", true), i.description())),
                map(qualityIssues, "qualityIssues", (q, f) -> new QualityIssue(q.description(), Boolean.TRUE.equals(q.resolved()))),
                map(delays, "delays", (d, f) -> new Delay(Inputs.enumOf(Delay.Cause.class, d.cause(), f + ".cause", true),
                        Inputs.orZero(d.hoursLost()), d.description())),
                issuesForPm, tomorrowPlan, notes);
    }

    private static <I, O> List<O> map(List<I> inputs, String field, BiFunction<I, String, O> convert) {
        List<O> out = new ArrayList<>();
        if (inputs == null) {
            return out;
        }
        for (int i = 0; i < inputs.size(); i++) {
            I input = Inputs.required(inputs.get(i), field + "[" + i + "]");
            out.add(convert.apply(input, field + "[" + i + "]"));
        }
        return out;
    }
}
