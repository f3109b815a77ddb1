package org.solarpm.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.spi.ThreadPool;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * How SolarPM builds its Quartz scheduler and triggers, in one place for the application and the
 * tests: JDBC JobStore (QRTZ_ tables from Flyway) on the application's DataSource, clustered, and
 * cron triggers in the company time zone whose misfire policy fires a missed run once, at once,
 * then goes on with the schedule (never twice, never dropped).
 */
public final class QuartzSchedulers {

    public static final String NAME = "SolarPM";
    /** A fire later than this counts as missed; then the misfire policy decides. */
    public static final long MISFIRE_THRESHOLD_MS = 60_000;

    private QuartzSchedulers() {
    }

    public static Scheduler create(String schedulerName, String instanceId, DataSource dataSource, ThreadPool threads,
                                   long clusterCheckinMs, long misfireThresholdMs) throws SchedulerException {
        String dsName = "solarpm-" + schedulerName + "-" + instanceId;
        DBConnectionManager.getInstance().addConnectionProvider(dsName, new DataSourceProvider(dataSource));
        JobStoreTX store = new JobStoreTX();
        store.setDataSource(dsName);
        store.setTablePrefix("QRTZ_");
        try {
            store.setDriverDelegateClass(StdJDBCDelegate.class.getName());
        } catch (org.quartz.impl.jdbcjobstore.InvalidConfigurationException e) {
            throw new SchedulerException(e);
        }
        store.setIsClustered(true);
        store.setClusterCheckinInterval(clusterCheckinMs);
        store.setMisfireThreshold(misfireThresholdMs);
        store.setAcquireTriggersWithinLock(true);
        store.setInstanceId(instanceId);
        store.setInstanceName(schedulerName);
        DirectSchedulerFactory factory = DirectSchedulerFactory.getInstance();
        factory.createScheduler(schedulerName, instanceId, threads, store);
        return factory.getScheduler(schedulerName);
    }

    public static CronTrigger cronTrigger(String name, String group, String jobName, String cron, TimeZone zone) {
        return TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(name, group)).forJob(jobName, group)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Quartz gets its connections from the application's pool. */
    static final class DataSourceProvider implements ConnectionProvider {
        private final DataSource dataSource;

        DataSourceProvider(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool belongs to the container
        }

        @Override
        public void initialize() {
            // nothing to set up
        }
    }
}
