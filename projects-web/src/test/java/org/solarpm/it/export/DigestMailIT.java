package org.solarpm.it.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;
import org.solarpm.it.SolarPmApp;
import org.solarpm.it.TestEnvironment;

/**
 * The 08:00 executive digest e-mail carries the digest PDF of the recipient (whole company, their
 * language, their name in the watermark), received by GreenMail and read back with PDFBox; a delivery
 * that failed while SMTP was down is retried with the very same attachment.
 */
class DigestMailIT {

    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @BeforeAll
    static void fastOutbox() {
        Api.Response r = Api.as("admin").put("/api/v1/reminder-rules",
                "{\"rules\":[{\"code\":\"OUTBOX_DELIVERY\",\"cron\":\"0/2 * * * * ?\",\"enabled\":true}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @AfterAll
    static void normalOutbox() {
        Api.as("admin").put("/api/v1/reminder-rules", "{\"rules\":[{\"code\":\"OUTBOX_DELIVERY\",\"cron\":\"0/20 * * * * ?\",\"enabled\":true}]}");
    }

    @Test
    void shouldAttachTheDigestPdfOfTheWholeCompanyInTheRecipientsLanguage() throws Exception {
        String email = newExecutive("数字", "zh-CN");
        runDigest();
        MimeMessage mail = await(() -> received(email), Duration.ofSeconds(60));
        assertThat(mail.getSubject()).contains(YESTERDAY.toString());
        Part pdf = pdfPart(mail);
        assertThat(pdf.getFileName()).isEqualTo("每日经营简报-" + YESTERDAY + ".pdf");
        assertThat(String.join(" ", pdf.getHeader("Content-Disposition"))).contains("attachment").contains("filename*");
        String text = DigestAndPortfolioExportIT.text(pdf.getInputStream().readAllBytes());
        assertThat(text).contains("每日经营简报", YESTERDAY.toString(), "简报人 数字");
        List<String> codes = reportingProjects();
        assertThat(codes).as("demo data has projects reporting yesterday").isNotEmpty();
        assertThat(text).contains(codes);
    }

    @Test
    void shouldSendTheSameAttachmentWhenAFailedDeliveryIsRetried() throws Exception {
        String email = newExecutive("重试", "en");
        long userId = userId(email);
        TestEnvironment.mail().stop();
        try {
            runDigest();
            await(() -> Api.as("admin").get("/api/v1/notification-channels/failures").array().stream().map(v -> v.asJsonObject())
                    .filter(f -> f.getString("channel").equals("EMAIL") && f.getString("recipient").equals("user:" + userId)).findFirst()
                    .orElse(null), Duration.ofSeconds(60));
        } finally {
            TestEnvironment.mail().start();
        }
        MimeMessage mail = await(() -> received(email), Duration.ofSeconds(120));
        Part pdf = pdfPart(mail);
        assertThat(pdf.getFileName()).isEqualTo("daily-digest-" + YESTERDAY + ".pdf");
        byte[] bytes = pdf.getInputStream().readAllBytes();
        assertThat(bytes).isEqualTo(storedAttachment(userId));
        assertThat(DigestAndPortfolioExportIT.text(bytes)).contains("Daily Executive Digest", "简报人 重试");
        Thread.sleep(4_000);
        assertThat(Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter(m -> email.equals(recipient(m))).count()).isEqualTo(1);
    }

    private static void runDigest() {
        Api.Response r = Api.as("admin").post("/api/v1/reminder-rules/EXECUTIVE_DIGEST/run", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static String newExecutive(String name, String language) {
        String username = "dig" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@solarpm.test";
        Api admin = Api.as("admin");
        Api.Response r = admin.post("/api/v1/users", Json.createObjectBuilder().add("username", username).add("displayName", "简报人 " + name)
                .add("password", "solarpm-pw").add("language", language).add("email", email)
                .add("roles", Json.createArrayBuilder().add("EXECUTIVE")).build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        if (!r.json().containsKey("email") || r.json().isNull("email")) {
            assertThat(admin.patch("/api/v1/users/" + r.json().getJsonNumber("id"), "{\"email\":\"" + email + "\"}").status()).isEqualTo(200);
        }
        return email;
    }

    private static List<String> reportingProjects() {
        JsonObject dashboard = Api.as("exec").get("/api/v1/dashboard/portfolio?date=" + YESTERDAY).json();
        return dashboard.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(p -> !"NOT_REQUIRED".equals(p.getString("reportStatus"))).map(p -> p.getString("code")).toList();
    }

    private static Part pdfPart(MimeMessage mail) throws Exception {
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        return pdf;
    }

    private static MimeMessage received(String email) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter(m -> email.equals(recipient(m))).findFirst().orElse(null);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static long userId(String email) throws Exception {
        return query("SELECT id FROM app_user WHERE email = ?", email, rs -> rs.getLong(1));
    }

    private static byte[] storedAttachment(long userId) throws Exception {
        return query("SELECT a.content FROM notification_attachment a JOIN notification_delivery d ON d.id = a.delivery_id"
                + " WHERE d.event_key = 'EXECUTIVE_DIGEST:" + YESTERDAY + "' AND d.recipient = ?", "user:" + userId, rs -> rs.getBytes(1));
    }

    private interface Read<T> {
        T apply(ResultSet rs) throws Exception;
    }

    private static <T> T query(String sql, Object param, Read<T> read) throws Exception {
        SolarPmApp.baseUrl();
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(TestEnvironment.database().url(SolarPmApp.DATABASE));
        ds.setUser("root");
        ds.setPassword("");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(sql + " " + param).isTrue();
                return read.apply(rs);
            }
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
}
