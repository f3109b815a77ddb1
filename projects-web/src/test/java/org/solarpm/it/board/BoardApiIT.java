package org.solarpm.it.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.board.Boards.board;
import static org.solarpm.it.board.Boards.card;
import static org.solarpm.it.board.Boards.column;
import static org.solarpm.it.board.Boards.columnId;
import static org.solarpm.it.board.Boards.createCard;
import static org.solarpm.it.board.Boards.move;
import static org.solarpm.it.board.Boards.version;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box tests of the board API: moves, order, WIP limits, conflicts, statements per move. */
class BoardApiIT {

    static Api pm;
    static Api site;

    @BeforeAll
    static void signIn() {
        pm = Api.as("pm");
        site = Api.as("site");
    }

    @Test
    void shouldMoveCardAfterAnotherAndKeepOrderOnReload() {
        long project = Boards.newProject(pm);
        JsonObject b = board(pm, project);
        long todo = columnId(b, "TODO");
        long done = columnId(b, "DONE");
        long a = createCard(pm, project, "A", done).getJsonNumber("id").longValue();
        long c = createCard(pm, project, "C", done).getJsonNumber("id").longValue();
        JsonObject first = column(b, "TODO").getJsonArray("cards").getJsonObject(0);
        long x = first.getJsonNumber("id").longValue();

        Api.Response r = move(pm, x, done, a, first.getInt("version"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("version")).isEqualTo(first.getInt("version") + 1);
        List<Long> order = column(board(pm, project), "DONE").getJsonArray("cards").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(order).containsExactly(a, x, c);
        assertThat(column(board(pm, project), "TODO").getJsonArray("cards").stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == x)).isTrue();
        assertThat(todo).isNotEqualTo(done);
    }

    @Test
    void shouldKeepOrderUnderHundredsOfMovesBetweenTheSameTwoCards() {
        long project = Boards.newProject(pm);
        long done = columnId(board(pm, project), "DONE");
        long a = createCard(pm, project, "A", done).getJsonNumber("id").longValue();
        long x = createCard(pm, project, "X", done).getJsonNumber("id").longValue();
        long y = createCard(pm, project, "Y", done).getJsonNumber("id").longValue();
        long bCard = createCard(pm, project, "B", done).getJsonNumber("id").longValue();
        int vx = version(pm, x);
        int vy = version(pm, y);
        // X and Y take turns to jump directly behind A: the gap after A halves every move
        for (int i = 0; i < 300; i++) {
            Api.Response r = move(pm, i % 2 == 0 ? x : y, done, a, i % 2 == 0 ? vx : vy);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            if (i % 2 == 0) {
                vx = r.json().getInt("version");
            } else {
                vy = r.json().getInt("version");
            }
            assertThat(r.json().getString("rank").length()).isLessThanOrEqualTo(48);
        }
        List<Long> order = column(board(pm, project), "DONE").getJsonArray("cards").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(order).containsExactly(a, y, x, bCard);
    }

