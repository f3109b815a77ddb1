package org.solarpm.web.reminder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.solarpm.reminder.ReminderRuleService;

/** {@code PUT /reminder-rules}: the rules to change (company rules with projectId 0 or absent) and optionally the working days. */
public record UpdateReminderRulesRequest(@NotNull @Size(max = 500) List<@Valid Rule> rules, Set<DayOfWeek> workingDays) {

    public record Rule(@NotBlank String code, Long projectId, @Size(max = 120) String cron, Boolean enabled, @Size(max = 500) String params) {
    }

    List<ReminderRuleService.RuleChange> changes() {
        return rules.stream().map(r -> new ReminderRuleService.RuleChange(r.code(), r.projectId(), r.cron(), !Boolean.FALSE.equals(r.enabled()),
                r.params())).toList();
    }
}
