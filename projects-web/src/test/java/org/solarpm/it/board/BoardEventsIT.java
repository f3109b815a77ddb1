package org.solarpm.it.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.board.Boards.board;
import static org.solarpm.it.board.Boards.column;
import static org.solarpm.it.board.Boards.columnId;
import static org.solarpm.it.board.Boards.move;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;
import org.solarpm.it.SolarPmApp;

/**
 * The live board: a second user's SSE stream receives a move, a new card and an edit within a second;
 * a viewer removed from the project or signed out loses the stream.
 */
class BoardEventsIT {

    /** Reads "data:" lines of an SSE stream on its own thread. */
    static final class SseClient implements AutoCloseable {
        final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
        /** Counted down when the server ends the stream. */
        final CountDownLatch ended = new CountDownLatch(1);
        final int status;
        private final InputStream body;
        private final Thread reader;

        SseClient(String token, long projectId) throws Exception {
            HttpRequest req = HttpRequest.newBuilder(URI.create(SolarPmApp.baseUrl() + "/api/v1/projects/" + projectId + "/board/events"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofInputStream());
            status = r.statusCode();
            body = r.body();
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("data:")) {
                            events.add(Json.createReader(new StringReader(line.substring(5).trim())).readObject());
                        }
                    }
                } catch (Exception closed) {
                    // stream closed by close()
                } finally {
                    ended.countDown();
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        JsonObject next(String type, Duration within) throws InterruptedException {
            long end = System.nanoTime() + within.toNanos();
            for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
                JsonObject e = events.poll(left, TimeUnit.NANOSECONDS);
                if (e != null && type.equals(e.getString("type"))) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }

    @Test
    void shouldDeliverMoveNewCardAndEditToAnotherViewerWithinASecond() throws Exception {
        Api pm = Api.as("pm");
        Api site = Api.as("site");
        long project = Boards.newProject(pm);
        JsonObject b = board(pm, project);
        try (SseClient viewer = new SseClient(site.token(), project)) {
            assertThat(viewer.status).isEqualTo(200);
            assertThat(viewer.next("READY", Duration.ofSeconds(10))).isNotNull();

            JsonObject x = column(b, "TODO").getJsonArray("cards").getJsonObject(0);
            long t0 = System.nanoTime();
            assertThat(move(pm, x.getJsonNumber("id").longValue(), columnId(b, "IN_PROGRESS"), null, x.getInt("version")).status())
                    .isEqualTo(200);
            JsonObject moved = viewer.next("CARD_MOVED", Duration.ofSeconds(1));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(moved).as("move event within 1 s").isNotNull();
            assertThat(moved.getJsonNumber("cardId").longValue()).isEqualTo(x.getJsonNumber("id").longValue());
            assertThat(moved.getJsonNumber("columnId").longValue()).isEqualTo(columnId(b, "IN_PROGRESS"));
            assertThat(moved.getString("by")).isEqualTo("张伟");
            assertThat(ms).isLessThan(1000);

            JsonObject created = Boards.createCard(pm, project, "组件进场验收", null);
            JsonObject createdEvent = viewer.next("CARD_CREATED", Duration.ofSeconds(1));
            assertThat(createdEvent).isNotNull();
            assertThat(createdEvent.getString("titleZh")).isEqualTo("组件进场验收");

            Api.Response edit = pm.patch("/api/v1/cards/" + created.getJsonNumber("id"),
                    "{\"version\":" + created.getInt("version") + ",\"priority\":\"URGENT\"}");
            assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
            JsonObject edited = viewer.next("CARD_UPDATED", Duration.ofSeconds(1));
            assertThat(edited).isNotNull();
            assertThat(edited.getString("priority")).isEqualTo("URGENT");
        }
    }

    @Test
    void shouldEndTheStreamOfAViewerRemovedFromTheProjectOrSignedOut() throws Exception {
        Api pm = Api.as("pm");
        long project = Boards.newProject(pm);
        try (SseClient removed = new SseClient(Api.as("site").token(), project)) {
            assertThat(removed.next("READY", Duration.ofSeconds(10))).isNotNull();
            assertThat(removed.ended.await(2, TimeUnit.SECONDS)).as("stream stays open while allowed").isFalse();
            Api.Response r = pm.delete("/api/v1/projects/" + project + "/members/" + Boards.userId("site"));
            assertThat(r.status()).as(r.toString()).isEqualTo(204);
            assertThat(removed.ended.await(10, TimeUnit.SECONDS)).as("stream ended after removal from the project").isTrue();
        }
        Api exec = Api.as("exec");
        try (SseClient signedOut = new SseClient(exec.token(), project)) {
            assertThat(signedOut.next("READY", Duration.ofSeconds(10))).isNotNull();
            assertThat(exec.delete("/api/v1/session").status()).isEqualTo(204);
            assertThat(signedOut.ended.await(10, TimeUnit.SECONDS)).as("stream ended after sign-out").isTrue();
        }
    }

    @Test
    void shouldRefuseEventStreamOfProjectTheCallerCannotSee() throws Exception {
        long project = Boards.newProject(Api.as("pm"));
        try (SseClient buyer = new SseClient(Api.as("buyer").token(), project)) {
            assertThat(buyer.status).isEqualTo(404);
        }
        try (SseClient anonymous = new SseClient("nonsense", project)) {
            assertThat(anonymous.status).isEqualTo(401);
        }
    }
}
