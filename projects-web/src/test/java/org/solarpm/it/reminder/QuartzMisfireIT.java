package org.solarpm.it.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.SchedulerRepository;
import org.quartz.simpl.SimpleThreadPool;
import org.solarpm.it.TestEnvironment;
import org.solarpm.reminder.QuartzSchedulers;

/**
 * SolarPM's Quartz set-up (clustered JDBC JobStore on MariaDB with the Flyway-created QRTZ_ tables,
 * cron trigger with the fire-once misfire policy), real database, real scheduler threads: a reminder
 * whose fire time passes while the scheduler is down fires exactly once afterwards, also when two
 * scheduler instances share the database.
 */
class QuartzMisfireIT {

    private static final String DB = "solarpm_quartz";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static MysqlDataSource dataSource;

    /** Which scheduler instance ran which job, in order. */
    static final Map<String, List<String>> FIRES = new ConcurrentHashMap<>();

    private final List<Scheduler> started = new ArrayList<>();

    public static class CountingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                FIRES.computeIfAbsent(context.getJobDetail().getKey().getName(), k -> new CopyOnWriteArrayList<>())
                        .add(context.getScheduler().getSchedulerInstanceId());
            } catch (org.quartz.SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeAll
    static void migrate() {
        dataSource = new MysqlDataSource();
        dataSource.setURL(TestEnvironment.database().url(DB));
        dataSource.setUser("root");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void stopAll() throws Exception {
        for (Scheduler s : started) {
            s.shutdown(true);
        }
    }

    private Scheduler node(String instanceId) throws Exception {
        SimpleThreadPool threads = new SimpleThreadPool(2, Thread.NORM_PRIORITY);
        Scheduler s = QuartzSchedulers.create("SolarPMTest", instanceId, dataSource, threads, 1_000, 1_000);
        // Two nodes of one cluster in one JVM: Quartz's lookup registry would refuse the second name.
        SchedulerRepository.getInstance().remove("SolarPMTest");
        started.add(s);
        return s;
    }

    /** A daily cron trigger whose only fire today lies {@code seconds} from now. */
    private static Trigger dailyAt(String job, int seconds) {
        ZonedDateTime at = ZonedDateTime.now(ZONE).plusSeconds(seconds);
        String cron = at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * ?";
        return QuartzSchedulers.cronTrigger(job, "test", job, cron, TimeZone.getTimeZone(ZONE));
    }

    private static void schedule(Scheduler s, String job, Trigger trigger) throws Exception {
        s.scheduleJob(JobBuilder.newJob(CountingJob.class).withIdentity(job, "test").storeDurably().build(), trigger);
    }

    private static List<String> firesOf(String job) {
        return FIRES.getOrDefault(job, List.of());
    }

    private static void await(String job, int count, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (firesOf(job).size() < count && System.nanoTime() < end) {
            Thread.sleep(100);
        }
    }

    @Test
    void shouldFireAMissedReminderExactlyOnceAfterThePause() throws Exception {
        String job = "paused-" + System.nanoTime();
        Scheduler a = node("node-a-" + System.nanoTime());
        schedule(a, job, dailyAt(job, 3));
        a.start();
        a.standby();
        Thread.sleep(6_000); // the fire time passes (and the 1 s misfire threshold) while paused
        assertThat(firesOf(job)).isEmpty();

        a.start();
        await(job, 1, Duration.ofSeconds(15));
        Thread.sleep(3_000); // anything more would come now
        assertThat(firesOf(job)).hasSize(1);
        Trigger after = a.getTrigger(org.quartz.TriggerKey.triggerKey(job, "test"));
        assertThat(after.getNextFireTime().toInstant()).isAfter(java.time.Instant.now().plus(Duration.ofHours(23)));
    }

    @Test
    void shouldFireOnceOnOneNodeWhenTwoNodesComeBackAfterDowntime() throws Exception {
        String job = "downtime-" + System.nanoTime();
        Scheduler setup = node("setup-" + System.nanoTime());
        schedule(setup, job, dailyAt(job, 2));
        setup.shutdown(false); // the whole cluster is down across the fire time
        started.remove(setup);
        Thread.sleep(5_000);

        Scheduler a = node("node-a-" + System.nanoTime());
        Scheduler b = node("node-b-" + System.nanoTime());
        a.start();
        b.start();
        await(job, 1, Duration.ofSeconds(20));
        Thread.sleep(4_000);
        assertThat(firesOf(job)).hasSize(1);
        assertThat(firesOf(job).get(0)).isIn(a.getSchedulerInstanceId(), b.getSchedulerInstanceId());
    }

    @Test
    void shouldRunEachFireOnceWithTwoNodesRunning() throws Exception {
        String job = "running-" + System.nanoTime();
        Scheduler a = node("node-a-" + System.nanoTime());
        Scheduler b = node("node-b-" + System.nanoTime());
        a.start();
        b.start();
        schedule(a, job, dailyAt(job, 3));
        await(job, 1, Duration.ofSeconds(15));
        Thread.sleep(3_000);
        assertThat(firesOf(job)).hasSize(1);
    }
}
