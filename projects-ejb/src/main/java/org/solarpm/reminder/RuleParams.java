package org.solarpm.reminder;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.solarpm.shared.DomainException;

/** The parameters each rule understands, their defaults and their checks. */
public final class RuleParams {

    public static final List<Integer> DEFAULT_DAYS_BEFORE = List.of(7, 1);
    /** 24:00 is written as such and means the end of the report day. */
    public static final String DEFAULT_DEADLINE = "24:00";
    public static final String DEFAULT_GRACE = "09:00";

    private RuleParams() {
    }

    static void check(JobId rule, Map<String, String> params) {
        for (var e : params.entrySet()) {
            boolean ok = switch (e.getKey()) {
                case "daysBefore" -> rule == JobId.MILESTONE_DUE && validDays(e.getValue());
                case "deadline" -> (rule == JobId.DAILY_REPORT_NUDGE || rule == JobId.DAILY_REPORT_ESCALATE) && validTime(e.getValue());
                case "grace" -> (rule == JobId.DAILY_REPORT_NUDGE || rule == JobId.DAILY_REPORT_ESCALATE) && validTime(e.getValue());
                default -> false;
            };
            if (!ok) {
                throw DomainException.invalid("params", "error.reminder.params", e.getKey() + "=" + e.getValue());
            }
        }
    }

    public static List<Integer> daysBefore(Map<String, String> params) {
        String v = params.get("daysBefore");
        if (v == null || v.isBlank()) {
            return DEFAULT_DAYS_BEFORE;
        }
        List<Integer> days = new ArrayList<>();
        for (String s : v.split(",")) {
            days.add(Integer.parseInt(s.strip()));
        }
        return days;
    }

    /** Minutes after the start of the report day: 24:00 is 1440, 09:00 the next day is not expressible here (see grace). */
    public static int minutesOf(String hhmm) {
        String[] parts = hhmm.strip().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private static boolean validDays(String v) {
        try {
            for (String s : v.split(",")) {
                int d = Integer.parseInt(s.strip());
                if (d < 0 || d > 90) {
                    return false;
                }
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean validTime(String v) {
        if ("24:00".equals(v.strip())) {
            return true;
        }
        try {
            LocalTime.parse(v.strip());
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
