package org.solarpm.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.solarpm.shared.DomainException;

class ReminderRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    @Test
    void shouldRefuseAnInvalidCronAndKeepTheOldSchedule() {
        ReminderRule rule = new ReminderRule(JobId.MILESTONE_DUE, 0, "0 0 8 * * ?", true, "daysBefore=7,1", "admin", NOW);
        assertThatThrownBy(() -> rule.change("every morning", true, "", "admin", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> rule.change("0 0 25 * * ?", true, "", "admin", NOW)).isInstanceOf(DomainException.class);
        assertThat(rule.getCron()).isEqualTo("0 0 8 * * ?");
    }

    @Test
    void shouldCheckParametersPerRule() {
        ReminderRule rule = new ReminderRule(JobId.MILESTONE_DUE, 0, "0 0 8 * * ?", true, "daysBefore=14, 3", "admin", NOW);
        assertThat(RuleParams.daysBefore(rule.paramMap())).containsExactly(14, 3);
        assertThatThrownBy(() -> rule.change("0 0 8 * * ?", true, "daysBefore=-1", "admin", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> rule.change("0 0 8 * * ?", true, "deadline=24:00", "admin", NOW)).isInstanceOf(DomainException.class);
        ReminderRule nudge = new ReminderRule(JobId.DAILY_REPORT_NUDGE, 5, "0 0 0 * * ?", true, "deadline=22:30;grace=09:00", "admin", NOW);
        assertThat(nudge.paramMap()).containsEntry("deadline", "22:30").containsEntry("grace", "09:00");
        assertThat(RuleParams.daysBefore(java.util.Map.of())).isEqualTo(List.of(7, 1));
    }

    @Test
    void shouldBackOffExponentiallyUpToAnHour() {
        Outbox outbox = new Outbox();
        outbox.backoffSeconds = 30;
        assertThat(outbox.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(outbox.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(outbox.backoff(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(outbox.backoff(12)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldSignLikeDingTalkDocuments() {
        // DingTalk's scheme: HmacSHA256 keyed with the secret over "timestamp\nsecret", base64, URL-encoded in the query
        String sign = DingTalkSignature.sign(1_700_000_000_000L, "SECabc");
        assertThat(sign).isEqualTo(java.util.Base64.getEncoder().encodeToString(hmac("SECabc", "1700000000000\nSECabc")));
        assertThat(DingTalkSignature.signedUrl("https://oapi.dingtalk.com/robot/send?access_token=t", 1_700_000_000_000L, "SECabc"))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign="
                        + java.net.URLEncoder.encode(sign, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void shouldOnlyAcceptHttpUrlsForChannels() {
        assertThat(NotificationChannel.checkedUrl("https://oapi.dingtalk.com/robot/send?access_token=x")).startsWith("https://");
        for (String bad : new String[] {"ftp://x.org/a", "javascript:alert(1)", "file:///etc/passwd", "", "http://"}) {
            assertThatThrownBy(() -> NotificationChannel.checkedUrl(bad)).as(bad).isInstanceOf(DomainException.class);
        }
    }

    private static byte[] hmac(String key, String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
