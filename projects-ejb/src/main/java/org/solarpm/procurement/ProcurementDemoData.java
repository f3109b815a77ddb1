package org.solarpm.procurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.solarpm.demo.DemoContext;
import org.solarpm.demo.DemoData;
import org.solarpm.shared.CompanyClock;

/**
 * A realistic catalogue and about two years of purchase prices: modules falling from about 1.00 to
 * 0.70 CNY/W, string inverters from 300 to 220 CNY/kW, cable following copper, steel racking
 * slowly cheaper. Deterministic (fixed seed), dated back from today.
 */
@ApplicationScoped
public class ProcurementDemoData implements DemoData {

    static final int DAYS = 730;

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyClock clock;

    private record Line(Material material, double start, double end, double wave, QuantityUnit enteredPer, double perEntered,
                        double quantity, List<Supplier> suppliers, int everyDays) {
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoContext context) {
        Instant now = clock.now();
        Supplier jinko = supplier("SUP-JINKO", "晶科能源股份有限公司", "周经理", "13911110001", now);
        Supplier longi = supplier("SUP-LONGI", "隆基绿能科技股份有限公司", "孙经理", "13911110002", now);
        Supplier trina = supplier("SUP-TRINA", "天合光能股份有限公司", "吴经理", "13911110003", now);
        Supplier huawei = supplier("SUP-HUAWEI", "华为数字能源技术有限公司", "郑经理", "13911110004", now);
        Supplier sungrow = supplier("SUP-SUNGROW", "阳光电源股份有限公司", "冯经理", "13911110005", now);
        Supplier fareast = supplier("SUP-FAREAST", "远东电缆有限公司", "陈经理", "13911110006", now);
        Supplier arctech = supplier("SUP-ARCTECH", "江苏中信博新能源科技股份有限公司", "褚经理", "13911110007", now);
        Supplier chint = supplier("SUP-CHINT", "正泰电器股份有限公司", "卫经理", "13911110008", now);

        List<Line> lines = new ArrayList<>();
        Material m580 = material("MOD-580-TOPCON", "N型TOPCon双面组件 580Wp", "N-type TOPCon bifacial module 580 Wp",
                MaterialCategory.MODULE, QuantityUnit.PCS, 580, null, null, now);
        lines.add(new Line(m580, 1.00, 0.70, 0.01, QuantityUnit.PCS, 580, 1800, List.of(jinko, longi, trina), 5));
        Material m590 = material("MOD-590-TOPCON", "N型TOPCon双面组件 590Wp", "N-type TOPCon bifacial module 590 Wp",
                MaterialCategory.MODULE, QuantityUnit.PCS, 590, null, null, now);
        lines.add(new Line(m590, 1.01, 0.71, 0.01, QuantityUnit.W, 1, 1_000_000, List.of(jinko, trina), 12));
        Material m620 = material("MOD-620-HJT", "异质结组件 620Wp", "HJT module 620 Wp", MaterialCategory.MODULE, QuantityUnit.PCS,
                620, null, null, now);
        lines.add(new Line(m620, 1.12, 0.78, 0.01, QuantityUnit.PCS, 620, 900, List.of(longi), 20));
        Material inv110 = material("INV-110-STRING", "组串式逆变器 110kW", "String inverter 110 kW", MaterialCategory.INVERTER,
                QuantityUnit.SET, null, 110, null, now);
        lines.add(new Line(inv110, 300, 220, 0.015, QuantityUnit.SET, 110, 10, List.of(huawei, sungrow), 9));
        Material inv50 = material("INV-50-STRING", "组串式逆变器 50kW", "String inverter 50 kW", MaterialCategory.INVERTER,
                QuantityUnit.SET, null, 50, null, now);
        lines.add(new Line(inv50, 340, 250, 0.015, QuantityUnit.SET, 50, 6, List.of(huawei, sungrow), 15));
        Material dc4 = material("DC-PV1F-4", "光伏直流电缆 PV1-F 1×4mm²", "PV DC cable PV1-F 1x4 mm²", MaterialCategory.DC_CABLE,
                QuantityUnit.M, null, null, 4, now);
        lines.add(new Line(dc4, 2.9, 3.1, 0.05, QuantityUnit.M, 1, 20000, List.of(fareast), 10));
        Material ac95 = material("AC-YJV22-3X95", "交流电缆 YJV22-0.6/1kV 3×95+1×50", "AC cable YJV22 3x95+1x50 mm²",
                MaterialCategory.AC_CABLE, QuantityUnit.M, null, null, 95, now);
        lines.add(new Line(ac95, 158, 172, 0.05, QuantityUnit.M, 1, 800, List.of(fareast), 14));
        Material rack = material("RACK-HDG-STEEL", "热镀锌钢支架", "Hot-dip galvanised steel racking", MaterialCategory.RACKING,
                QuantityUnit.T, null, null, null, now);
        lines.add(new Line(rack, 7800, 7200, 0.02, QuantityUnit.T, 1, 60, List.of(arctech), 11));
        Material combiner = material("CB-16-1", "直流汇流箱 16进1出", "DC combiner box 16-in-1", MaterialCategory.COMBINER_BOX,
                QuantityUnit.SET, null, null, null, now);
        lines.add(new Line(combiner, 3300, 3000, 0.01, QuantityUnit.SET, 1, 20, List.of(chint), 25));
        Material cabinet = material("GTC-400", "并网柜 400V", "Grid-tie cabinet 400 V", MaterialCategory.GRID_TIE_CABINET,
                QuantityUnit.SET, null, null, null, now);
        lines.add(new Line(cabinet, 26000, 24000, 0.01, QuantityUnit.SET, 1, 2, List.of(chint), 30));
        material("TRF-2500-BOX", "箱式变压器 2500kVA", "Box transformer 2500 kVA", MaterialCategory.TRANSFORMER, QuantityUnit.SET,
                null, null, null, now);
        Material grounding = material("GND-FLAT-40X4", "热镀锌接地扁钢 -40×4", "Galvanised earthing strip 40x4", MaterialCategory.GROUNDING,
                QuantityUnit.T, null, null, null, now);
        lines.add(new Line(grounding, 5400, 5100, 0.02, QuantityUnit.T, 1, 3, List.of(arctech), 35));
        material("MON-DATALOGGER", "智能通信管理机", "Smart data logger", MaterialCategory.MONITORING, QuantityUnit.SET,
                null, null, null, now);
        em.flush();

        Random random = new Random(20251122L);
        LocalDate today = clock.today();
        int n = 0;
        for (Line line : lines) {
            for (int d = 0; d <= DAYS; d += line.everyDays() + random.nextInt(Math.max(1, line.everyDays() / 2) + 1)) {
                double trend = line.start() * Math.pow(line.end() / line.start(), d / (double) DAYS);
                double price = trend * (1 + line.wave() * Math.sin(d / 60.0)) * (1 + (random.nextDouble() * 2 - 1) * 0.025);
                Supplier supplier = line.suppliers().get(random.nextInt(line.suppliers().size()));
                BigDecimal entered = BigDecimal.valueOf(price * line.perEntered()).setScale(price * line.perEntered() < 10 ? 4 : 2,
                        RoundingMode.HALF_UP);
                BigDecimal quantity = BigDecimal.valueOf(Math.round(line.quantity() * (0.5 + random.nextDouble())));
                em.persist(new PricePoint(line.material(), supplier.getId(), today.minusDays(DAYS - d), quantity, entered,
                        line.enteredPer(), PriceSource.IMPORT, "DEMO-" + (++n), now));
            }
        }
    }

    private Supplier supplier(String code, String name, String contact, String phone, Instant now) {
        Supplier s = new Supplier(code, name, contact, phone, null, now);
        em.persist(s);
        return s;
    }

    private Material material(String code, String zh, String en, MaterialCategory category, QuantityUnit unit, Integer wp, Integer kw,
                              Integer mm2, Instant now) {
        Material m = new Material(code, zh, en, category, unit, wp == null ? null : BigDecimal.valueOf(wp),
                kw == null ? null : BigDecimal.valueOf(kw), mm2 == null ? null : BigDecimal.valueOf(mm2), now);
        em.persist(m);
        return m;
    }
}
