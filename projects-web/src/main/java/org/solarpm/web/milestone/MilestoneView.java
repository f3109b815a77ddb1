package org.solarpm.web.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.solarpm.milestone.Milestone;
import org.solarpm.shared.Messages;

/** A milestone as the client sees it, with its status today and its slip against the baseline. */
public record MilestoneView(long id, long projectId, String code, String name, String stage, boolean key, LocalDate baselineDate,
                            boolean baselineFrozen, LocalDate plannedDate, LocalDate actualDate, String status, long slipDays,
                            List<Long> decisionMakers, int version) {

    static MilestoneView of(Milestone m, LocalDate today, Locale locale) {
        return new MilestoneView(m.getId(), m.getProjectId(), m.getCode(), Messages.pick(locale, m.getNameZh(), m.getNameEn()), m.getStage(),
                m.isKey(), m.getBaselineDate(), m.getBaselineFrozenAt() != null, m.getPlannedDate(), m.getActualDate(),
                m.statusOn(today).name(), m.slipDays(), m.getDecisionMakers().stream().sorted().toList(), m.getVersion());
    }
}
