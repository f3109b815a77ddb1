package org.solarpm.reminder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The company rule of one job with its project overrides: which rule applies to a project. */
record RuleSet(ReminderRule company, Map<Long, ReminderRule> byProject) {

    static RuleSet of(List<ReminderRule> rules) {
        ReminderRule company = rules.stream().filter(r -> r.getProjectId() == ReminderRule.COMPANY).findFirst()
                .orElseThrow(() -> new IllegalStateException("no company rule"));
        return new RuleSet(company, rules.stream().filter(r -> r.getProjectId() != ReminderRule.COMPANY)
                .collect(Collectors.toMap(ReminderRule::getProjectId, Function.identity())));
    }

    ReminderRule forProject(long projectId) {
        return byProject.getOrDefault(projectId, company);
    }
}
