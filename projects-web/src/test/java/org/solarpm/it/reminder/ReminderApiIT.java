package org.solarpm.it.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;
import org.solarpm.it.TestEnvironment;

/**
 * Black-box: milestones and notifications with real parts. A replan reaches the decision maker's inbox,
 * GreenMail (SMTP), a DingTalk-format robot and a JSON webhook served by a local HTTP server (the
 * signature verifies); a webhook that is down is retried and gets the event once; bad input is a
 * localised 400 that changes nothing.
 */
class ReminderApiIT {

    private static final String SECRET = "SEC-test-robot-secret";
    private static HttpServer http;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger HOOK_FAILURES_LEFT = new AtomicInteger();

    record Received(String path, String query, String event, String body) {
    }

    @BeforeAll
    static void startReceiverAndFastOutbox() throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            int status = 200;
            if (path.equals("/flaky") && HOOK_FAILURES_LEFT.getAndDecrement() > 0) {
                status = 503;
            } else {
                RECEIVED.add(new Received(path, exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("X-SolarPM-Event"), body));
            }
            byte[] answer = (path.startsWith("/robot") ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        http.start();
        // the outbox job every 2 s (also checks that schedules are editable)
        Api.Response r = Api.as("admin").put("/api/v1/reminder-rules",
                "{\"rules\":[{\"code\":\"OUTBOX_DELIVERY\",\"cron\":\"0/2 * * * * ?\",\"enabled\":true}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        Api.as("admin").put("/api/v1/notification-channels", "[]");
        Api.as("admin").put("/api/v1/reminder-rules", "{\"rules\":[{\"code\":\"OUTBOX_DELIVERY\",\"cron\":\"0/20 * * * * ?\",\"enabled\":true}]}");
        http.stop(0);
    }

    private static String base() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    @Test
    void shouldNotifyTheDecisionMakerOfAReplanInInboxMailDingTalkAndWebhook() throws Exception {
        Api admin = Api.as("admin");
        Api.Response ch = admin.put("/api/v1/notification-channels", "[{\"kind\":\"DINGTALK\",\"name\":\"robot\",\"url\":\"" + base()
                + "/robot/send?access_token=abc\",\"secret\":\"" + SECRET + "\",\"enabled\":true},"
                + "{\"kind\":\"WEBHOOK\",\"name\":\"hook\",\"url\":\"" + base() + "/hook\",\"enabled\":true,\"language\":\"en\"}]");
        assertThat(ch.status()).as(ch.body()).isEqualTo(200);
        assertThat(ch.body()).doesNotContain(SECRET);

        String username = "dm" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@solarpm.test";
        long dmId = createUser(admin, username, email);
        Api pm = Api.as("pm");
        JsonObject project = createProject(pm);
        JsonObject milestone = pm.get("/api/v1/projects/" + project.getJsonNumber("id") + "/milestones").array().getJsonObject(0);
        long id = milestone.getJsonNumber("id").longValue();
        String oldDate = milestone.getString("plannedDate");
        String newDate = java.time.LocalDate.parse(oldDate).plusDays(12).toString();

        assertThat(pm.patch("/api/v1/milestones/" + id, "{\"decisionMakers\":[" + dmId + "]}").status()).isEqualTo(200);
        Api.Response replan = pm.patch("/api/v1/milestones/" + id, "{\"plannedDate\":\"" + newDate + "\",\"reason\":\"组件到货延迟\"}");
        assertThat(replan.status()).as(replan.body()).isEqualTo(200);
        assertThat(replan.json().getString("plannedDate")).isEqualTo(newDate);
        assertThat(pm.get("/api/v1/milestones/" + id + "/history").array().getJsonObject(0).getString("reason")).isEqualTo("组件到货延迟");

        Api dm = Api.as(username, "solarpm-pw");
        JsonObject inbox = dm.get("/api/v1/notifications?unread=true").json();
        assertThat(inbox.getJsonNumber("unread").longValue()).isEqualTo(1);
        JsonObject notice = inbox.getJsonArray("items").getJsonObject(0);
        assertThat(notice.getString("title")).contains(oldDate).contains(newDate);
        assertThat(notice.getString("body")).contains("组件到货延迟");
        assertThat(dm.get("/api/v1/notifications/unread-count").json().getInt("unread")).isEqualTo(1);
        assertThat(dm.post("/api/v1/notifications/" + notice.getJsonNumber("id") + "/read", "").status()).isEqualTo(200);
        assertThat(dm.get("/api/v1/notifications/unread-count").json().getInt("unread")).isZero();
        assertThat(Api.as("exec").post("/api/v1/notifications/" + notice.getJsonNumber("id") + "/read", "").status()).isEqualTo(404);

        MimeMessage mail = await(() -> java.util.Arrays.stream(TestEnvironment.mail().getReceivedMessages())
                .filter(m -> recipient(m).equals(email)).findFirst().orElse(null), Duration.ofSeconds(60));
        assertThat(mail.getSubject()).contains(oldDate).contains(newDate);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).isNotBlank();

        String code = project.getString("code");
        Received robot = await(() -> RECEIVED.stream().filter(r -> r.path().equals("/robot/send") && r.body().contains(code)).findFirst().orElse(null),
                Duration.ofSeconds(60));
        Map<String, String> q = query(robot.query());
        assertThat(q.get("access_token")).isEqualTo("abc");
        assertThat(q.get("sign")).isEqualTo(expectedDingTalkSign(Long.parseLong(q.get("timestamp")), SECRET));
        JsonObject robotJson = Json.createReader(new StringReader(robot.body())).readObject();
        assertThat(robotJson.getString("msgtype")).isEqualTo("markdown");
        assertThat(robotJson.getJsonObject("markdown").getString("text")).startsWith("#### ").contains(oldDate).contains(newDate).contains("组件到货延迟");

        Received hook = await(() -> RECEIVED.stream().filter(r -> r.path().equals("/hook") && r.body().contains(code)).findFirst().orElse(null),
                Duration.ofSeconds(60));
        JsonObject hookJson = Json.createReader(new StringReader(hook.body())).readObject();
        assertThat(hookJson.getString("event")).startsWith("MILESTONE_REPLANNED:").isEqualTo(hook.event());
        assertThat(hookJson.getString("title")).contains("replanned");
    }