    @Test
    void shouldRefuseMoveIntoFullColumnWithLimitInMessageAndChangeNothing() {
        long project = Boards.newProject(pm);
        JsonObject b = board(pm, project);
        long review = columnId(b, "REVIEW");
        int limit = column(b, "REVIEW").getInt("wipLimit");
        for (int i = 0; i < limit; i++) {
            createCard(pm, project, "R" + i, review);
        }
        JsonObject x = column(b, "TODO").getJsonArray("cards").getJsonObject(0);
        long xId = x.getJsonNumber("id").longValue();

        Api.Response zh = move(site, xId, review, null, x.getInt("version"));
        Api.Response en = move(site.header("Accept-Language", "en"), xId, review, null, x.getInt("version"));

        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.json().getString("detail")).contains("在制品上限 " + limit);
        assertThat(en.json().getString("detail")).contains("WIP limit of " + limit);
        JsonObject after = board(pm, project);
        assertThat(column(after, "REVIEW").getInt("cardCount")).isEqualTo(limit);
        assertThat(card(after, xId).getInt("version")).isEqualTo(x.getInt("version"));
    }

    @Test
    void shouldLetPmForceOverLimitWithReasonRecordedButNotSiteLead() {
        long project = Boards.newProject(pm);
        JsonObject b = board(pm, project);
        long review = columnId(b, "REVIEW");
        for (int i = 0; i < column(b, "REVIEW").getInt("wipLimit"); i++) {
            createCard(pm, project, "R" + i, review);
        }
        JsonObject x = column(b, "TODO").getJsonArray("cards").getJsonObject(0);
        long xId = x.getJsonNumber("id").longValue();
        String forced = Json.createObjectBuilder().add("toColumnId", review).add("version", x.getInt("version"))
                .add("force", true).add("reason", "业主验收提前").build().toString();

        assertThat(site.post("/api/v1/cards/" + xId + "/move", forced).status()).isEqualTo(403);
        assertThat(pm.post("/api/v1/cards/" + xId + "/move", Json.createObjectBuilder().add("toColumnId", review)
                .add("version", x.getInt("version")).add("force", true).build().toString()).status()).isEqualTo(400);
        Api.Response r = pm.post("/api/v1/cards/" + xId + "/move", forced);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject details = pm.get("/api/v1/cards/" + xId).json();
        JsonObject last = details.getJsonArray("activity").getJsonObject(0);
        assertThat(last.getString("action")).isEqualTo("MOVED_OVER_LIMIT");
        assertThat(last.getString("detail")).contains("业主验收提前");
    }

    @Test
    void shouldEnforceSwimlaneWipLimit() {
        long project = Boards.newProject(pm);
        Api.Response lane = pm.post("/api/v1/projects/" + project + "/board/swimlanes",
                Json.createObjectBuilder().add("name", "屋面 A 区").add("wipLimit", 1).build().toString());
        assertThat(lane.status()).as(lane.toString()).isEqualTo(201);
        long laneId = lane.json().getJsonNumber("id").longValue();
        JsonObject b = board(pm, project);
        long todo = columnId(b, "TODO");
        var cards = column(b, "TODO").getJsonArray("cards");
        JsonObject one = cards.getJsonObject(0);
        JsonObject two = cards.getJsonObject(1);
        String intoLane = "{\"toColumnId\":" + todo + ",\"toSwimlaneId\":" + laneId + ",\"version\":";

        assertThat(pm.post("/api/v1/cards/" + one.getJsonNumber("id") + "/move", intoLane + one.getInt("version") + "}").status())
                .isEqualTo(200);
        Api.Response refused = pm.post("/api/v1/cards/" + two.getJsonNumber("id") + "/move", intoLane + two.getInt("version") + "}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("屋面 A 区").contains("1");
        assertThat(card(board(pm, project), two.getJsonNumber("id").longValue()).get("swimlaneId")).isIn(null, jakarta.json.JsonValue.NULL);
    }

    @Test
    void shouldGiveExactlyOneSuccessAndOneConflictForConcurrentMovesOfOneCard() throws Exception {
        long project = Boards.newProject(pm);
        JsonObject b = board(pm, project);
        long done = columnId(b, "DONE");
        long inProgress = columnId(b, "IN_PROGRESS");
        JsonObject x = column(b, "TODO").getJsonArray("cards").getJsonObject(0);
        long xId = x.getJsonNumber("id").longValue();
        int v = x.getInt("version");
        Api other = Api.as("pm");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch go = new CountDownLatch(1);
                int seen = v;
                Future<Api.Response> f1 = pool.submit(() -> {
                    go.await();
                    return move(pm, xId, done, null, seen);
                });
                Future<Api.Response> f2 = pool.submit(() -> {
                    go.await();
                    return move(other, xId, inProgress, null, seen);
                });
                go.countDown();
                List<Integer> statuses = new ArrayList<>(List.of(f1.get().status(), f2.get().status()));
                assertThat(statuses).as(f1.get() + " / " + f2.get()).containsExactlyInAnyOrder(200, 409);
                Api.Response winner = f1.get().status() == 200 ? f1.get() : f2.get();
                JsonObject now = card(board(pm, project), xId);
                assertThat(now.getInt("version")).isEqualTo(seen + 1);
                assertThat(now.getJsonNumber("columnId").longValue()).isEqualTo(winner.json().getJsonNumber("columnId").longValue());
                v = now.getInt("version");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRejectStaleVersionAndChangeNothing() {
        long project = Boards.newProject(pm);
        JsonObject b = board(pm, project);
        JsonObject x = column(b, "TODO").getJsonArray("cards").getJsonObject(0);
        long xId = x.getJsonNumber("id").longValue();
        Api.Response r = move(pm, xId, columnId(b, "DONE"), null, x.getInt("version") + 7);
        assertThat(r.status()).isEqualTo(409);
        assertThat(card(board(pm, project), xId).getJsonNumber("columnId").longValue()).isEqualTo(columnId(b, "TODO"));
    }

    @Test
    void shouldIssueTheSameNumberOfStatementsPerMoveOn50And5000CardBoards() throws Exception {
        long small = Boards.newProject(pm);
        long large = Boards.newProject(pm);
        Boards.seed(large, columnId(board(pm, large), "DONE"), 5000);
        long smallCount = board(pm, small).getInt("cardCount");
        long largeCount = board(pm, large).getInt("cardCount");
        assertThat(largeCount).isGreaterThanOrEqualTo(5000);
        assertThat(smallCount).isLessThan(200);

        List<Long> smallCounts = statementsOfMoves(small);
        List<Long> largeCounts = statementsOfMoves(large);

        assertThat(largeCounts).isEqualTo(smallCounts);
        assertThat(largeCounts).allMatch(n -> n <= 25);
    }

    /** Statements of: a move to another column's top, a move after a card, a move back to the top. */
    private static List<Long> statementsOfMoves(long project) {
        JsonObject b = board(pm, project);
        long todo = columnId(b, "TODO");
        long done = columnId(b, "DONE");
        JsonObject x = column(b, "TODO").getJsonArray("cards").getJsonObject(0);
        long xId = x.getJsonNumber("id").longValue();
        long after = column(b, "TODO").getJsonArray("cards").getJsonObject(3).getJsonNumber("id").longValue();
        List<Long> counts = new ArrayList<>();
        Api.Response r1 = move(pm, xId, done, null, x.getInt("version"));
        Api.Response r2 = move(pm, xId, todo, after, r1.json().getInt("version"));
        Api.Response r3 = move(pm, xId, todo, null, r2.json().getInt("version"));
        for (Api.Response r : List.of(r1, r2, r3)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            counts.add(Long.parseLong(r.header("X-SQL-Statements")));
        }
        return counts;
    }
}
