package org.solarpm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the benchmarks measured, row by row, for the suite's table: every {@code summary(...)} line a
 * benchmark prints is also recorded here under the scenario that is running, and so are the
 * throughputs and single values the benchmarks report.
 */
final class Results {

    /** One measured figure: samples (median, p95) or a single value / throughput (median only). */
    record Row(String scenario, String measure, int n, double median, double p95, String unit) {
    }

    private static final List<Row> ROWS = Collections.synchronizedList(new ArrayList<>());
    private static volatile String scenario = "";

    private Results() {
    }

    static void scenario(String name) {
        scenario = name;
    }

    static String scenario() {
        return scenario;
    }

    static void samples(String measure, double[] values, String unit) {
        ROWS.add(new Row(scenario, measure.strip(), values.length, Stats.percentile(values, 50), Stats.percentile(values, 95), unit));
    }

    static void value(String measure, double value, String unit) {
        ROWS.add(new Row(scenario, measure, 1, value, Double.NaN, unit));
    }

    static List<Row> rows() {
        synchronized (ROWS) {
            return List.copyOf(ROWS);
        }
    }

    /** The median of the first row of the running or a given scenario whose measure starts with {@code prefix}. */
    static Double median(String scenarioName, String prefix) {
        return rows().stream().filter(r -> r.scenario().equals(scenarioName) && r.measure().startsWith(prefix))
                .map(Row::median).findFirst().orElse(null);
    }
}
