package org.solarpm.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.solarpm.bench.GeneratedCompany.Site;
import org.solarpm.dailyreport.rollup.WorkItemWeights;
import org.solarpm.template.PlannedWorkItem;

/**
 * The report half of the generated company: a daily report for (almost) every day each site worked,
 * from its first construction day to its last or to today. Quantities follow each work item's planned
 * window stretched by the site's speed and slip, with noise and weather (seasonal for the site's
 * latitude); manpower scales with the site and the work in hand; delays, incidents and quality issues
 * at plausible rates. The rollups are computed here with the report service's own arithmetic
 * ({@link WorkItemWeights}) and written beside the raw rows.
 */
final class GeneratedReports {

    private static final String[] TRADES = {"INSTALLER", "ELECTRICIAN", "CIVIL", "PILING", "LABOURER", "SUPERVISOR"};
    private static final String[] CREWS = {"华东安装队", "中建安装", "鑫源电力", "顺达劳务", "宏图建设", "恒信电气"};

    private final Connection c;
    private final Random random = new Random(7);
    private final LocalDate today;
    private final Instant now;
    private long nextReportId;
    final Map<String, Long> counts = new LinkedHashMap<>();

    private final Batch reports;
    private final Batch manpower;
    private final Batch equipment;
    private final Batch quantities;
    private final Batch incidents;
    private final Batch quality;
    private final Batch delays;
    private final Batch dayRollups;
    private final Batch itemDays;
    private final Batch itemTotals;

    /** A prepared INSERT that flushes itself every 2,000 rows. */
    private final class Batch {
        final String table;
        final PreparedStatement ps;
        int pending;

        Batch(String table, String columns) throws Exception {
            this.table = table;
            int n = columns.split(",").length;
            this.ps = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + "?,".repeat(n - 1) + "?)");
        }

        void add(Object... values) throws Exception {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            counts.merge(table, 1L, Long::sum);
            if (++pending >= 2000) {
                flushAll();
            }
        }

