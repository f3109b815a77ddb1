package org.solarpm.web.board;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.board.BoardEventLog;
import org.solarpm.identity.SessionTokens;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * Pushes board changes to the viewers connected to this instance. One poller per instance reads
 * new rows of the {@code board_event} outbox every 250 ms (one indexed query) and sends each to
 * the SSE streams of that project; changes made through any instance reach every viewer. Ids are
 * read with a short grace period for gaps, so an event whose transaction commits after a later
 * one is still delivered; a gap older than {@link #GAP_GRACE} (a rolled-back change) is skipped.
 * A viewer removed from the project loses the stream at once (an {@code ACCESS_REVOKED} event);
 * and every {@code solarpm.board.events.recheck-seconds} (60) each viewer's sign-in and right to see
 * the project are checked again, so one who signed out or was deactivated stops receiving too.
 */
@ApplicationScoped
public class BoardLiveUpdates {

    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();
    private static final Logger LOG = Logger.getLogger(BoardLiveUpdates.class.getName());
    static final long POLL_MILLIS = 250;
    static final Duration GAP_GRACE = Duration.ofSeconds(3);
    private static final long HEARTBEAT_MILLIS = 15_000;

    private record Viewer(long userId, String token, SseEventSink sink, Sse sse) {
    }

    @Inject
    BoardEventLog log;

    @Inject
    org.solarpm.shared.CompanyClock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SessionTokens tokens;

    @Inject
    ProjectService projects;

    @Inject
    @ConfigProperty(name = "solarpm.board.events.recheck-seconds", defaultValue = "60")
    int recheckSeconds;

    private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private ScheduledFuture<?> poller;
    private long cursor = -1;
    private final TreeSet<Long> deliveredAhead = new TreeSet<>();
    private Instant gapSince;
    private long lastHeartbeat;
    private long lastPurge;
    private long lastRecheck = System.currentTimeMillis();

    /** Registers a viewer (already authorised) and greets it so that it knows the stream is live. */
    public void subscribe(long projectId, long userId, String token, SseEventSink sink, Sse sse) {
        ensurePolling();
        Viewer v = new Viewer(userId, token, sink, sse);
        viewers.computeIfAbsent(projectId, k -> new CopyOnWriteArraySet<>()).add(v);
        send(projectId, v, sse.newEventBuilder().name("ready").data("{\"type\":\"READY\",\"projectId\":" + projectId + "}")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).build());
    }

    public int viewerCount() {
        return viewers.values().stream().mapToInt(Set::size).sum();
    }

    private synchronized void ensurePolling() {
        if (poller == null) {
            try {
                cursor = log.latestId();
            } catch (Exception e) {
                throw new IllegalStateException("cannot read board events", e);
            }
            poller = scheduler.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void pollSafely() {
        try {
            poll();
            heartbeat();
            recheck();
            purge();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "board event poll failed", e);
        }
    }

    synchronized void poll() throws Exception {
        List<BoardEventLog.Event> events = log.since(cursor, 2000);
        for (BoardEventLog.Event e : events) {
            if (deliveredAhead.contains(e.id())) {
                continue;
            }
            deliver(e);
            deliveredAhead.add(e.id());
        }
        while (deliveredAhead.contains(cursor + 1)) {
            deliveredAhead.remove(++cursor);
        }
        if (deliveredAhead.isEmpty()) {
            gapSince = null;
        } else if (gapSince == null) {
            gapSince = Instant.now();
        } else if (Duration.between(gapSince, Instant.now()).compareTo(GAP_GRACE) > 0) {
            // the missing id belonged to a change that rolled back: stop waiting for it
            cursor = deliveredAhead.first() - 1;
            gapSince = null;
            while (deliveredAhead.contains(cursor + 1)) {
                deliveredAhead.remove(++cursor);
            }
        }
    }

    private void deliver(BoardEventLog.Event e) {
        Set<Viewer> set = viewers.get(e.projectId());
        if (set == null || set.isEmpty()) {
            return;
        }
        if (BoardEventLog.ACCESS_REVOKED.equals(e.type())) {
            long userId = JSON.createReader(new java.io.StringReader(e.payload())).readObject().getJsonNumber("userId").longValue();
            set.stream().filter(v -> v.userId() == userId).forEach(v -> drop(e.projectId(), v));
            return;
        }
        for (Viewer v : set) {
            send(e.projectId(), v, v.sse().newEventBuilder().id(Long.toString(e.id())).data(e.payload())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).build());
        }
    }

    private void heartbeat() {
        long now = System.currentTimeMillis();
        if (now - lastHeartbeat < HEARTBEAT_MILLIS) {
            return;
        }
        lastHeartbeat = now;
        viewers.forEach((projectId, set) -> set.forEach(v -> send(projectId, v, v.sse().newEventBuilder().comment("keep-alive").build())));
    }

    /** Closes the streams of viewers whose sign-in ended or who may no longer see the project. */
    private void recheck() {
        long now = System.currentTimeMillis();
        if (now - lastRecheck < recheckSeconds * 1000L) {
            return;
        }
        lastRecheck = now;
        viewers.forEach((projectId, set) -> set.forEach(v -> {
            if (!stillAllowed(projectId, v)) {
                LOG.fine(() -> "closing the board stream of user " + v.userId() + " on project " + projectId);
                drop(projectId, v);
            }
        }));
    }

    private boolean stillAllowed(long projectId, Viewer v) {
        var user = tokens.resolve(v.token());
        if (user.isEmpty() || user.get().id() != v.userId()) {
            return false;
        }
        try {
            projects.get(user.get().actor(Messages.ZH_CN, null), projectId);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Events older than an hour are of no use to anyone: viewers that were away that long reload the board. */
    private void purge() throws Exception {
        long now = System.currentTimeMillis();
        if (now - lastPurge >= 60_000) {
            lastPurge = now;
            log.purge(clock.now().minus(Duration.ofHours(1)));
        }
    }

    private void send(long projectId, Viewer v, jakarta.ws.rs.sse.OutboundSseEvent event) {
        if (v.sink().isClosed()) {
            drop(projectId, v);
            return;
        }
        try {
            v.sink().send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    drop(projectId, v);
                }
            });
        } catch (RuntimeException e) {
            drop(projectId, v);
        }
    }

    private void drop(long projectId, Viewer v) {
        Set<Viewer> set = viewers.get(projectId);
        if (set != null) {
            set.remove(v);
        }
        try {
            v.sink().close();
        } catch (Exception ignored) {
            // already gone
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
        viewers.values().forEach(set -> set.forEach(v -> {
            try {
                v.sink().close();
            } catch (Exception ignored) {
                // shutting down
            }
        }));
    }
}
