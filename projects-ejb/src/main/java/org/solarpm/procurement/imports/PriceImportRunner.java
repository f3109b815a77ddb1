package org.solarpm.procurement.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.Supplier;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DatabaseMigration;

/**
 * Runs one price history import in the background: pass 1 streams the sheet and checks every row;
 * in strict mode any bad row ends the job REJECTED with nothing written. Pass 2 streams it again and
 * writes the good rows in multi-row {@code INSERT IGNORE} batches inside one local transaction, so
 * the natural key drops rows that are already there and a failure leaves no partial import.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PriceImportRunner {

    static final int BATCH = 1000;
    private static final int PROGRESS_EVERY = 5000;
    private static final Logger LOG = Logger.getLogger(PriceImportRunner.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    ImportJobs jobs;

    @Inject
    CompanyClock clock;

    public void run(String jobId, Path file, ImportMode mode) {
        try {
            PriceRowParser parser = parser();
            Validation v = validate(jobId, file, parser);
            if (v.errorTotal > 0 && mode == ImportMode.STRICT) {
                jobs.finish(jobId, ImportStatus.REJECTED, v.rows, v.valid, 0, v.errorTotal, v.errors);
                return;
            }
            int inserted = write(jobId, file, parser, v.rows);
            jobs.finish(jobId, ImportStatus.COMPLETED, v.rows, v.valid, inserted, v.errorTotal, v.errors);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Price history import " + jobId + " failed", e);
            jobs.finish(jobId, ImportStatus.FAILED, 0, 0, 0, 1,
                    List.of(new RowError(0, "", "file", "error.import.notSpreadsheet", List.of())));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete " + file, e);
            }
        }
    }

    private PriceRowParser parser() {
        Map<String, Material> materials = new HashMap<>();
        for (Material m : em.createNamedQuery(Material.ALL, Material.class).getResultList()) {
            materials.put(m.getCode(), m);
        }
        Map<String, Long> suppliers = new HashMap<>();
        for (Supplier s : em.createNamedQuery(Supplier.ALL, Supplier.class).getResultList()) {
            suppliers.put(s.getCode(), s.getId());
        }
        return new PriceRowParser(materials, suppliers, clock.today());
    }

    private static final class Validation {
        int rows;
        int valid;
        int errorTotal;
        final List<RowError> errors = new ArrayList<>();
    }

    private Validation validate(String jobId, Path file, PriceRowParser parser) throws IOException {
        Validation v = new Validation();
        jobs.progress(jobId, ImportStatus.VALIDATING, 0, 0);
        PriceSheetReader.read(file, (row, cells) -> {
            PriceRowParser.Result r = parser.parse(row, cells);
            v.rows++;
            if (r.row() != null) {
                v.valid++;
            } else {
                v.errorTotal += r.errors().size();
                for (RowError e : r.errors()) {
                    if (v.errors.size() < ImportJob.MAX_STORED_ERRORS) {
                        v.errors.add(e);
                    }
                }
            }
            if (v.rows % PROGRESS_EVERY == 0) {
                jobs.progress(jobId, ImportStatus.VALIDATING, 0, v.rows);
            }
        });
        return v;
    }

    private int write(String jobId, Path file, PriceRowParser parser, int total) throws IOException, SQLException {
        jobs.progress(jobId, ImportStatus.IMPORTING, total, 0);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                PriceBatchWriter writer = new PriceBatchWriter(c, clock.now(), BATCH);
                int[] seen = {0};
                PriceSheetReader.read(file, (row, cells) -> {
                    PriceRow r = parser.parse(row, cells).row();
                    if (r != null) {
                        writer.add(r);
                    }
                    if (++seen[0] % PROGRESS_EVERY == 0) {
                        jobs.progress(jobId, ImportStatus.IMPORTING, total, seen[0]);
                    }
                });
                writer.flush();
                c.commit();
                return writer.inserted();
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
