package org.solarpm.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DatabaseMigration;

/**
 * Runs SolarPM's Quartz scheduler: started after the schema migration, clustered over the QRTZ_
 * tables, jobs on the container's managed executor (two at a time), one cron trigger per enabled
 * company rule. A trigger is replaced only when its schedule changed, so a run missed during downtime
 * is still pending when the node comes back and fires once. Shut down at undeploy within a bound.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    BeanManager beans;

    @Inject
    CompanyClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "solarpm.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "solarpm.scheduler.threads", defaultValue = "2")
    int threads;

    @Inject
    @ConfigProperty(name = "solarpm.scheduler.instance-id")
    Optional<String> instanceId;

    private volatile Scheduler scheduler;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Quartz scheduler switched off (solarpm.scheduler.enabled=false)");
            return;
        }
        try {
            String id = instanceId.filter(i -> !i.isBlank()).orElseGet(() -> hostName() + "-" + UUID.randomUUID().toString().substring(0, 8));
            scheduler = QuartzSchedulers.create(QuartzSchedulers.NAME, id, dataSource, new ManagedThreadPool(executor, threads), 7_500,
                    QuartzSchedulers.MISFIRE_THRESHOLD_MS);
            scheduler.setJobFactory(new CdiJobFactory(beans));
            for (ReminderRule rule : em.createNamedQuery(ReminderRule.ALL, ReminderRule.class).getResultList()) {
                if (rule.getProjectId() == ReminderRule.COMPANY) {
                    apply(rule.jobId(), rule.getCron(), rule.isEnabled());
                }
            }
            scheduler.start();
            LOG.info(() -> "Quartz scheduler " + id + " started (clustered JDBC JobStore, " + threads + " threads)");
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz scheduler did not start", e);
        }
    }

    /** Makes the job's trigger match its rule; an unchanged trigger is left alone (it keeps its misfire state). */
    public void apply(JobId job, String cron, boolean on) {
        if (scheduler == null) {
            return;
        }
        try {
            JobKey jobKey = JobKey.jobKey(job.name(), JobId.GROUP);
            if (!scheduler.checkExists(jobKey)) {
                scheduler.addJob(JobBuilder.newJob(job.jobClass()).withIdentity(jobKey).storeDurably().requestRecovery(false).build(), false);
            }
            TriggerKey key = TriggerKey.triggerKey(job.name(), JobId.GROUP);
            Trigger existing = scheduler.getTrigger(key);
            if (!on) {
                scheduler.unscheduleJob(key);
                return;
            }
            TimeZone zone = TimeZone.getTimeZone(clock.zone());
            if (existing instanceof CronTrigger c && c.getCronExpression().equals(cron) && c.getTimeZone().getID().equals(zone.getID())) {
                return;
            }
            CronTrigger trigger = QuartzSchedulers.cronTrigger(job.name(), JobId.GROUP, job.name(), cron, zone);
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.rescheduleJob(key, trigger);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule " + job, e);
        }
    }

    /** Runs a job now (once), e.g. the outbox right after a transaction queued deliveries. */
    public void runNow(JobId job) {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.triggerJob(JobKey.jobKey(job.name(), JobId.GROUP));
        } catch (SchedulerException e) {
            LOG.log(Level.WARNING, "Could not trigger " + job, e);
        }
    }

    public void deliverSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notifications.Queued queued) {
        runNow(JobId.OUTBOX_DELIVERY);
    }

    @PreDestroy
    void stop() {
        Scheduler s = scheduler;
        if (s == null) {
            return;
        }
        scheduler = null;
        Thread stopper = new Thread(() -> {
            try {
                s.shutdown(true);
            } catch (SchedulerException e) {
                LOG.log(Level.WARNING, "Quartz shutdown failed", e);
            }
        }, "quartz-shutdown");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            LOG.warning("Quartz did not shut down within 20 s; continuing undeploy");
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "solarpm";
        }
    }
}
