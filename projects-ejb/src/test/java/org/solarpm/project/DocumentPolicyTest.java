package org.solarpm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solarpm.shared.DomainException;

class DocumentPolicyTest {

    @Test
    void shouldRefuseNamesThatCouldEscapeTheDirectory() {
        for (String name : new String[] {"../../etc/passwd", "..\\..\\boot.ini", "/etc/passwd", "a/b.pdf", "..", ".htaccess",
                "x\u0000.pdf", "C:evil.pdf", " ", "line\nbreak.pdf"}) {
            assertThatThrownBy(() -> DocumentPolicy.safeFileName(name)).as(name).isInstanceOf(DomainException.class);
        }
        assertThat(DocumentPolicy.safeFileName(" 备案证（2026）.pdf ")).isEqualTo("备案证（2026）.pdf");
    }

    @Test
    void shouldAllowDrawingsDocumentsAndPhotosOnly() {
        assertThat(DocumentPolicy.contentTypeOf("plan.DWG")).isEqualTo("application/acad");
        assertThat(DocumentPolicy.contentTypeOf("photo.jpeg")).isEqualTo("image/jpeg");
        for (String name : new String[] {"a.exe", "a.sh", "a.html", "a.svg", "a.js", "noext"}) {
            assertThatThrownBy(() -> DocumentPolicy.contentTypeOf(name)).as(name)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_MEDIA));
        }
    }

    @Test
    void shouldStoreUnderARandomNameWithSha256AndStopAtTheLimit(@TempDir Path dir) throws Exception {
        DocumentStore store = new DocumentStore(dir, 10);
        DocumentStore.Stored stored = store.write(new ByteArrayInputStream("abc".getBytes()));
        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(store.pathOf(stored.storageName()).getParent()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThatThrownBy(() -> store.write(new ByteArrayInputStream(new byte[11])))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_LARGE));
        assertThatThrownBy(() -> store.pathOf("../escape")).isInstanceOf(DomainException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
