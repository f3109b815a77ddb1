package org.solarpm.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's {@code Query.getResultStream()} is backed by an open JDBC cursor that is only
 * released when the stream is closed; {@code getResultStream().findFirst()} never closes it. On a
 * pooled connection every such call leaked a statement and its result set (18,000 after a few
 * minutes of load, and Connector/J's statement registry turned each new statement into a linear
 * scan). The main code must use {@code getResultList()} instead.
 */
class NoOpenCursorsTest {

    @Test
    void mainCodeNeverUsesResultStreams() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(NoOpenCursorsTest::usesResultStream)
                    .map(main::relativize).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), offenders, "getResultStream() leaves an EclipseLink cursor open; use getResultList()");
    }

    private static boolean usesResultStream(Path file) {
        try {
            return Files.readString(file).contains(".getResultStream(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
