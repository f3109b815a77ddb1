package org.solarpm.it.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.board.Boards.board;
import static org.solarpm.it.board.Boards.card;
import static org.solarpm.it.board.Boards.column;
import static org.solarpm.it.board.Boards.columnId;
import static org.solarpm.it.board.Boards.move;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Bad input to the board API gets a clear, localised 4xx and changes nothing. */
class BoardBadInputIT {

    static Api pm;
    static long project;
    static JsonObject board;
    static JsonObject first;

    @BeforeAll
    static void setUp() {
        pm = Api.as("pm");
        project = Boards.newProject(pm);
        board = board(pm, project);
        first = column(board, "TODO").getJsonArray("cards").getJsonObject(0);
    }

    private static long firstId() {
        return first.getJsonNumber("id").longValue();
    }

    private static void assertUnchanged() {
        JsonObject now = card(board(pm, project), firstId());
        assertThat(now.getInt("version")).isEqualTo(first.getInt("version"));
        assertThat(now.getJsonNumber("columnId").longValue()).isEqualTo(columnId(board, "TODO"));
    }

    @Test
    void shouldAnswer404ForUnknownColumn() {
        Api.Response r = move(pm, firstId(), 987_654_321L, null, first.getInt("version"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertUnchanged();
    }

    @Test
    void shouldAnswer404ForColumnOfAnotherProjectsBoard() {
        long other = Boards.newProject(pm);
        Api.Response r = move(pm, firstId(), columnId(board(pm, other), "DONE"), null, first.getInt("version"));
        assertThat(r.status()).isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void shouldAnswer400ForAfterCardInAnotherColumnOrItself() {
        long other = column(board, "TODO").getJsonArray("cards").getJsonObject(1).getJsonNumber("id").longValue();
        Api.Response r = move(pm, firstId(), columnId(board, "DONE"), other, first.getInt("version"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("afterCardId");
        assertThat(move(pm, firstId(), columnId(board, "TODO"), firstId(), first.getInt("version")).status()).isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void shouldAnswer404ForCardOfProjectTheCallerIsNotMemberOf() {
        Api buyer = Api.as("buyer");
        assertThat(buyer.get("/api/v1/cards/" + firstId()).status()).isEqualTo(404);
        assertThat(move(buyer, firstId(), columnId(board, "DONE"), null, first.getInt("version")).status()).isEqualTo(404);
        assertThat(buyer.get("/api/v1/projects/" + project + "/board").status()).isEqualTo(404);
        assertThat(buyer.get("/api/v1/projects/" + project + "/board.xlsx").status()).isEqualTo(404);
        assertThat(buyer.post("/api/v1/cards/" + firstId() + "/comments", "{\"body\":\"x\"}").status()).isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void shouldRejectMissingVersionAndMalformedBody() {
        Api.Response r = pm.post("/api/v1/cards/" + firstId() + "/move", "{\"toColumnId\":" + columnId(board, "DONE") + "}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getJsonArray("errors").toString()).contains("version");
        assertThat(pm.post("/api/v1/cards/" + firstId() + "/move", "{not json").status()).isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void shouldRejectNegativeWipLimit() {
        long todo = columnId(board, "TODO");
        Api.Response r = pm.patch("/api/v1/board-columns/" + todo, "{\"wipLimit\":-3}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).contains("wipLimit");
        assertThat(pm.post("/api/v1/projects/" + project + "/board/swimlanes", "{\"name\":\"x\",\"wipLimit\":0}").status()).isEqualTo(400);
        assertThat(column(board(pm, project), "TODO").get("wipLimit")).isIn(null, jakarta.json.JsonValue.NULL);
    }

    @Test
    void shouldRefuseHugeTitleWith413() throws Exception {
        String huge = "{\"title\":\"" + "标".repeat(10 * 1024 * 1024 / 3 + 10) + "\"}";
        int before = board(pm, project).getInt("cardCount");
        // Expect: 100-continue lets the server refuse before the 10 MB are sent
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(org.solarpm.it.SolarPmApp.baseUrl()
                        + "/api/v1/projects/" + project + "/cards")).expectContinue(true)
                .header("Authorization", "Bearer " + pm.token()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(huge)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(board(pm, project).getInt("cardCount")).isEqualTo(before);
        Api.Response tooLong = pm.post("/api/v1/projects/" + project + "/cards", "{\"title\":\"" + "x".repeat(301) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field")).contains("title");
    }

    @Test
    void shouldStoreHtmlAsWritten() {
        String html = "<script>alert('x')</script><b>屋面</b> & \"逆变器\"";
        JsonObject c = Boards.createCard(pm, project, html, null);
        assertThat(c.getString("title")).isEqualTo(html);
        assertThat(pm.get("/api/v1/cards/" + c.getJsonNumber("id")).json().getString("title")).isEqualTo(html);
        Api.Response comment = pm.post("/api/v1/cards/" + c.getJsonNumber("id") + "/comments",
                Json.createObjectBuilder().add("body", html).build().toString());
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.json().getString("body")).isEqualTo(html);
    }

    @Test
    void shouldRejectAssigneeWhoIsNotMemberAndUnknownFilter() {
        long buyer = Boards.userId("buyer");
        Api.Response r = pm.post("/api/v1/projects/" + project + "/cards",
                "{\"title\":\"t\",\"assigneeIds\":[" + buyer + "]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("assigneeIds");
        assertThat(pm.get("/api/v1/projects/" + project + "/board?due=someday").status()).isEqualTo(400);
    }
}
