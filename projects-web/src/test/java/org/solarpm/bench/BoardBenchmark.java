package org.solarpm.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Board load and card moves on boards of 1,000 and 5,000 open cards, against a running dev server
 * (started with SOLARPM_DIAGNOSTICS_SQL_COUNT=true). Creates one project per size through the API,
 * seeds the cards straight into the database (spread over the four columns, a third with an
 * assignee and a label), then measures
 * <ul>
 * <li>{@code GET /projects/{id}/board}: end to end over loopback and in the server (Server-Timing);</li>
 * <li>the floor: one hand-written SQL query over JDBC returning the same cards with assignees and labels;</li>
 * <li>moves one after another (end to end and in the server), SQL statements per move ({@code X-SQL-Statements});</li>
 * <li>moves/s with 8 concurrent clients for 15 s (each client moves its own cards, so no conflicts).</li>
 * </ul>
 * <pre>
 * ./mvnw -q -Pbench -DskipTests verify -Dbench=BoardBenchmark -Dexec.args=... (see docs/BENCHMARKS.md)
 * </pre>
 */
public final class BoardBenchmark {

    private static final String[] COLUMNS = {"TODO", "IN_PROGRESS", "REVIEW", "DONE"};

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://127.0.0.1:8484");
        String db = System.getProperty("db", "jdbc:mysql://127.0.0.1:3484/solarpm?sslMode=DISABLED&allowPublicKeyRetrieval=true");
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 15);
        for (int size : new int[] {1000, 5000}) {
            run(base, db, size, clients, seconds);
        }
    }

    private static void run(String base, String db, int size, int clients, int seconds) throws Exception {
        BenchClient pm = new BenchClient(base, "pm");
        long project = newProject(pm);
        try (Connection c = DriverManager.getConnection(db + "&rewriteBatchedStatements=true", "solarpm", "solarpm")) {
            seed(c, project, size);
            int open = openCards(pm, project);
            Results.scenario("board " + String.format("%,d", open) + " cards");
            System.out.printf("%n=== board with %d open cards (project %d) ===%n", open, project);
            boardLoad(pm, project);
            floor(c, project);
            Double api = Results.median(Results.scenario(), "GET board, in the server");
            Double floor = Results.median(Results.scenario(), "floor");
            if (api != null && floor != null) {
                System.out.printf("ratio API (server median) / floor median: %.2f%n", api / floor);
                Results.value("ratio API server median / floor median", api / floor, "x");
            }
        }
        sequentialMoves(pm, project);
        concurrentMoves(base, project, clients, seconds);
    }

    private static long newProject(BenchClient pm) throws Exception {
        long manager = pm.get("/api/v1/me").getJsonNumber("id").longValue();
        String branches = BenchClient.check(pm.send("GET", "/api/v1/branches", null, null)).body();
        long branch = Long.parseLong(branches.replaceAll("(?s)^\\[\\{\"[^}]*?\"id\":(\\d+).*", "$1"));
        String code = "BB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonObject p = pm.post("/api/v1/projects", "{\"templateCode\":\"ci-rooftop\",\"code\":\"" + code + "\",\"name\":\"Board bench\","
                + "\"customer\":\"Bench\",\"site\":{\"address\":\"Jiangsu\"},\"capacityKwp\":2000,\"plannedStart\":\"2026-04-01\","
                + "\"branchId\":" + branch + ",\"managerId\":" + manager + "}");
        return p.getJsonNumber("id").longValue();
    }

    /** Cards straight into the database; WIP limits removed so every column can hold its share. */
    private static void seed(Connection c, long project, int size) throws Exception {
        long board;
        Map<String, Long> columns = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT b.id, col.code, col.id FROM board b JOIN board_column col ON col.board_id = b.id"
                + " WHERE b.project_id = ?")) {
            ps.setLong(1, project);
            ResultSet rs = ps.executeQuery();
            board = -1;
            while (rs.next()) {
                board = rs.getLong(1);
                columns.put(rs.getString(2), rs.getLong(3));
            }
        }
        long existing;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM card WHERE board_id = ?")) {
            ps.setLong(1, board);
            ResultSet rs = ps.executeQuery();
            rs.next();
            existing = rs.getLong(1);
        }
        long pmId;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM app_user WHERE username = 'pm'")) {
            ResultSet rs = ps.executeQuery();
            rs.next();
            pmId = rs.getLong(1);
        }
        c.setAutoCommit(false);
        try (PreparedStatement wip = c.prepareStatement("UPDATE board_column SET wip_limit = NULL WHERE board_id = ?")) {
            wip.setLong(1, board);
            wip.executeUpdate();
        }
        int add = (int) (size - existing);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO card (board_id, column_id, code, title_zh, title_en, stage, `rank`,"
                + " created_at, priority, due_date) VALUES (?, ?, ?, ?, ?, 'CONSTRUCTION', ?, NOW(3), 'NORMAL', DATE_ADD(CURDATE(), INTERVAL ? DAY))")) {
            for (int i = 0; i < add; i++) {
                ps.setLong(1, board);
                ps.setLong(2, columns.get(COLUMNS[i % 4]));
                ps.setString(3, "BENCH-" + i);
                ps.setString(4, "组件安装 第 " + i + " 组串");
                ps.setString(5, "Module installation string " + i);
                ps.setString(6, String.format("z%08d", i + 1));
                ps.setInt(7, (i % 60) - 20);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement a = c.prepareStatement("INSERT INTO card_assignee (card_id, user_id) SELECT id, ? FROM card"
                + " WHERE board_id = ? AND MOD(id, 3) = 0");
             PreparedStatement l = c.prepareStatement("INSERT INTO card_label (card_id, label) SELECT id, '屋面' FROM card"
                     + " WHERE board_id = ? AND MOD(id, 3) = 1")) {
            a.setLong(1, pmId);
            a.setLong(2, board);
            a.executeUpdate();
            l.setLong(1, board);
            l.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static int openCards(BenchClient pm, long project) throws Exception {
        return pm.get("/api/v1/projects/" + project + "/board").getInt("cardCount");
    }

    private static void boardLoad(BenchClient pm, long project) throws Exception {
        String path = "/api/v1/projects/" + project + "/board";
        for (int i = 0; i < 30; i++) {
            BenchClient.check(pm.send("GET", path, null, null));
        }
        int n = 200;
        double[] e2e = new double[n];
        double[] server = new double[n];
        double[] statements = new double[n];
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = BenchClient.check(pm.send("GET", path, null, null));
            e2e[i] = (System.nanoTime() - t0) / 1e6;
            server[i] = serverTiming(r);
            statements[i] = Double.parseDouble(r.headers().firstValue("X-SQL-Statements").orElse("-1"));
            bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.println(BenchClient.summary("GET board, in the server (Server-Timing)", server, "ms"));
        System.out.println(BenchClient.summary("GET board, end to end over loopback", e2e, "ms"));
        System.out.println(BenchClient.summary("GET board, SQL statements", statements, ""));
        System.out.printf("GET board response size: %d KiB%n", bytes / 1024);
    }

    /** The floor: the same open cards with assignees and labels in one hand-written query, read over JDBC. */
    private static void floor(Connection c, long project) throws Exception {
        String sql = "SELECT c.id, c.code, c.title_zh, c.column_id, c.swimlane_id, c.`rank`, c.version, c.due_date, c.priority,"
                + " (SELECT GROUP_CONCAT(u.display_name) FROM card_assignee a JOIN app_user u ON u.id = a.user_id WHERE a.card_id = c.id),"
                + " (SELECT GROUP_CONCAT(l.label) FROM card_label l WHERE l.card_id = c.id)"
                + " FROM card c JOIN board b ON b.id = c.board_id WHERE b.project_id = ? AND c.archived_at IS NULL ORDER BY c.column_id, c.`rank`";
        int n = 200;
        double[] ms = new double[n + 30];
        for (int i = 0; i < n + 30; i++) {
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, project);
                ResultSet rs = ps.executeQuery();
                int rows = 0;
                while (rs.next()) {
                    rs.getString(3);
                    rs.getString(10);
                    rows++;
                }
                if (rows == 0) {
                    throw new IllegalStateException("no cards");
                }
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.println(BenchClient.summary("floor: one SQL query over JDBC", java.util.Arrays.copyOfRange(ms, 30, n + 30), "ms"));
    }

    /** One client's cards and where they are, so that it can move them without conflicts. */
    private static final class Deck {
        final List<long[]> cards = new ArrayList<>(); // {id, columnIndex, version}
        final Map<String, Long> columns = new HashMap<>();
        final Random random;

        Deck(JsonObject board, int client, int clients) {
            random = new Random(client);
            int i = 0;
            for (JsonValue v : board.getJsonArray("columns")) {
                JsonObject col = v.asJsonObject();
                columns.put(col.getString("code"), col.getJsonNumber("id").longValue());
                int index = java.util.Arrays.asList(COLUMNS).indexOf(col.getString("code"));
                for (JsonValue cv : col.getJsonArray("cards")) {
                    if (i++ % clients == client) {
                        JsonObject card = cv.asJsonObject();
                        cards.add(new long[] {card.getJsonNumber("id").longValue(), index, card.getInt("version")});
                    }
                }
            }
        }

        /** A move of a random own card to a random column, after another own card there (or to the top). */
        String nextMove(long[][] picked) {
            long[] card = cards.get(random.nextInt(cards.size()));
            int to = random.nextInt(4);
            long[] after = null;
            for (int tries = 0; tries < 5 && after == null; tries++) {
                long[] other = cards.get(random.nextInt(cards.size()));
                if (other != card && other[1] == to) {
                    after = other;
                }
            }
            picked[0] = card;
            picked[1] = new long[] {to};
            return "{\"toColumnId\":" + columns.get(COLUMNS[to]) + (after == null ? "" : ",\"afterCardId\":" + after[0])
                    + ",\"version\":" + card[2] + "}";
        }

        void moved(long[][] picked, JsonObject result) {
            picked[0][1] = picked[1][0];
            picked[0][2] = result.getInt("version");
        }
    }

    private static void sequentialMoves(BenchClient pm, long project) throws Exception {
        Deck deck = new Deck(pm.get("/api/v1/projects/" + project + "/board"), 0, 1);
        int n = 500;
        double[] e2e = new double[n];
        double[] server = new double[n];
        double[] statements = new double[n];
        long[][] picked = new long[2][];
        for (int i = -50; i < n; i++) {
            String body = deck.nextMove(picked);
            long t0 = System.nanoTime();
            HttpResponse<String> r = BenchClient.check(pm.send("POST", "/api/v1/cards/" + picked[0][0] + "/move",
                    body.getBytes(StandardCharsets.UTF_8), "application/json"));
            double ms = (System.nanoTime() - t0) / 1e6;
            deck.moved(picked, BenchClient.json(r.body()));
            if (i >= 0) {
                e2e[i] = ms;
                server[i] = serverTiming(r);
                statements[i] = Double.parseDouble(r.headers().firstValue("X-SQL-Statements").orElse("-1"));
            }
        }
        System.out.println(BenchClient.summary("move, in the server (Server-Timing)", server, "ms"));
        System.out.println(BenchClient.summary("move, end to end over loopback", e2e, "ms"));
        System.out.println(BenchClient.summary("move, SQL statements", statements, ""));
    }

    private static void concurrentMoves(String base, long project, int clients, int seconds) throws Exception {
        List<BenchClient> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sessions.add(new BenchClient(base, "pm"));
        }
        JsonObject board = sessions.get(0).get("/api/v1/projects/" + project + "/board");
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Deck deck = new Deck(board, i, clients);
            BenchClient client = sessions.get(i);
            Thread t = new Thread(() -> {
                long[][] picked = new long[2][];
                try {
                    start.await();
                    while (System.nanoTime() < window[1]) {
                        String body = deck.nextMove(picked);
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = client.send("POST", "/api/v1/cards/" + picked[0][0] + "/move",
                                body.getBytes(StandardCharsets.UTF_8), "application/json");
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (r.statusCode() == 200) {
                            deck.moved(picked, BenchClient.json(r.body()));
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("%d concurrent clients for %.1f s: %d moves ok, %d refused, %.0f moves/s%n", clients, elapsed, ok.get(),
                failed.get(), ok.get() / elapsed);
        Results.value("moves/s with " + clients + " clients", ok.get() / elapsed, "/s");
        System.out.println(BenchClient.summary("move under load, end to end", ms, "ms"));
    }

    private static double serverTiming(HttpResponse<String> r) {
        return Double.parseDouble(r.headers().firstValue("Server-Timing").orElse("dur=-1").replaceAll(".*dur=", ""));
    }
}
