package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ReportRendererTest {

    private static final String WATERMARK = "张伟 2026-11-22 08:00";

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void shouldRejectAParameterTheTemplateDoesNotDeclare() {
        Map<String, Object> parameters = Map.of("PROJECT_NAM", "河北沧州 20MWp 地面光伏电站");

        assertThatThrownBy(() -> renderer.pdf(ReportName.MONTHLY_REPORT, parameters, List.of(), Locale.CHINA, WATERMARK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PROJECT_NAM");
    }

    @Test
    void shouldRejectParametersThatTheRendererSets() {
        Map<String, Object> parameters = Map.of("WATERMARK", "someone else");

        assertThatThrownBy(() -> renderer.pdf(ReportName.MONTHLY_REPORT, parameters, List.of(), Locale.CHINA, WATERMARK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WATERMARK");
    }

    @Test
    void shouldRequireAWatermark() {
        assertThatThrownBy(() -> renderer.pdf(ReportName.MONTHLY_REPORT, Map.of(), List.of(), Locale.CHINA, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPrintChineseLabelsForAnyNonEnglishLocaleWhateverTheJvmDefault() {
        Locale jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            String french = Pdfs.read(renderer.pdf(ReportName.MONTHLY_REPORT, Map.of(), List.of(), Locale.FRANCE, WATERMARK)).text();
            String none = Pdfs.read(renderer.pdf(ReportName.MONTHLY_REPORT, Map.of(), List.of(), null, WATERMARK)).text();

            assertThat(french).contains("项目月报").doesNotContain("Monthly Project Report");
            assertThat(none).contains("项目月报");
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    @Test
    void shouldRenderEveryReportWithoutRowsOrParameters() {
        for (ReportName name : ReportName.values()) {
            Pdfs.Read read = Pdfs.readPrintedInSolarPmSans(renderer.pdf(name, null, null, Locale.CHINA, WATERMARK));

            assertThat(read.pages()).as(name.name()).isEqualTo(1);
            assertThat(read.text()).as(name.name()).contains(WATERMARK);
        }
    }

    @Test
    void shouldWriteToAStreamWithoutClosingIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller owns the stream");
            }
        };

        renderer.pdf(ReportName.PURCHASE_ORDER, PurchaseOrderReportTest.parameters(), PurchaseOrderReportTest.lines(),
                Locale.CHINA, WATERMARK, out);

        assertThat(Pdfs.read(out.toByteArray()).text()).contains("PO-2026-00042");
    }

    @Test
    void shouldRenderConcurrentlyWithOneSharedRenderer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ReportName name = i % 2 == 0 ? ReportName.DAILY_DIGEST : ReportName.PURCHASE_ORDER;
                results.add(pool.submit(() -> name == ReportName.DAILY_DIGEST
                        ? renderer.pdf(name, DailyDigestReportTest.parameters(), DailyDigestReportTest.rows(30), Locale.CHINA, WATERMARK)
                        : renderer.pdf(name, PurchaseOrderReportTest.parameters(), PurchaseOrderReportTest.lines(), Locale.CHINA, WATERMARK)));
            }
            for (int i = 0; i < results.size(); i++) {
                String text = Pdfs.read(results.get(i).get()).text();
                assertThat(text).contains(i % 2 == 0 ? "河北沧州 20MWp 地面光伏电站" : "单晶硅光伏组件 550Wp");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRenderOnAThreadWhoseContextClassLoaderCannotSeeTheReports() throws Exception {
        // Like a Quartz worker thread: the font extension must still be found.
        AtomicReference<Object> result = new AtomicReference<>();
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            Thread thread = new Thread(() -> {
                try {
                    result.set(renderer.pdf(ReportName.PURCHASE_ORDER, PurchaseOrderReportTest.parameters(),
                            PurchaseOrderReportTest.lines(), Locale.CHINA, WATERMARK));
                } catch (RuntimeException e) {
                    result.set(e);
                }
            });
            thread.setContextClassLoader(bare);
            thread.start();
            thread.join();
            assertThat(thread.getContextClassLoader()).isSameAs(bare);
        }

        assertThat(result.get()).isInstanceOf(byte[].class);
        assertThat(Pdfs.readPrintedInSolarPmSans((byte[]) result.get()).text()).contains("江苏某某光电科技股份有限公司");
    }
}
