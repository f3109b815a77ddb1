package org.solarpm.bench;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Import of a 100,000-row price history workbook through {@code POST /imports/price-history} on a
 * running dev server (heap SOLARPM_HEAP=512m): time from upload to COMPLETED, for fresh rows and for
 * a re-import of the same file (all duplicates), and the server's resident memory, sampled meanwhile
 * from /proc (pass -Dpid=&lt;Payara pid&gt;).
 */
public final class PriceImportBenchmark {

    private PriceImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://127.0.0.1:8383");
        int rows = Integer.getInteger("rows", 100_000);
        int runs = Integer.getInteger("runs", 3);
        long pid = Long.getLong("pid", -1L);
        BenchClient buyer = new BenchClient(base, "buyer");
        List<Long> ids = PriceCheckBenchmark.materials(buyer, 200);
        List<String> codes = buyer.get("/api/v1/materials?category=MODULE&size=500").getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("code")).filter(c -> c.startsWith("BENCH-MOD-")).toList();
        System.out.println("materials: " + ids.size());
        double[] fresh = new double[runs];
        double[] again = new double[runs];
        double peakRss = 0;
        for (int r = 0; r < runs; r++) {
            byte[] file = workbook(codes, rows, "R" + r + "-" + UUID.randomUUID());
            System.out.printf("run %d: workbook %.1f MB%n", r + 1, file.length / 1e6);
            Result first = importOnce(buyer, file, pid);
            Result second = importOnce(buyer, file, pid);
            fresh[r] = first.seconds;
            again[r] = second.seconds;
            peakRss = Math.max(peakRss, Math.max(first.peakRssMiB, second.peakRssMiB));
            System.out.printf("  fresh %.1f s (%s), re-import %.1f s (%s)%n", first.seconds, first.summary, second.seconds, second.summary);
        }
        System.out.println(BenchClient.summary("import " + rows + " new rows", fresh, "s"));
        System.out.println(BenchClient.summary("re-import " + rows + " rows (all duplicates)", again, "s"));
        System.out.printf("peak Payara RSS while importing: %.0f MiB%n", peakRss);
    }

    private record Result(double seconds, String summary, double peakRssMiB) {
    }

    private static Result importOnce(BenchClient client, byte[] file, long pid) throws Exception {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpResponse<String> accepted = BenchClient.check(client.send("POST", "/api/v1/imports/price-history", body.toByteArray(),
                "multipart/form-data; boundary=" + boundary));
        String jobId = BenchClient.json(accepted.body()).getString("jobId");
        double peak = 0;
        while (true) {
            JsonObject job = client.get("/api/v1/imports/" + jobId);
            if (pid > 0) {
                peak = Math.max(peak, rssMiB(pid));
            }
            String status = job.getString("status");
            if (status.equals("COMPLETED") || status.equals("REJECTED") || status.equals("FAILED")) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                return new Result(seconds, status + ", inserted " + job.getInt("inserted") + ", duplicates " + job.getInt("duplicates")
                        + ", errors " + job.getInt("errorCount"), peak);
            }
            Thread.sleep(250);
        }
    }

    static byte[] workbook(List<String> codes, int rows, String reference) throws Exception {
        Random random = new Random(reference.hashCode());
        LocalDate today = LocalDate.now();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("prices");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("日期");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                int day = random.nextInt(730);
                row.createCell(0).setCellValue(today.minusDays(730 - day));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(codes.get(random.nextInt(codes.size())));
                row.createCell(2).setCellValue(i % 3 == 0 ? "SUP-JINKO" : i % 3 == 1 ? "SUP-LONGI" : "SUP-TRINA");
                row.createCell(3).setCellValue(100 + random.nextInt(5000));
                row.createCell(4).setCellValue(Math.round(Math.pow(0.7, day / 730.0) * 580 * (0.96 + random.nextDouble() * 0.08) * 100) / 100.0);
                row.createCell(5).setCellValue("pcs");
                row.createCell(6).setCellValue("CNY");
                row.createCell(7).setCellValue(reference + "-" + i);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    static double rssMiB(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }
}
