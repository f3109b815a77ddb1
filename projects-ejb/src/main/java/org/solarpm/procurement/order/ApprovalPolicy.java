package org.solarpm.procurement.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The predefined approval rules: every order needs the project's manager; an order above
 * {@code branchHeadAbove} CNY (tax included) or with any HIGH line also the branch head; above
 * {@code executiveAbove} also an executive. Thresholds come from configuration.
 */
public record ApprovalPolicy(BigDecimal branchHeadAbove, BigDecimal executiveAbove) {

    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy(new BigDecimal("500000"), new BigDecimal("2000000"));

    public ApprovalPolicy {
        Objects.requireNonNull(branchHeadAbove);
        Objects.requireNonNull(executiveAbove);
    }

    /** The levels an order of {@code total} CNY needs, in order. */
    public List<ApprovalLevel> levelsFor(BigDecimal total, boolean anyHighLine) {
        List<ApprovalLevel> levels = new ArrayList<>(List.of(ApprovalLevel.PROJECT_MANAGER));
        if (anyHighLine || total.compareTo(branchHeadAbove) > 0) {
            levels.add(ApprovalLevel.BRANCH_HEAD);
        }
        if (total.compareTo(executiveAbove) > 0) {
            levels.add(ApprovalLevel.EXECUTIVE);
        }
        return levels;
    }
}
