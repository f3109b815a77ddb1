package org.solarpm.it.board;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.solarpm.it.Api;
import org.solarpm.it.SolarPmApp;
import org.solarpm.it.TestEnvironment;

/** Helpers of the board tests: a fresh project with its board, column and card lookups, bulk seeding over JDBC. */
public final class Boards {

    private Boards() {
    }

    public static long userId(String username) {
        return Api.as(username).get("/api/v1/me").json().getJsonNumber("id").longValue();
    }

    public static long eastBranch() {
        return Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A new ci-rooftop project managed by pm, with {@code site} as site lead member. */
    public static long newProject(Api pm) {
        String code = "BD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response r = pm.post("/api/v1/projects", Json.createObjectBuilder()
                .add("templateCode", "ci-rooftop").add("code", code).add("name", "看板测试 " + code).add("customer", "测试业主")
                .add("site", Json.createObjectBuilder().add("address", "江苏省南京市").add("latitude", 32.06).add("longitude", 118.79))
                .add("capacityKwp", 500).add("plannedStart", "2026-03-01").add("plannedCod", "2026-12-31")
                .add("branchId", eastBranch()).add("managerId", userId("pm")).build().toString());
        if (r.status() != 201) {
            throw new AssertionError("create project: " + r);
        }
        long id = r.json().getJsonNumber("id").longValue();
        Api.Response m = pm.post("/api/v1/projects/" + id + "/members",
                Json.createObjectBuilder().add("userId", userId("site")).add("role", "SITE_LEAD").build().toString());
        if (m.status() / 100 != 2) {
            throw new AssertionError("add member: " + m);
        }
        return id;
    }

    public static JsonObject board(Api api, long projectId) {
        Api.Response r = api.get("/api/v1/projects/" + projectId + "/board");
        if (r.status() != 200) {
            throw new AssertionError("board: " + r);
        }
        return r.json();
    }

    public static JsonObject column(JsonObject board, String code) {
        return board.getJsonArray("columns").stream().map(v -> v.asJsonObject()).filter(c -> c.getString("code").equals(code))
                .findFirst().orElseThrow();
    }

    public static long columnId(JsonObject board, String code) {
        return column(board, code).getJsonNumber("id").longValue();
    }

    public static JsonObject card(JsonObject board, long cardId) {
        return board.getJsonArray("columns").stream().flatMap(c -> c.asJsonObject().getJsonArray("cards").stream())
                .map(v -> v.asJsonObject()).filter(c -> c.getJsonNumber("id").longValue() == cardId).findFirst().orElseThrow();
    }

    public static JsonObject createCard(Api api, long projectId, String title, Long columnId) {
        var b = Json.createObjectBuilder().add("title", title);
        if (columnId != null) {
            b.add("columnId", columnId);
        }
        Api.Response r = api.post("/api/v1/projects/" + projectId + "/cards", b.build().toString());
        if (r.status() != 201) {
            throw new AssertionError("create card: " + r);
        }
        return r.json();
    }

    public static Api.Response move(Api api, long cardId, long toColumnId, Long afterCardId, int version) {
        var b = Json.createObjectBuilder().add("toColumnId", toColumnId).add("version", version);
        if (afterCardId != null) {
            b.add("afterCardId", afterCardId);
        }
        return api.post("/api/v1/cards/" + cardId + "/move", b.build().toString());
    }

    public static int version(Api api, long cardId) {
        return api.get("/api/v1/cards/" + cardId).json().getInt("version");
    }

    public static Connection jdbc() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.database().url(SolarPmApp.DATABASE), "solarpm", "solarpm");
    }

    /** Adds {@code n} cards to a column straight in the database (seeding a big board in a second). */
    public static void seed(long projectId, long columnId, int n) throws SQLException {
        try (Connection c = jdbc()) {
            long boardId;
            try (var ps = c.prepareStatement("SELECT id FROM board WHERE project_id = ?")) {
                ps.setLong(1, projectId);
                var rs = ps.executeQuery();
                rs.next();
                boardId = rs.getLong(1);
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO card (board_id, column_id, code, title_zh, title_en, stage, `rank`,"
                    + " created_at, priority) VALUES (?, ?, ?, ?, ?, 'CONSTRUCTION', ?, NOW(3), 'NORMAL')")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, boardId);
                    ps.setLong(2, columnId);
                    ps.setString(3, "SEED-" + columnId + "-" + i);
                    ps.setString(4, "批量卡片 " + i);
                    ps.setString(5, "Seeded card " + i);
                    ps.setString(6, String.format("z%08d", i + 1));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }
}
