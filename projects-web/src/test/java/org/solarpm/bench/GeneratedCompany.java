package org.solarpm.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.solarpm.board.Card;
import org.solarpm.template.ColumnDef;
import org.solarpm.template.GateItemDef;
import org.solarpm.template.PlannedMaterial;
import org.solarpm.template.PlannedMilestone;
import org.solarpm.template.PlannedTask;
import org.solarpm.template.PlannedWorkItem;
import org.solarpm.template.ProjectPlan;
import org.solarpm.template.ProjectTemplate;
import org.solarpm.template.StageDef;
import org.solarpm.template.TemplateCatalog;

/**
 * The project half of the generated company: project managers and site leads per branch, and
 * {@code count} projects laid out from the three templates exactly like create-from-template does
 * (gate items, board with cards, milestones, work items, material plan), spread over the lifecycle:
 * about a fifth under construction today, half finished within the last three years, the rest
 * before construction. Everything is written with JDBC batches.
 */
final class GeneratedCompany {

    static final String PREFIX = "GEN-";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"};
    private static final String[] GIVEN = {"伟", "芳", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "华", "平", "鹏", "飞", "斌"};

    /** A branch's region: latitude and longitude ranges for its sites and a few place names. */
    record Region(String branchCode, double lat0, double lat1, double lon0, double lon1, String[] places) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("EAST", 28.5, 34.5, 116.5, 121.8, new String[] {"江苏省苏州市", "浙江省嘉兴市", "安徽省合肥市", "江苏省盐城市", "浙江省宁波市", "上海市奉贤区"}),
            new Region("NORTH", 36.0, 41.5, 113.0, 119.0, new String[] {"河北省张家口市", "山西省大同市", "河北省保定市", "天津市滨海新区", "山东省德州市"}),
            new Region("SOUTH", 21.5, 25.5, 108.0, 117.0, new String[] {"广东省佛山市", "广西壮族自治区南宁市", "广东省湛江市", "福建省漳州市", "海南省儋州市"}),
            new Region("NORTHWEST", 35.0, 40.5, 98.0, 107.0, new String[] {"宁夏回族自治区中卫市", "甘肃省武威市", "青海省海南州", "陕西省榆林市", "甘肃省酒泉市"}));

    /** A generated project with what the report generator needs. */
    static final class Site {
        long id;
        String code;
        long branchId;
        long managerId;
        long siteLeadId;
        double latitude;
        double capacityKwp;
        String stage;
        ProjectTemplate template;
        ProjectPlan plan;
        LocalDate plannedStart;
        /** 1.0 = as planned; below 1 the site works slower than planned. */
        double speed;
        int slipDays;
        /** Work item ids in plan order. */
        final List<Long> workItemIds = new ArrayList<>();
    }

    private final Connection c;
    private final Random random = new Random(20261122L);
    private final LocalDate today;
    private final Instant now;
    private final TemplateCatalog catalog = TemplateCatalog.load();

    GeneratedCompany(Connection c, LocalDate today, Instant now) {
        this.c = c;
        this.today = today;
        this.now = now;
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Creates users and projects; returns the sites (empty when the company was generated before). */
    List<Site> generate(int count) throws Exception {
        Map<String, Long> branches = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, id FROM branch")) {
            while (rs.next()) {
                branches.put(rs.getString(1), rs.getLong(2));
            }
        }
        String hash;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT password_hash FROM app_user WHERE username = 'pm'")) {
            if (!rs.next()) {
                throw new IllegalStateException("the demo company is missing: start SolarPM once on this database with demo data");
            }
            hash = rs.getString(1);
        }
        Map<String, List<Long>> pms = new HashMap<>();
        Map<String, List<Long>> leads = new HashMap<>();
        for (Region r : REGIONS) {
            pms.put(r.branchCode(), users(r.branchCode(), branches.get(r.branchCode()), "pm", 6, hash));
            leads.put(r.branchCode(), users(r.branchCode(), branches.get(r.branchCode()), "site", 60, hash));
        }
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Region region = REGIONS.get(i % REGIONS.size());
            sites.add(site(i, region, branches.get(region.branchCode()), pms.get(region.branchCode()), leads.get(region.branchCode())));
        }
        insertProjects(sites);
        return sites;
    }

    private List<Long> users(String branchCode, long branchId, String kind, int n, String hash) throws Exception {
        String prefix = "gen-" + kind + "-" + branchCode.toLowerCase(java.util.Locale.ROOT) + "-";
        try (PreparedStatement user = c.prepareStatement("INSERT INTO app_user (username, display_name, language, password_hash, active,"
                + " branch_id, created_at) VALUES (?, ?, 'zh-CN', ?, TRUE, ?, ?)");
             PreparedStatement role = c.prepareStatement("INSERT INTO user_role (user_id, role) SELECT id, ? FROM app_user WHERE username LIKE ?")) {
            for (int i = 1; i <= n; i++) {
                user.setString(1, prefix + String.format("%02d", i));
                user.setString(2, SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + (i > 9 ? GIVEN[i % GIVEN.length] : ""));
                user.setString(3, hash);
                user.setLong(4, branchId);
                user.setTimestamp(5, Timestamp.from(now));
                user.addBatch();
            }
            user.executeBatch();
            role.setString(1, kind.equals("pm") ? "PROJECT_MANAGER" : "SITE_LEAD");
            role.setString(2, prefix + "%");
            role.executeUpdate();
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM app_user WHERE username LIKE ? ORDER BY id")) {
            q.setString(1, prefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private Site site(int i, Region region, long branchId, List<Long> pms, List<Long> leads) {
        Site s = new Site();
        double kind = random.nextDouble();
        s.template = catalog.get(kind < 0.30 ? "ground-mounted" : kind < 0.78 ? "ci-rooftop" : "residential-cluster");
        double min = s.template.capacityKwp().min().doubleValue();
        double typical = s.template.capacityKwp().typical().doubleValue();
        double max = s.template.capacityKwp().max().doubleValue();
        double kwp = Math.min(max, Math.max(min, typical * Math.exp(random.nextGaussian() * 0.5)));
        s.capacityKwp = Math.round(kwp / 10) * 10.0;
        int constructionStart = s.template.workItems().stream().mapToInt(w -> w.plannedStartOffsetDays()).min().orElse(0);
        int constructionEnd = s.template.workItems().stream().mapToInt(w -> w.plannedEndOffsetDays()).max().orElse(0);
        int length = constructionEnd - constructionStart + 1;
        s.speed = Math.max(0.65, Math.min(1.3, 0.97 + random.nextGaussian() * 0.12));
        s.slipDays = random.nextInt(5);
        int bucket = i % 10;
        if (bucket < 2) {
            // under construction today, somewhere between its first days and its last
            int into = 2 + random.nextInt(Math.max(1, (int) (length / s.speed) - 4));
            s.plannedStart = today.minusDays(constructionStart + s.slipDays + into);
            s.stage = "CONSTRUCTION";
        } else if (bucket < 7) {
            // construction finished 15 days to almost three years ago
            int actualLength = (int) Math.ceil(length / s.speed) + s.slipDays;
            int ago = 15 + random.nextInt(Math.max(1, 1090 - actualLength - 15));
            s.plannedStart = today.minusDays(ago + actualLength + constructionStart);
            s.stage = ago < 30 ? "COMMISSIONING" : ago < 60 ? "GRID_CONNECTION" : ago < 700 ? "OM" : "CLOSED";
        } else {
            int until = 5 + random.nextInt(300);
            s.plannedStart = today.plusDays(until - constructionStart);
            double done = (constructionStart - until) / (double) constructionStart;
            s.stage = done < 0.15 ? "SURVEY" : done < 0.4 ? "BID" : done < 0.6 ? "FILING" : done < 0.8 ? "DESIGN" : "PROCUREMENT";
        }
        s.plan = s.template.plan(BigDecimal.valueOf(s.capacityKwp), s.template.defaultModuleWp(), s.plannedStart);
        s.code = String.format("%s%s-%04d", PREFIX, region.branchCode(), i + 1);
        s.branchId = branchId;
        s.managerId = pms.get(random.nextInt(pms.size()));
        s.siteLeadId = leads.get(i / REGIONS.size() % leads.size());
        s.latitude = region.lat0() + random.nextDouble() * (region.lat1() - region.lat0());
        return s;
    }

    private void insertProjects(List<Site> sites) throws Exception {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO project (code, name, customer, site_address, latitude, longitude,"
                + " project_type, capacity_kwp, module_wp, contract_value, budget, branch_id, manager_id, planned_start, planned_cod,"
                + " stage, template_code, template_version, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Site s : sites) {
                Region region = REGIONS.stream().filter(r -> s.code.startsWith(PREFIX + r.branchCode() + "-")).findFirst().orElseThrow();
                String place = region.places()[random.nextInt(region.places().length)];
                double perWatt = s.template.code().equals("ground-mounted") ? 3.6 : s.template.code().equals("ci-rooftop") ? 3.4 : 3.2;
                BigDecimal contract = BigDecimal.valueOf(s.capacityKwp * 1000 * perWatt * (0.92 + random.nextDouble() * 0.16)).setScale(2, RoundingMode.HALF_UP);
                p.setString(1, s.code);
                p.setString(2, place + String.format("%.1fMWp", s.capacityKwp / 1000) + s.template.name().zh() + "项目");
                p.setString(3, place.substring(0, Math.min(6, place.length())) + "新能源有限公司");
                p.setString(4, place + "（生成数据）");
                p.setBigDecimal(5, BigDecimal.valueOf(s.latitude).setScale(6, RoundingMode.HALF_UP));
                p.setBigDecimal(6, BigDecimal.valueOf(region.lon0() + random.nextDouble() * (region.lon1() - region.lon0())).setScale(6, RoundingMode.HALF_UP));
                p.setString(7, s.template.projectType().name());
                p.setBigDecimal(8, BigDecimal.valueOf(s.capacityKwp).setScale(3, RoundingMode.HALF_UP));
                p.setInt(9, s.plan.moduleWp());
                p.setBigDecimal(10, contract);
                p.setBigDecimal(11, contract.multiply(new BigDecimal("0.86")).setScale(2, RoundingMode.HALF_UP));
                p.setLong(12, s.branchId);
                p.setLong(13, s.managerId);
                p.setObject(14, s.plannedStart);
                p.setObject(15, s.plan.milestones().stream().filter(m -> m.code().equals("COD")).map(PlannedMilestone::plannedDate).findFirst().orElse(null));
                p.setString(16, s.stage);
                p.setString(17, s.template.code());
                p.setInt(18, s.template.version());
                p.setTimestamp(19, Timestamp.from(s.plannedStart.atStartOfDay(ZONE).toInstant()));
                p.addBatch();
            }
            p.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, id FROM project WHERE code LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        sites.forEach(s -> s.id = ids.get(s.code));
        insertMembers(sites);
        insertGateItemsAndHistory(sites);
        insertBoards(sites);
        insertMilestonesAndMaterials(sites);
        insertWorkItems(sites);
    }

    private void insertMembers(List<Site> sites) throws Exception {
        try (PreparedStatement m = c.prepareStatement("INSERT INTO project_member (project_id, user_id, role, added_at) VALUES (?,?,?,?)")) {
            for (Site s : sites) {
                for (Object[] member : new Object[][] {{s.managerId, "PM"}, {s.siteLeadId, "SITE_LEAD"}}) {
                    m.setLong(1, s.id);
                    m.setLong(2, (Long) member[0]);
                    m.setString(3, (String) member[1]);
                    m.setTimestamp(4, Timestamp.from(s.plannedStart.atStartOfDay(ZONE).toInstant()));
                    m.addBatch();
                }
            }
            m.executeBatch();
        }
    }

    private void insertGateItemsAndHistory(List<Site> sites) throws Exception {
        try (PreparedStatement g = c.prepareStatement("INSERT INTO project_gate_item (project_id, stage, code, name_zh, name_en,"
                + " document_required, position, ticked_at, ticked_by, ticked_by_name) VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement h = c.prepareStatement("INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_at,"
                     + " actor_id, actor_name, note) VALUES (?,?,?,?,?,'generator','生成数据')")) {
            for (Site s : sites) {
                int position = 0;
                String previous = null;
                boolean reached = true;
                for (StageDef stage : s.template.stages()) {
                    String code = stage.code().name();
                    boolean passed = reached && !code.equals(s.stage);
                    for (GateItemDef item : stage.gateItems()) {
                        g.setLong(1, s.id);
                        g.setString(2, code);
                        g.setString(3, item.code());
                        g.setString(4, item.name().zh());
                        g.setString(5, item.name().en());
                        g.setBoolean(6, false);
                        g.setInt(7, position++);
                        g.setTimestamp(8, passed ? Timestamp.from(now) : null);
                        g.setObject(9, passed ? s.managerId : null);
                        g.setString(10, passed ? "generator" : null);
                        g.addBatch();
                    }
                    if (reached) {
                        h.setLong(1, s.id);
                        h.setString(2, previous);
                        h.setString(3, code);
                        h.setTimestamp(4, Timestamp.from(stageDate(s, code).atStartOfDay(ZONE).toInstant()));
                        h.setLong(5, s.managerId);
                        h.addBatch();
                    }
                    previous = code;
                    reached = passed;
                }
                if (s.stage.equals("CLOSED")) {
                    h.setLong(1, s.id);
                    h.setString(2, "OM");
                    h.setString(3, "CLOSED");
                    h.setTimestamp(4, Timestamp.from(now));
                    h.setLong(5, s.managerId);
                    h.addBatch();
                }
            }
            g.executeBatch();
            h.executeBatch();
        }
    }

    /** When a project entered a stage: the planned date of the first milestone of that stage, else its planned start. */
    private static LocalDate stageDate(Site s, String stage) {
        if (stage.equals("CONSTRUCTION")) {
            return s.plan.workItems().stream().map(PlannedWorkItem::plannedStart).min(LocalDate::compareTo).orElse(s.plannedStart);
        }
        return s.plan.milestones().stream().filter(m -> m.stage().name().equals(stage)).map(PlannedMilestone::plannedDate)
                .min(LocalDate::compareTo).orElse(s.plannedStart);
    }

    private void insertBoards(List<Site> sites) throws Exception {
        try (PreparedStatement b = c.prepareStatement("INSERT INTO board (project_id) VALUES (?)")) {
            for (Site s : sites) {
                b.setLong(1, s.id);
                b.addBatch();
            }
            b.executeBatch();
        }
        Map<Long, Long> boards = map("SELECT b.project_id, b.id FROM board b JOIN project p ON p.id = b.project_id WHERE p.code LIKE '" + PREFIX + "%'");
        try (PreparedStatement col = c.prepareStatement("INSERT INTO board_column (board_id, code, name_zh, name_en, position, wip_limit) VALUES (?,?,?,?,?,?)")) {
            for (Site s : sites) {
                int position = 0;
                for (ColumnDef def : s.template.columns()) {
                    col.setLong(1, boards.get(s.id));
                    col.setString(2, def.code());
                    col.setString(3, def.name().zh());
                    col.setString(4, def.name().en());
                    col.setInt(5, position++);
                    col.setObject(6, def.wipLimit());
                    col.addBatch();
                }
            }
            col.executeBatch();
        }
        Map<Long, Long> backlog = map("SELECT b.project_id, bc.id FROM board b JOIN board_column bc ON bc.board_id = b.id AND bc.position = 0"
                + " JOIN project p ON p.id = b.project_id WHERE p.code LIKE '" + PREFIX + "%'");
        try (PreparedStatement card = c.prepareStatement("INSERT INTO card (board_id, column_id, code, title_zh, title_en, stage, start_date,"
                + " due_date, responsible_role, block_no, `rank`, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (Site s : sites) {
                int i = 0;
                for (PlannedTask t : s.plan.tasks()) {
                    card.setLong(1, boards.get(s.id));
                    card.setLong(2, backlog.get(s.id));
                    card.setString(3, t.code());
                    card.setString(4, t.name().zh());
                    card.setString(5, t.name().en());
                    card.setString(6, t.stage().name());
                    card.setObject(7, t.startDate());
                    card.setObject(8, t.dueDate());
                    card.setString(9, t.role().name());
                    card.setObject(10, t.blockNo());
                    card.setString(11, Card.initialRank(i++));
                    card.setTimestamp(12, Timestamp.from(now));
                    card.addBatch();
                    if (++n % 5000 == 0) {
                        card.executeBatch();
                    }
                }
            }
            card.executeBatch();
        }
    }

    private void insertMilestonesAndMaterials(List<Site> sites) throws Exception {
        try (PreparedStatement m = c.prepareStatement("INSERT INTO milestone (project_id, code, name_zh, name_en, stage, key_milestone,"
                + " baseline_date, planned_date, actual_date) VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement l = c.prepareStatement("INSERT INTO material_plan_line (project_id, position, material_code, name_zh, name_en,"
                     + " category, unit, planned_quantity, budget) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (Site s : sites) {
                for (PlannedMilestone ms : s.plan.milestones()) {
                    // replanned by the site's slip and speed; reached when that date has passed
                    LocalDate planned = ms.plannedDate().plusDays(s.slipDays);
                    m.setLong(1, s.id);
                    m.setString(2, ms.code());
                    m.setString(3, ms.name().zh());
                    m.setString(4, ms.name().en());
                    m.setString(5, ms.stage().name());
                    m.setBoolean(6, ms.key());
                    m.setObject(7, ms.plannedDate());
                    m.setObject(8, planned);
                    m.setObject(9, planned.isBefore(today) && !s.stage.equals("CONSTRUCTION") && isAfterConstruction(s) ? planned : null);
                    m.addBatch();
                }
                int position = 0;
                for (PlannedMaterial pm : s.plan.materials()) {
                    l.setLong(1, s.id);
                    l.setInt(2, position++);
                    l.setString(3, pm.materialCode());
                    l.setString(4, pm.name().zh());
                    l.setString(5, pm.name().en());
                    l.setString(6, pm.category().name());
                    l.setString(7, pm.unit());
                    l.setBigDecimal(8, pm.quantity());
                    l.setBigDecimal(9, pm.budgetCny());
                    l.addBatch();
                }
            }
            m.executeBatch();
            l.executeBatch();
        }
    }

    private static boolean isAfterConstruction(Site s) {
        return List.of("COMMISSIONING", "GRID_CONNECTION", "OM", "CLOSED").contains(s.stage);
    }

    private void insertWorkItems(List<Site> sites) throws Exception {
        try (PreparedStatement w = c.prepareStatement("INSERT INTO work_item (project_id, position, code, name_zh, name_en, unit,"
                + " design_quantity, weight, planned_start, planned_end) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Site s : sites) {
                int position = 0;
                for (PlannedWorkItem wi : s.plan.workItems()) {
                    w.setLong(1, s.id);
                    w.setInt(2, position++);
                    w.setString(3, wi.code());
                    w.setString(4, wi.name().zh());
                    w.setString(5, wi.name().en());
                    w.setString(6, wi.unit());
                    w.setBigDecimal(7, wi.designQuantity());
                    w.setBigDecimal(8, wi.weight());
                    w.setObject(9, wi.plannedStart());
                    w.setObject(10, wi.plannedEnd());
                    w.addBatch();
                }
            }
            w.executeBatch();
        }
        Map<Long, List<Long>> items = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT w.project_id, w.id FROM work_item w JOIN project p"
                + " ON p.id = w.project_id WHERE p.code LIKE '" + PREFIX + "%' ORDER BY w.project_id, w.position")) {
            while (rs.next()) {
                items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        sites.forEach(s -> s.workItemIds.addAll(items.get(s.id)));
    }

    private Map<Long, Long> map(String sql) throws Exception {
        Map<Long, Long> result = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return result;
    }
}
