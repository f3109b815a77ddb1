package org.solarpm.it.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.board.Boards.board;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Filters, my cards, workload and the Excel export of a board. */
class BoardViewsIT {

    static Api pm;
    static Api site;
    static long project;
    static long siteId;
    static long assigned;

    @BeforeAll
    static void setUp() {
        pm = Api.as("pm");
        site = Api.as("site");
        siteId = Boards.userId("site");
        project = Boards.newProject(pm);
        Api.Response r = pm.post("/api/v1/projects/" + project + "/cards", "{\"title\":\"逆变器调试 INV-07\",\"assigneeIds\":[" + siteId
                + "],\"labels\":[\"电气\"],\"dueDate\":\"2020-01-15\",\"priority\":\"HIGH\",\"checklist\":[{\"text\":\"绝缘测试\",\"done\":true},"
                + "{\"text\":\"并网测试\",\"done\":false}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assigned = r.json().getJsonNumber("id").longValue();
    }

    @Test
    void shouldFilterByAssigneeLabelDueAndText() {
        String base = "/api/v1/projects/" + project + "/board";
        assertThat(ids(pm.get(base + "?assignee=" + siteId).json())).containsExactly(assigned);
        assertThat(ids(pm.get(base + "?label=电气").json())).containsExactly(assigned);
        assertThat(ids(pm.get(base + "?q=inv-07").json())).containsExactly(assigned);
        assertThat(ids(pm.get(base + "?due=overdue").json())).contains(assigned);
        assertThat(ids(pm.get(base + "?due=none").json())).doesNotContain(assigned);
        // WIP limits count every open card of a column, also those a filter hides
        JsonObject all = board(pm, project);
        JsonObject filtered = pm.get(base + "?label=电气").json();
        for (int i = 0; i < all.getJsonArray("columns").size(); i++) {
            JsonObject full = all.getJsonArray("columns").getJsonObject(i);
            JsonObject part = filtered.getJsonArray("columns").getJsonObject(i);
            assertThat(full.getInt("openCount")).isEqualTo(full.getInt("cardCount"));
            assertThat(part.getInt("openCount")).as(part.getString("code")).isEqualTo(full.getInt("cardCount"));
            assertThat(part.getInt("cardCount")).isLessThanOrEqualTo(part.getInt("openCount"));
        }
        JsonObject card = Boards.card(all, assigned);
        assertThat(card.getInt("checklistDone")).isEqualTo(1);
        assertThat(card.getInt("checklistTotal")).isEqualTo(2);
    }

    @Test
    void shouldListMyCardsAcrossProjectsAndWorkload() {
        JsonObject mine = site.get("/api/v1/me/cards").json();
        JsonObject entry = mine.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getJsonNumber("id").longValue() == assigned).findFirst().orElseThrow();
        assertThat(entry.getBoolean("overdue")).isTrue();
        assertThat(entry.getJsonNumber("projectId").longValue()).isEqualTo(project);
        assertThat(pm.get("/api/v1/me/cards").json().getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == assigned)).isTrue();

        JsonObject siteLoad = pm.get("/api/v1/workload").json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(w -> w.getJsonNumber("userId").longValue() == siteId).findFirst().orElseThrow();
        assertThat(siteLoad.getJsonNumber("open").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(siteLoad.getJsonNumber("overdue").longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldExportBoardToExcelWithRealCellTypesAndAuditIt() throws Exception {
        Api.Response zh = pm.get("/api/v1/projects/" + project + "/board.xlsx");
        Api.Response en = pm.header("Accept-Language", "en").get("/api/v1/projects/" + project + "/board.xlsx?label=电气");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zh.bytes()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(board(pm, project).getInt("cardCount"));
            Row row = rowOf(sheet, "逆变器调试 INV-07");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).isTrue();
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).hasToString("2020-01-15");
            assertThat(row.getCell(8).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("刘强");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(en.bytes()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Title");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        String audit = Api.as("admin").get("/api/v1/audit-log?action=EXPORT&size=50").body();
        assertThat(audit).contains("board.xlsx project " + project);
    }

    @Test
    void shouldAttachFileAsProjectDocumentAndKeepHistory() {
        String boundary = "----solarpm" + java.util.UUID.randomUUID();
        byte[] pdf = "%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"调试记录.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(pdf);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Response r = site.sendBytes("POST", "/api/v1/cards/" + assigned + "/attachments", out.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject details = site.get("/api/v1/cards/" + assigned).json();
        JsonObject file = details.getJsonArray("attachments").getJsonObject(0);
        assertThat(file.getString("fileName")).isEqualTo("调试记录.pdf");
        assertThat(site.get("/api/v1/" + file.getString("contentUrl")).bytes()).isEqualTo(pdf);
        assertThat(details.getJsonArray("activity").stream().map(v -> v.asJsonObject().getString("action")))
                .contains("ATTACHED", "CREATED");
        assertThat(pm.get("/api/v1/projects/" + project + "/documents").body()).contains("调试记录.pdf");
    }

    @Test
    void shouldLetPmShapeColumnsButNotSiteLead() {
        Api.Response added = pm.post("/api/v1/projects/" + project + "/board/columns", "{\"name\":\"待复检\",\"wipLimit\":3}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        assertThat(site.patch("/api/v1/board-columns/" + id, "{\"name\":\"x\"}").status()).isEqualTo(403);
        Api.Response moved = pm.patch("/api/v1/board-columns/" + id, "{\"name\":\"复检\",\"position\":1,\"clearWipLimit\":true}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonObject b = board(pm, project);
        JsonObject second = b.getJsonArray("columns").getJsonObject(1);
        assertThat(second.getString("name")).isEqualTo("复检");
        assertThat(second.containsKey("wipLimit") && !second.isNull("wipLimit")).isFalse();
        assertThat(pm.delete("/api/v1/board-columns/" + id).status()).isEqualTo(204);
        assertThat(board(pm, project).getJsonArray("columns")).hasSize(4);
        long todo = Boards.columnId(b, "TODO");
        Api.Response notEmpty = pm.delete("/api/v1/board-columns/" + todo);
        assertThat(notEmpty.status()).isEqualTo(409);
    }

    private static Row rowOf(XSSFSheet sheet, String title) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && title.equals(r.getCell(1).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static List<Long> ids(JsonObject board) {
        return board.getJsonArray("columns").stream().flatMap(c -> c.asJsonObject().getJsonArray("cards").stream())
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