    @Test
    void shouldRetryAWebhookThatIsDownAndDeliverItOnce() throws Exception {
        Api admin = Api.as("admin");
        HOOK_FAILURES_LEFT.set(2);
        assertThat(admin.put("/api/v1/notification-channels", "[{\"kind\":\"WEBHOOK\",\"name\":\"flaky\",\"url\":\"" + base()
                + "/flaky\",\"enabled\":true}]").status()).isEqualTo(200);
        Api pm = Api.as("pm");
        JsonObject project = createProject(pm);
        String code = project.getString("code");
        long id = pm.get("/api/v1/projects/" + project.getJsonNumber("id") + "/milestones").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(pm.patch("/api/v1/milestones/" + id, "{\"plannedDate\":\"2026-10-10\",\"reason\":\"grid operator\"}").status()).isEqualTo(200);

        await(() -> RECEIVED.stream().filter(r -> r.path().equals("/flaky") && r.body().contains(code)).findFirst().orElse(null),
                Duration.ofSeconds(90));
        Thread.sleep(6_000); // further outbox runs must not send it again
        assertThat(RECEIVED.stream().filter(r -> r.path().equals("/flaky") && r.body().contains(code)).count()).isEqualTo(1);
        assertThat(HOOK_FAILURES_LEFT.get()).isLessThan(0);
    }