        void flush() throws Exception {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }
    }

    GeneratedReports(Connection c, LocalDate today, Instant now) throws Exception {
        this.c = c;
        this.today = today;
        this.now = now;
        this.nextReportId = GeneratedCompany.count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM daily_report");
        reports = new Batch("daily_report", "id, project_id, report_date, status, timeliness, revision, author_id, created_at, updated_at,"
                + " submitted_at, reviewed_by, reviewed_at, weather_condition, min_temp_c, max_temp_c, wind_level, workable_hours,"
                + " weather_delay, toolbox_talk, near_misses, tomorrow_plan, version");
        manpower = new Batch("daily_report_manpower", "report_id, position, trade, company, headcount, hours");
        equipment = new Batch("daily_report_equipment", "report_id, position, equipment_type, unit_count, operating_hours, idle_hours");
        quantities = new Batch("daily_report_quantity", "report_id, position, work_item_id, quantity");
        incidents = new Batch("daily_report_incident", "report_id, position, severity, description");
        quality = new Batch("daily_report_quality_issue", "report_id, position, description, resolved");
        delays = new Batch("daily_report_delay", "report_id, position, cause, hours_lost, description");
        dayRollups = new Batch("project_day_rollup", "project_id, day, report_id, report_status, timeliness, submitted_at, counted,"
                + " installed_kwp, cumulative_kwp, progress_fraction, cumulative_progress_fraction, manpower, manpower_hours, delay_hours,"
                + " open_delays, incidents, serious_incidents, near_misses, open_quality_issues");
        itemDays = new Batch("work_item_day_progress", "work_item_id, day, project_id, quantity, cumulative_quantity");
        itemTotals = new Batch("work_item_progress", "work_item_id, project_id, cumulative_quantity");
    }

    void generate(List<Site> sites) throws Exception {
        int done = 0;
        for (Site s : sites) {
            site(s);
            if (++done % 50 == 0) {
                flushAll();
                c.commit();
            }
        }
        flushAll();
        c.commit();
    }

    private void flushAll() throws Exception {
        // parents before children (foreign keys)
        for (Batch b : List.of(reports, manpower, equipment, quantities, incidents, quality, delays, dayRollups, itemDays, itemTotals)) {
            b.flush();
        }
    }

    /** Work item windows as the site really works them: later by the slip, longer when slower. */
    private record Window(long itemId, String unit, double design, LocalDate start, LocalDate end, double dailyRate) {
    }

    private void site(Site s) throws Exception {
        LocalDate constructionStart = s.plan.workItems().stream().map(PlannedWorkItem::plannedStart).min(LocalDate::compareTo).orElseThrow();
        List<Window> windows = new ArrayList<>();
        Map<Long, WorkItemWeights.Item> weightItems = new HashMap<>();
        for (int i = 0; i < s.plan.workItems().size(); i++) {
            PlannedWorkItem w = s.plan.workItems().get(i);
            long id = s.workItemIds.get(i);
            long offset = ChronoUnit.DAYS.between(constructionStart, w.plannedStart());
            long length = ChronoUnit.DAYS.between(w.plannedStart(), w.plannedEnd()) + 1;
            LocalDate start = constructionStart.plusDays(s.slipDays + Math.round(offset / s.speed));
            long actualLength = Math.max(1, Math.round(length / s.speed));
            windows.add(new Window(id, w.unit(), w.designQuantity().doubleValue(), start, start.plusDays(actualLength - 1),
                    w.designQuantity().doubleValue() / actualLength));
            weightItems.put(id, new WorkItemWeights.Item(id, w.unit(), w.designQuantity(), w.weight()));
        }
        WorkItemWeights weights = new WorkItemWeights(weightItems);
        LocalDate first = windows.stream().map(Window::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = windows.stream().map(Window::end).max(LocalDate::compareTo).orElseThrow();
        if (!first.isBefore(today)) {
            return;
        }
        boolean ongoing = s.stage.equals("CONSTRUCTION");
        LocalDate end = ongoing ? today : last;
        Map<Long, Double> done = new HashMap<>();
        Map<Long, BigDecimal> cumulativeByItem = new LinkedHashMap<>();
        BigDecimal cumKwp = BigDecimal.ZERO.setScale(3);
        BigDecimal cumProgress = BigDecimal.ZERO.setScale(8);
        for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
            boolean isToday = day.equals(today);
            if (isToday && random.nextDouble() > 0.3) {
                continue; // most sites file today's report in the evening
            }
            LocalDate d = day;
            if (!isToday && windows.stream().noneMatch(w -> w.end().equals(d)) && random.nextDouble() < 0.03) {
                continue; // a missing report
            }
            Weather weather = Weather.of(random, s.latitude, day);
            long reportId = nextReportId++;
            String status = status(day);
            boolean counted = !status.equals("DRAFT");
            Instant submitted = counted ? submittedAt(day, isToday) : null;
            String timeliness = counted ? timeliness(day, submitted) : null;
            // quantities
            Map<Long, BigDecimal> q = new LinkedHashMap<>();
            double material = random.nextDouble() < 0.03 ? 0.5 : 1.0;
            double pcsToday = 0;
            Window kwpWindow = null;
            int activeItems = 0;
            for (Window w : windows) {
                if (w.unit().equals("kWp")) {
                    kwpWindow = w;
                    continue;
                }
                if (day.isBefore(w.start()) || day.isAfter(w.end())) {
                    continue;
                }
                activeItems++;
                double remaining = w.design() - done.getOrDefault(w.itemId(), 0.0);
                double amount = day.equals(w.end()) && !ongoing ? remaining
                        : Math.min(remaining, w.dailyRate() * weather.workFactor() * material * Math.max(0.2, 1 + random.nextGaussian() * 0.25));
                amount = rounded(w.unit(), amount);
                if (amount > 0) {
                    done.merge(w.itemId(), amount, Double::sum);
                    q.put(w.itemId(), BigDecimal.valueOf(amount).setScale(3, RoundingMode.HALF_UP));
                    if (isModulePcs(s, w)) {
                        pcsToday = amount;
                    }
                }
            }
            if (kwpWindow != null && pcsToday > 0) {
                double remaining = kwpWindow.design() - done.getOrDefault(kwpWindow.itemId(), 0.0);
                double kwp = Math.min(remaining, pcsToday * s.plan.moduleWp() / 1000.0);
                boolean lastModules = windows.stream().anyMatch(w -> isModulePcs(s, w) && done.getOrDefault(w.itemId(), 0.0) >= w.design());
                if (lastModules) {
                    kwp = remaining;
                }
                kwp = Math.round(kwp * 1000) / 1000.0;
                if (kwp > 0) {
                    done.merge(kwpWindow.itemId(), kwp, Double::sum);
                    q.put(kwpWindow.itemId(), BigDecimal.valueOf(kwp).setScale(3, RoundingMode.HALF_UP));
                }
            }
            // people and machines
            int crew = (int) Math.max(4, Math.min(400, (6 + Math.sqrt(s.capacityKwp) * 1.2) * (0.4 + 0.6 * activeItems / windows.size())
                    * (0.85 + random.nextDouble() * 0.3)));
            int headcount = 0;
            double hours = 0;
            int lines = 2 + random.nextInt(3);
            for (int i = 0; i < lines; i++) {
                int n = i == lines - 1 ? Math.max(1, crew - headcount) : Math.max(1, crew / lines);
                double h = Math.round(n * weather.workableHours().doubleValue() * 10) / 10.0;
                manpower.add(reportId, i, TRADES[i == lines - 1 ? 5 : i], CREWS[(int) ((s.id + i) % CREWS.length)], n, BigDecimal.valueOf(h).setScale(1, RoundingMode.HALF_UP));
                headcount += n;
                hours += h;
            }
            equipment.add(reportId, 0, activeItems > 3 ? "CRANE" : "PILE_DRIVER", 1 + random.nextInt(3), 8.0, 1.0);
            // delays, incidents, quality
            int delayLines = 0;
            double delayHours = 0;
            if (weather.delayHours() > 0) {
                delays.add(reportId, delayLines++, "WEATHER", weather.delayHours(), weather.condition());
                delayHours += weather.delayHours();
            }
            if (material < 1) {
                delays.add(reportId, delayLines++, "MATERIAL_SHORTAGE", 4.0, "材料未按时到场");
                delayHours += 4;
            }
            if (random.nextDouble() < 0.005) {
                delays.add(reportId, delayLines++, random.nextBoolean() ? "DESIGN_CHANGE" : "GRID_COMPANY", 2.0, "等待答复");
                delayHours += 2;
            }
            int incidentCount = 0;
            int serious = 0;
            double r = random.nextDouble();
            if (r < 0.006) {
                String severity = r < 0.0003 ? "SERIOUS" : r < 0.0015 ? "MODERATE" : "MINOR";
                incidents.add(reportId, 0, severity, "生成数据：" + severity);
                incidentCount = 1;
                serious = severity.equals("SERIOUS") ? 1 : 0;
            }
            int openQuality = 0;
            if (random.nextDouble() < 0.02) {
                boolean resolved = ChronoUnit.DAYS.between(day, today) > 7;
                quality.add(reportId, 0, "组件压块扭矩不足", resolved);
                openQuality = resolved ? 0 : 1;
            }
            int nearMisses = random.nextDouble() < 0.05 ? 1 : 0;
            boolean reviewed = status.equals("APPROVED") || status.equals("RETURNED");
            reports.add(reportId, s.id, day, status, timeliness, 1, s.siteLeadId, ts(day.atStartOfDay(GeneratedCompany.ZONE).toInstant().plusSeconds(16 * 3600)),
                    ts(submitted == null ? now : submitted), ts(submitted), reviewed ? s.managerId : null,
                    reviewed ? ts(min(submitted.plusSeconds(3 * 3600), now)) : null, weather.condition(), weather.minTemp(), weather.maxTemp(),
                    weather.wind(), weather.workableHours(), weather.delayHours() > 0, random.nextDouble() < 0.95, nearMisses,
                    "继续施工", 0);
            int position = 0;
            for (var e : q.entrySet()) {
                quantities.add(reportId, position++, e.getKey(), e.getValue());
            }
            // rollups, as the report service computes them
            Map<Long, BigDecimal> countedQ = counted ? q : Map.of();
            BigDecimal kwp = weights.kwp(countedQ);
            BigDecimal progress = weights.progressFraction(countedQ);
            cumKwp = cumKwp.add(kwp);
            cumProgress = cumProgress.add(progress);
            dayRollups.add(s.id, day, reportId, status, timeliness, ts(submitted), counted, kwp, cumKwp, progress, cumProgress,
                    counted ? headcount : 0, BigDecimal.valueOf(counted ? hours : 0).setScale(1, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(counted ? delayHours : 0).setScale(1, RoundingMode.HALF_UP), counted ? delayLines : 0,
                    counted ? incidentCount : 0, counted ? serious : 0, counted ? nearMisses : 0, counted ? openQuality : 0);
            for (var e : countedQ.entrySet()) {
                BigDecimal total = cumulativeByItem.merge(e.getKey(), e.getValue(), BigDecimal::add);
                itemDays.add(e.getKey(), day, s.id, e.getValue(), total);
            }
        }
        for (var e : cumulativeByItem.entrySet()) {
            itemTotals.add(e.getKey(), s.id, e.getValue());
        }
    }

    private static boolean isModulePcs(Site s, Window w) {
        return w.itemId() == s.workItemIds.get(indexOf(s, "MODULE_PCS"));
    }

    private static int indexOf(Site s, String code) {
        for (int i = 0; i < s.plan.workItems().size(); i++) {
            if (s.plan.workItems().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static double rounded(String unit, double amount) {
        return unit.equals("pcs") || unit.equals("set") ? Math.floor(amount + 0.5) : Math.round(amount * 10) / 10.0;
    }

    private String status(LocalDate day) {
        long age = ChronoUnit.DAYS.between(day, today);
        double r = random.nextDouble();
        if (age <= 1) {
            return r < 0.05 ? "DRAFT" : r < 0.75 ? "SUBMITTED" : "APPROVED";
        }
        return r < 0.01 ? "RETURNED" : r < 0.03 ? "SUBMITTED" : "APPROVED";
    }

    /** Mostly the evening of the day; some after midnight (late), a few the next afternoon (after grace). */
    private Instant submittedAt(LocalDate day, boolean isToday) {
        Instant startOfDay = day.atStartOfDay(GeneratedCompany.ZONE).toInstant();
        if (isToday) {
            return now.minusSeconds(60 + random.nextInt(3600));
        }
        double r = random.nextDouble();
        long seconds = r < 0.88 ? (17 * 3600 + random.nextInt(7 * 3600 - 60)) : r < 0.96 ? (24 * 3600 + 60 + random.nextInt(9 * 3600 - 120))
                : (33 * 3600 + 600 + random.nextInt(8 * 3600));
        Instant at = startOfDay.plusSeconds(seconds);
        return at.isAfter(now) ? now.minusSeconds(30) : at;
    }

    private static String timeliness(LocalDate day, Instant submitted) {
        return org.solarpm.dailyreport.DeadlinePolicy.DEFAULT.classify(day, submitted).name();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A day's weather at a latitude: temperature by season, rain more likely in summer and in the south. */
    record Weather(String condition, BigDecimal minTemp, BigDecimal maxTemp, int wind, BigDecimal workableHours, double delayHours,
                   double workFactor) {

        static Weather of(Random random, double latitude, LocalDate day) {
            double season = Math.cos(2 * Math.PI * (day.getDayOfYear() - 200) / 365.0); // 1 in mid-July, -1 in mid-January
            double mean = 35 - 0.6 * latitude + season * (0.35 * latitude - 2);
            double t = mean + random.nextGaussian() * 3;
            double wetness = (latitude < 33 ? 0.22 : latitude < 37 ? 0.14 : 0.07) + 0.12 * Math.max(0, season);
            double r = random.nextDouble();
            String condition;
            double factor;
            double lost;
            if (r < wetness * 0.35) {
                condition = t < 0 ? "SNOW" : "HEAVY_RAIN";
                factor = 0.15;
                lost = 6;
            } else if (r < wetness) {
                condition = "LIGHT_RAIN";
                factor = 0.7;
                lost = 0;
            } else if (latitude > 36 && season < 0 && r < wetness + 0.04) {
                condition = "SANDSTORM";
                factor = 0.3;
                lost = 4;
            } else if (r < wetness + 0.06) {
                condition = "FOG";
                factor = 0.85;
                lost = 0;
            } else {
                condition = r < 0.6 ? "SUNNY" : r < 0.85 ? "CLOUDY" : "OVERCAST";
                factor = 1;
                lost = 0;
            }
            double workable = Math.max(1, Math.min(11, (season > 0 ? 10 : 8.5) - lost + random.nextGaussian() * 0.5));
            return new Weather(condition, BigDecimal.valueOf(t - 4 - random.nextDouble() * 3).setScale(1, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(t + 3 + random.nextDouble() * 3).setScale(1, RoundingMode.HALF_UP), 1 + random.nextInt(5),
                    BigDecimal.valueOf(workable).setScale(1, RoundingMode.HALF_UP), lost, factor);
        }
    }
}
