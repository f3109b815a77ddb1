package org.solarpm.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void shouldNameChineseFilesPerRfc6266WithAnAsciiFallback() {
        assertThat(Download.contentDisposition("日报 2026-11-21.pdf")).isEqualTo(
                "attachment; filename=\"___2026-11-21.pdf\"; filename*=UTF-8''%E6%97%A5%E6%8A%A5%202026-11-21.pdf");
    }

    @Test
    void shouldNeverLetQuotesOrPathsIntoTheHeader() {
        String header = Download.contentDisposition("a\"b/../c\r\nX: y.xlsx");
        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        assertThat(header).startsWith("attachment; filename=\"a_b_.._c__X__y.xlsx\"; filename*=UTF-8''a%22b%2F..%2Fc%0D%0AX%3A%20y.xlsx");
    }
}
