package org.solarpm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solarpm.identity.Actor;
import org.solarpm.identity.Role;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.MaterialCategory;
import org.solarpm.procurement.NewMaterial;
import org.solarpm.procurement.NewSupplier;
import org.solarpm.procurement.PriceCheck;
import org.solarpm.procurement.PriceCheckService;
import org.solarpm.procurement.PriceHistory;
import org.solarpm.procurement.PriceQuery;
import org.solarpm.procurement.PriceSample;
import org.solarpm.procurement.PriceVerdict;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.procurement.imports.ImportJob;
import org.solarpm.procurement.imports.ImportJobs;
import org.solarpm.procurement.imports.ImportMode;
import org.solarpm.procurement.imports.ImportStatus;
import org.solarpm.procurement.imports.PriceImportRunner;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DatabaseMigration;
import org.solarpm.shared.DomainException;

/** In-container: price history repository, price check and import against a Flyway-migrated MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ProcurementServiceIT {

    private static final Actor BUYER = new Actor(0, "it-buyer", "IT Buyer", Set.of(Role.BUYER), null, Locale.ENGLISH, "127.0.0.1");
    private static final Actor SITE = new Actor(0, "it-site", "IT Site", Set.of(Role.SITE_LEAD), null, Locale.ENGLISH, "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.solarpm();
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    PriceHistory history;

    @Inject
    PriceCheckService priceChecks;

    @Inject
    ImportJobs jobs;

    @Inject
    PriceImportRunner runner;

    @Inject
    CompanyClock clock;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Material module(int wp) {
        return catalogue.create(BUYER, new NewMaterial(unique("ARQ-MOD"), "组件", "Module", MaterialCategory.MODULE, QuantityUnit.PCS,
                BigDecimal.valueOf(wp), null, null));
    }

    /** One row a day for {@code days} days up to yesterday, prices falling from {@code start} to {@code end} CNY/W. */
    private Path sheet(String code, int days, double start, double end, boolean withBadRow) throws Exception {
        Path file = Files.createTempFile("arq-prices-", ".xlsx");
        LocalDate today = clock.today();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("prices");
            sheet.createRow(0).createCell(0).setCellValue("date");
            for (int i = 0; i < days; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(today.minusDays(days - i).toString());
                row.createCell(1).setCellValue(code);
                row.createCell(3).setCellValue(1000);
                row.createCell(4).setCellValue(start * Math.pow(end / start, i / (double) days));
                row.createCell(5).setCellValue("W");
            }
            if (withBadRow) {
                Row bad = sheet.createRow(days + 1);
                bad.createCell(0).setCellValue(today.minusDays(1).toString());
                bad.createCell(1).setCellValue(code);
                bad.createCell(3).setCellValue(-1);
                bad.createCell(4).setCellValue(0.7);
            }
            wb.write(out);
        }
        return file;
    }

    private ImportJob runImport(Path file, ImportMode mode) {
        ImportJob job = jobs.create(BUYER, ImportJob.PRICE_HISTORY, mode, file.getFileName().toString());
        runner.run(job.getId(), file, mode);
        assertTrue(Files.notExists(file), "the runner deletes the uploaded file");
        return jobs.get(BUYER, job.getId());
    }

    @Test
    void shouldImportStreamedRowsOnceAndRefuseBadFilesInStrictMode() throws Exception {
        Material m = module(580);
        ImportJob rejected = runImport(sheet(m.getCode(), 150, 0.95, 0.75, true), ImportMode.STRICT);
        assertEquals(ImportStatus.REJECTED, rejected.getStatus());
        assertEquals(1, rejected.getErrorCount());
        assertEquals("D", rejected.errorList().get(0).column());
        assertEquals(152, rejected.errorList().get(0).row());
        assertEquals(0, history.pricesOf(List.of(m.getId()), clock.today().minusYears(1), clock.today()).size());

        ImportJob done = runImport(sheet(m.getCode(), 150, 0.95, 0.75, true), ImportMode.VALID_ONLY);
        assertEquals(ImportStatus.COMPLETED, done.getStatus());
        assertEquals(150, done.getInserted());
        assertEquals(151, done.getTotal());
        ImportJob again = runImport(sheet(m.getCode(), 150, 0.95, 0.75, false), ImportMode.STRICT);
        assertEquals(0, again.getInserted());
        assertEquals(150, again.getDuplicates());
        assertEquals(150, history.pricesOf(List.of(m.getId()), clock.today().minusYears(1), clock.today()).size());
    }

    @Test
    void shouldReadOnlyTheWindowOfTheRequestedMaterialsThroughTheDateIndex() throws Exception {
        Material a = module(600);
        Material b = module(610);
        runImport(sheet(a.getCode(), 300, 1.0, 0.8, false), ImportMode.STRICT);
        runImport(sheet(b.getCode(), 40, 0.8, 0.8, false), ImportMode.STRICT);
        LocalDate today = clock.today();
        List<PriceSample> window = history.pricesOf(List.of(a.getId()), today.minusDays(180), today);
        assertEquals(180, window.size());
        assertTrue(window.stream().allMatch(s -> !s.date().isBefore(today.minusDays(180))));
        assertEquals(220, history.pricesOf(List.of(a.getId(), b.getId()), today.minusDays(180), today).size());
        assertTrue(history.materialsOfSpecClass("MODULE:600").containsAll(List.of(a.getId(), b.getId())));

        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT price_date, normalised_price FROM price_point"
                     + " WHERE material_id IN (?) AND price_date BETWEEN ? AND ?")) {
            ps.setLong(1, a.getId());
            ps.setObject(2, today.minusDays(180));
            ps.setObject(3, today);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("ix_price_point_material_date", rs.getString("key"));
                assertEquals("range", rs.getString("type"));
            }
        }
    }

    @Test
    void shouldCheckAgainstTheTrendAndFallBackToTheSpecClass() throws Exception {
        Material falling = module(630);
        runImport(sheet(falling.getCode(), 180, 0.95, 0.75, false), ImportMode.STRICT);
        LocalDate in75 = clock.today().plusDays(75);
        PriceCheck high = priceChecks.check(BUYER, new PriceQuery(falling.getId(), new BigDecimal("0.745"), "CNY", in75, null, QuantityUnit.W));
        assertEquals(PriceVerdict.HIGH, high.verdict(), high.explanation());
        assertTrue(high.trendApplied());
        assertTrue(high.deviationFromMedianPct().signum() < 0, "below the window median, still HIGH");

        Material sibling = module(640);
        PriceCheck peer = priceChecks.check(SITE, new PriceQuery(sibling.getId(), new BigDecimal("480"), null, null, null, null));
        assertEquals(PriceCheck.Basis.SPEC_CLASS, peer.basis());
        assertEquals(QuantityUnit.W, peer.priceUnit());

        DomainException usd = assertThrows(DomainException.class, () ->
                priceChecks.check(BUYER, new PriceQuery(falling.getId(), BigDecimal.ONE, "USD", null, null, null)));
        assertEquals("currency", usd.fieldErrors().get(0).field());
        assertThrows(DomainException.class, () -> catalogue.create(SITE, new NewSupplier(unique("S"), "x", null, null, null)));
    }
}