    @Test
    void shouldKeepDeliveringInboxAndWebhookWhileSmtpIsDownAndSendTheMailWhenItReturns() throws Exception {
        Api admin = Api.as("admin");
        assertThat(admin.put("/api/v1/notification-channels", "[{\"kind\":\"WEBHOOK\",\"name\":\"ops\",\"url\":\"" + base()
                + "/ops\",\"enabled\":true}]").status()).isEqualTo(200);
        String username = "smtp" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@solarpm.test";
        long dmId = createUser(admin, username, email);
        Api pm = Api.as("pm");
        JsonObject project = createProject(pm);
        String code = project.getString("code");
        long id = pm.get("/api/v1/projects/" + project.getJsonNumber("id") + "/milestones").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(pm.patch("/api/v1/milestones/" + id, "{\"decisionMakers\":[" + dmId + "]}").status()).isEqualTo(200);

        TestEnvironment.mail().stop();
        try {
            assertThat(pm.patch("/api/v1/milestones/" + id, "{\"plannedDate\":\"2026-10-20\",\"reason\":\"SMTP test\"}").status()).isEqualTo(200);
            await(() -> RECEIVED.stream().filter(r -> r.path().equals("/ops") && r.body().contains(code)).findFirst().orElse(null), Duration.ofSeconds(60));
            assertThat(Api.as(username, "solarpm-pw").get("/api/v1/notifications/unread-count").json().getInt("unread")).isEqualTo(1);
            await(() -> admin.get("/api/v1/notification-channels/failures").array().stream().map(v -> v.asJsonObject())
                    .filter(f -> f.getString("channel").equals("EMAIL") && f.getString("recipient").equals("user:" + dmId)).findFirst().orElse(null),
                    Duration.ofSeconds(60));
        } finally {
            TestEnvironment.mail().start();
        }
        MimeMessage mail = await(() -> java.util.Arrays.stream(TestEnvironment.mail().getReceivedMessages())
                .filter(m -> recipient(m).equals(email)).findFirst().orElse(null), Duration.ofSeconds(90));
        assertThat(mail.getSubject()).contains("2026-10-20");
        Thread.sleep(4_000);
        assertThat(java.util.Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter(m -> recipient(m).equals(email)).count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseBadInputWithALocalisedProblemAndChangeNothing() {
        Api pm = Api.as("pm").header("Accept-Language", "en");
        JsonObject project = createProject(pm);
        JsonObject m = pm.get("/api/v1/projects/" + project.getJsonNumber("id") + "/milestones").array().getJsonObject(0);
        long id = m.getJsonNumber("id").longValue();
        String other = java.time.LocalDate.parse(m.getString("plannedDate")).plusDays(3).toString();

        Api.Response noReason = pm.patch("/api/v1/milestones/" + id, "{\"plannedDate\":\"" + other + "\"}");
        assertProblem(noReason, 400, "reason");
        assertThat(noReason.body()).contains("needs a reason");
        Api.Response zh = Api.as("pm").header("Accept-Language", "zh-CN").patch("/api/v1/milestones/" + id, "{\"plannedDate\":\"" + other + "\",\"reason\":\" \"}");
        assertProblem(zh, 400, "reason");
        assertThat(zh.body()).contains("原因");
        assertProblem(pm.patch("/api/v1/milestones/" + id, "{\"plannedDate\":\"2025-01-01\",\"reason\":\"x\"}"), 400, "plannedDate");
        assertThat(pm.get("/api/v1/milestones/" + id).json().getString("plannedDate")).isEqualTo(m.getString("plannedDate"));
        assertThat(pm.get("/api/v1/milestones/" + id + "/history").array()).isEmpty();

        Api admin = Api.as("admin").header("Accept-Language", "en");
        String rulesBefore = admin.get("/api/v1/reminder-rules").body();
        Api.Response cron = admin.put("/api/v1/reminder-rules", "{\"rules\":[{\"code\":\"MILESTONE_DUE\",\"cron\":\"every day\",\"enabled\":true}]}");
        assertProblem(cron, 400, "cron");
        assertThat(cron.body()).contains("invalid cron");
        assertThat(admin.get("/api/v1/reminder-rules").body()).isEqualTo(rulesBefore);

        String channelsBefore = admin.get("/api/v1/notification-channels").body();
        assertProblem(admin.put("/api/v1/notification-channels", "[{\"kind\":\"WEBHOOK\",\"name\":\"x\",\"url\":\"ftp://example.org/x\"}]"), 400, "url");
        assertProblem(admin.put("/api/v1/notification-channels", "[{\"kind\":\"WEBHOOK\",\"name\":\"x\",\"url\":\"javascript:alert(1)\"}]"), 400, "url");
        assertThat(admin.get("/api/v1/notification-channels").body()).isEqualTo(channelsBefore);

        assertThat(Api.as("pm").get("/api/v1/reminder-rules").status()).isEqualTo(403);
        assertProblem(pm.get("/api/v1/milestones?from=2026-13-01&to=2026-12-01"), 400, "from");
    }

    @Test
    void shouldShowTheTimelineAcrossProjectsToExecutives() {
        Api pm = Api.as("pm");
        JsonObject project = createProject(pm);
        var items = Api.as("exec").get("/api/v1/milestones?from=2026-01-01&to=2027-12-31").array();
        assertThat(items.stream().map(v -> v.asJsonObject().getString("projectCode"))).contains(project.getString("code"));
        assertThat(items.getJsonObject(0).getString("status")).isIn("UPCOMING", "DUE_SOON", "OVERDUE", "DONE");
    }

    private static void assertProblem(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
        }
    }

    static long createUser(Api admin, String username, String email) {
        Api.Response r = admin.post("/api/v1/users", Json.createObjectBuilder().add("username", username).add("displayName", "决策人 " + username)
                .add("password", "solarpm-pw").add("language", "zh-CN").add("email", email)
                .add("roles", Json.createArrayBuilder().add("PROJECT_MANAGER")).build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().getJsonNumber("id").longValue();
        if (!r.json().containsKey("email") || r.json().isNull("email")) {
            Api.Response p = admin.patch("/api/v1/users/" + id, "{\"email\":\"" + email + "\"}");
            assertThat(p.status()).as(p.body()).isEqualTo(200);
        }
        return id;
    }

    static JsonObject createProject(Api pm) {
        long branch = Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long pmId = Api.as("pm").get("/api/v1/me").json().getJsonNumber("id").longValue();
        String code = "REM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = Json.createObjectBuilder().add("templateCode", "ci-rooftop").add("code", code).add("name", "提醒测试 " + code)
                .add("customer", "测试业主").add("site", Json.createObjectBuilder().add("address", "江苏省南京市"))
                .add("capacityKwp", 800).add("plannedStart", "2026-03-01").add("plannedCod", "2026-12-31")
                .add("branchId", branch).add("managerId", pmId).build().toString();
        Api.Response r = pm.post("/api/v1/projects", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static <T> T await(Supplier<T> probe, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not received within " + max);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }

    /** DingTalk's documented scheme, computed here independently of SolarPM's code. */
    private static String expectedDingTalkSign(long timestamp, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }
}
