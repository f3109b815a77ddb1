package org.solarpm.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Finished projects like a given one, so a bid can reuse past quotes: same type, capacity within
 * ±50 %, in O&amp;M or closed; closest capacity first, with contract value and budgeted cost per Wp.
 */
public final class SimilarProjects {

    public static final BigDecimal LOWER = new BigDecimal("0.5");
    public static final BigDecimal UPPER = new BigDecimal("1.5");
    public static final int LIMIT = 10;

    private SimilarProjects() {
    }

    /** One past project with its prices per Wp in CNY (null where the project has no figure). */
    public record Match(Project project, BigDecimal contractValuePerWp, BigDecimal costPerWp) {
    }

    public static boolean isSimilar(Project target, Project candidate) {
        if (candidate.equals(target) || candidate.getType() != target.getType() || !candidate.getStage().isFinished()) {
            return false;
        }
        BigDecimal c = candidate.getCapacityKwp();
        BigDecimal t = target.getCapacityKwp();
        return c.compareTo(t.multiply(LOWER)) >= 0 && c.compareTo(t.multiply(UPPER)) <= 0;
    }

    public static List<Match> select(Project target, List<Project> candidates) {
        return candidates.stream()
                .filter(c -> isSimilar(target, c))
                .sorted(Comparator.comparing((Project c) -> c.getCapacityKwp().subtract(target.getCapacityKwp()).abs())
                        .thenComparing(Project::getCode))
                .limit(LIMIT)
                .map(c -> new Match(c, perWp(c.getContractValue(), c.getCapacityKwp()), perWp(c.getBudget(), c.getCapacityKwp())))
                .toList();
    }

    static BigDecimal perWp(BigDecimal cny, BigDecimal capacityKwp) {
        if (cny == null || capacityKwp == null || capacityKwp.signum() <= 0) {
            return null;
        }
        return cny.divide(capacityKwp.multiply(BigDecimal.valueOf(1000)), 3, RoundingMode.HALF_UP);
    }
}
