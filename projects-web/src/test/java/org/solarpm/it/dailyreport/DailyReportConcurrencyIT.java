package org.solarpm.it.dailyreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/**
 * Black-box: site leads of different projects filing at the same time, including corrections of
 * older days (which move later running totals), all succeed: no deadlock, no lost report.
 */
class DailyReportConcurrencyIT {

    private static final int PROJECTS = 6;
    private static final int DAYS = 6;

    @Test
    void shouldFileConcurrentlyForDifferentProjectsWithoutDeadlocksOrLostReports() throws Exception {
        Api site = Api.as("site");
        List<long[]> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            long id = DailyReports.project();
            projects.add(new long[] {id, DailyReports.workItemId(site, id, "PILE"), DailyReports.workItemId(site, id, "MODULE_KWP")});
        }
        LocalDate today = DailyReports.today();
        ExecutorService pool = Executors.newFixedThreadPool(PROJECTS);
        List<Future<List<String>>> results = new ArrayList<>();
        for (long[] p : projects) {
            results.add(pool.submit(() -> {
                List<String> failures = new ArrayList<>();
                for (int back = DAYS - 1; back >= 0; back--) {
                    String path = DailyReports.path(p[0], today.minusDays(back));
                    check(failures, site.put(path, DailyReports.body(p[1], 10, p[2], BigDecimal.TEN).build().toString()), path);
                    check(failures, site.post(path + "/submit", "{}"), path + "/submit");
                }
                // corrections of the oldest days move every later running total
                for (int back = DAYS - 1; back >= DAYS - 3; back--) {
                    String path = DailyReports.path(p[0], today.minusDays(back));
                    check(failures, site.put(path, DailyReports.body(p[1], 20, p[2], BigDecimal.ONE).build().toString()), path + " edit");
                }
                return failures;
            }));
        }
        List<String> failures = new ArrayList<>();
        for (Future<List<String>> f : results) {
            failures.addAll(f.get());
        }
        pool.shutdown();
        assertEquals(List.of(), failures);
        for (long[] p : projects) {
            assertEquals(DAYS, site.get("/api/v1/projects/" + p[0] + "/daily-reports?from=" + today.minusDays(DAYS) + "&to=" + today)
                    .json().getInt("total"));
            assertEquals(3 * 20 + (DAYS - 3) * 10, DailyReports.workItem(site, p[0], "PILE").getJsonNumber("cumulativeQuantity").intValue());
        }
    }

    private static void check(List<String> failures, Api.Response r, String what) {
        if (r.status() != 200) {
            failures.add(what + ": " + r);
        }
    }
}
