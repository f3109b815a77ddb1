package org.solarpm.it.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;
import org.solarpm.it.SolarPmApp;
import org.solarpm.it.TestEnvironment;

/**
 * {@code GET /daily-reports.xlsx}: every visible project's reports over a range, read back with POI
 * and compared cell by cell with the database; a project manager sees only their projects; bad
 * ranges get a localised problem.
 */
class CompanyReportsWorkbookIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate FROM = TODAY.minusDays(120);

    /** One report as the database has it: project code, day, headcount, installed kWp, submitted or not. */
    record DbRow(String code, LocalDate date, Integer headcount, BigDecimal installedKwp, boolean submitted) {
    }

    @Test
    void shouldExportEveryReportOfTheCompanyWithRealCellTypesAndTheDatabasesValues() throws Exception {
        Api.Response r = Api.as("exec").get("/api/v1/daily-reports.xlsx?from=" + FROM + "&to=" + TODAY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(DigestAndPortfolioExportIT.fileName(r)).isEqualTo("全公司施工日报-" + FROM + "至" + TODAY + ".xlsx");
        assertThat(r.header("Server-Timing")).startsWith("fill;dur=");
        List<DbRow> expected = reports("1 = 1", null);
        assertThat(expected).as("demo data has daily reports in the last 120 days").isNotEmpty();

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            XSSFSheet sheet = wb.getSheet("日报");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目编号");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                DbRow db = expected.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(db.code());
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(db.date());
                if (db.submitted()) {
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).as("submitted at is a date cell").isTrue();
                }
                if (db.headcount() != null) {
                    assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(db.headcount().doubleValue());
                    assertThat(row.getCell(13).getNumericCellValue()).isCloseTo(db.installedKwp().doubleValue(), within(0.0005));
                }
            }
            XSSFSheet quantities = wb.getSheet("工程量");
            assertThat(quantities.getLastRowNum()).isEqualTo(count("SELECT COUNT(*) FROM daily_report d JOIN daily_report_quantity q"
                    + " ON q.report_id = d.id WHERE d.report_date BETWEEN ? AND ?"));
            if (quantities.getLastRowNum() > 0) {
                assertThat(quantities.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(quantities.getRow(1).getCell(1))).isTrue();
            }
        }
    }

    @Test
    void shouldGiveAProjectManagerOnlyTheirOwnProjects() throws Exception {
        long projectId = projectWithOneReport();
        String someProject = Api.as("pm").get("/api/v1/projects/" + projectId).json().getString("code");
        List<DbRow> all = reports("1 = 1", null);
        String username = "scope" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = Api.as("admin").post("/api/v1/users", jakarta.json.Json.createObjectBuilder().add("username", username)
                .add("displayName", "范围 " + username).add("password", "solarpm-pw").add("language", "en")
                .add("roles", jakarta.json.Json.createArrayBuilder().add("PROJECT_MANAGER")).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long userId = created.json().getJsonNumber("id").longValue();
        Api.Response member = Api.as("pm").post("/api/v1/projects/" + projectId + "/members", "{\"userId\":" + userId + ",\"role\":\"VIEWER\"}");
        assertThat(member.status()).as(member.body()).isIn(200, 201, 204);
        List<DbRow> own = reports("EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.user_id = ?)", userId);
        assertThat(codes(own)).containsExactly(someProject);
        assertThat(codes(all)).as("demo data has reports in more than one project").hasSizeGreaterThan(1);

        Api.Response r = Api.as(username, "solarpm-pw").header("Accept-Language", "en")
                .get("/api/v1/daily-reports.xlsx?from=" + FROM + "&to=" + TODAY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            XSSFSheet sheet = wb.getSheet("Reports");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Project code");
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                seen.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(own.size());
            assertThat(seen).containsExactly(someProject);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(34.0);
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(306.0);
            assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(120.5);
            assertThat(row.getCell(16).getStringCellValue()).isEqualTo("继续安装组件");
            XSSFSheet quantities = wb.getSheet("Quantities");
            for (int i = 1; i <= quantities.getLastRowNum(); i++) {
                assertThat(quantities.getRow(i).getCell(0).getStringCellValue()).isEqualTo(someProject);
            }
        }
        // the demo PM manages every demo project: all of them
        long pmId = Api.as("pm").get("/api/v1/me").json().getJsonNumber("id").longValue();
        Api.Response pm = Api.as("pm").get("/api/v1/daily-reports.xlsx?from=" + FROM + "&to=" + TODAY);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(pm.bytes()))) {
            assertThat(wb.getSheet("日报").getLastRowNum()).isEqualTo(
                    reports("EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.user_id = ?)", pmId).size());
        }
    }

    @Test
    void shouldRefuseBadRangesWithALocalisedProblem() {
        Api en = Api.as("exec").header("Accept-Language", "en");
        Api.Response tooLong = en.get("/api/v1/daily-reports.xlsx?from=" + TODAY.minusDays(400) + "&to=" + TODAY);
        assertProblem(tooLong, "to");
        assertThat(tooLong.body()).contains("366 days");
        Api.Response zh = Api.as("exec").get("/api/v1/daily-reports.xlsx?from=" + TODAY.minusDays(400) + "&to=" + TODAY);
        assertProblem(zh, "to");
        assertThat(zh.body()).contains("日期范围不能超过 366 天");
        assertProblem(en.get("/api/v1/daily-reports.xlsx?from=" + TODAY + "&to=" + TODAY.minusDays(1)), "from");
        Api.Response future = en.get("/api/v1/daily-reports.xlsx?from=" + TODAY + "&to=" + TODAY.plusDays(1));
        assertProblem(future, "to");
        assertThat(future.body()).contains("after today");
        assertProblem(en.get("/api/v1/daily-reports.xlsx?from=2026-13-01"), "from");
        assertProblem(en.get("/api/v1/daily-reports.xlsx?branch=east"), "branch");
        assertThat(Api.anonymous().get("/api/v1/daily-reports.xlsx").status()).isEqualTo(401);
    }

    private static void assertProblem(Api.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }

    private static Set<String> codes(List<DbRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(row -> codes.add(row.code()));
        return codes;
    }

    private static List<DbRow> reports(String condition, Long userId) throws Exception {
        List<DbRow> rows = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT p.code, d.report_date, x.manpower, x.installed_kwp, d.submitted_at FROM daily_report d JOIN project p ON p.id = d.project_id"
                        + " LEFT JOIN project_day_rollup x ON x.project_id = d.project_id AND x.day = d.report_date"
                        + " WHERE d.report_date BETWEEN ? AND ? AND " + condition + " ORDER BY p.code, d.report_date")) {
            ps.setObject(1, FROM);
            ps.setObject(2, TODAY);
            if (userId != null) {
                ps.setLong(3, userId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DbRow(rs.getString(1), rs.getObject(2, LocalDate.class), (Integer) rs.getObject(3), rs.getBigDecimal(4),
                            rs.getObject(5) != null));
                }
            }
        }
        return rows;
    }

    /** A new project managed by pm with site as site lead, and one submitted report of yesterday (34 people, 120.5 kWp). */
    private static long projectWithOneReport() {
        Api pm = Api.as("pm");
        long branch = Api.as("admin").get("/api/v1/branches").array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals("EAST")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String code = "XR-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response created = pm.post("/api/v1/projects", Json.createObjectBuilder().add("templateCode", "ground-mounted").add("code", code)
                .add("name", "汇总测试 " + code).add("customer", "测试业主").add("site", Json.createObjectBuilder().add("address", "宁夏中卫"))
                .add("capacityKwp", 5000).add("plannedStart", TODAY.minusDays(190).toString()).add("branchId", branch)
                .add("managerId", pm.get("/api/v1/me").json().getJsonNumber("id").longValue()).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        long siteId = Api.as("site").get("/api/v1/me").json().getJsonNumber("id").longValue();
        assertThat(pm.post("/api/v1/projects/" + id + "/members", "{\"userId\":" + siteId + ",\"role\":\"SITE_LEAD\"}").status()).isEqualTo(201);
        Api site = Api.as("site");
        long kwpItem = site.get("/api/v1/projects/" + id + "/work-items").json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("code").equals("MODULE_KWP")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String path = "/api/v1/projects/" + id + "/daily-reports/" + TODAY.minusDays(1);
        Api.Response put = site.put(path, Json.createObjectBuilder()
                .add("weather", Json.createObjectBuilder().add("condition", "SUNNY").add("minTempC", 8).add("maxTempC", 19))
                .add("manpower", Json.createArrayBuilder().add(Json.createObjectBuilder().add("trade", "INSTALLER").add("company", "安装队")
                        .add("headcount", 34).add("hours", 306)))
                .add("quantities", Json.createArrayBuilder().add(Json.createObjectBuilder().add("workItemId", kwpItem).add("quantity", 120.5)))
                .add("tomorrowPlan", "继续安装组件").build().toString());
        assertThat(put.status()).as(put.body()).isIn(200, 201);
        int version = site.get(path).json().getInt("version");
        Api.Response submitted = site.post(path + "/submit", "{\"version\":" + version + "}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private static int count(String sql) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, FROM);
            ps.setObject(2, TODAY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static MysqlDataSource dataSource() {
        SolarPmApp.baseUrl(); // the app has migrated and seeded the database
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(TestEnvironment.database().url(SolarPmApp.DATABASE));
        ds.setUser("root");
        ds.setPassword("");
        return ds;
    }
}
