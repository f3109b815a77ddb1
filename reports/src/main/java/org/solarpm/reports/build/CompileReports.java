package org.solarpm.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (exec-maven-plugin, phase process-classes): compiles every {@code *.jrxml}
 * of a source folder to a {@code .jasper} file of the same base name in an output folder.
 * The web application only ever loads the compiled files, so the Java compiler (ECJ) that
 * this step needs stays a build-time dependency.
 *
 * <p>Usage: {@code CompileReports <jrxml folder> <output folder>}. Fails the build on the
 * first template that does not compile.
 */
public final class CompileReports {

    private CompileReports() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompileReports <jrxml folder> <output folder>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates = templatesIn(source);
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml template in " + source.toAbsolutePath());
        }
        for (Path jrxml : templates) {
            String base = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", "");
            // Always recompiled (about 2 s for all): a .jasper also depends on the JasperReports
            // version and on classes its expressions use, which a timestamp check would miss.
            Path jasper = target.resolve(base + ".jasper");
            long start = System.nanoTime();
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
            System.out.printf("[CompileReports] %s -> %s (%d ms)%n", jrxml.getFileName(), jasper,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static List<Path> templatesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList());
        }
    }
}
