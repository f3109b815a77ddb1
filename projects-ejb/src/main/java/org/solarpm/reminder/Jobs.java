package org.solarpm.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.solarpm.shared.CompanyClock;

/**
 * The Quartz job, created by {@link CdiJobFactory}: its job key names the rule ({@link JobId}), and it
 * runs that rule through {@link RuleRunner} with the current instant, exactly as "run now" does.
 * {@link DisallowConcurrentExecution} holds per job key, cluster-wide with the JDBC store.
 */
public final class Jobs {

    private Jobs() {
    }

    @Dependent
    @DisallowConcurrentExecution
    public static class RuleJob implements Job {
        @Inject
        RuleRunner runner;
        @Inject
        CompanyClock clock;

        @Override
        public void execute(JobExecutionContext context) {
            runner.run(JobId.valueOf(context.getJobDetail().getKey().getName()), clock.now());
        }
    }
}
