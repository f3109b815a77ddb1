package org.solarpm.procurement.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.solarpm.procurement.PricePoint;
import org.solarpm.procurement.PriceSource;

/**
 * Writes price rows with multi-row {@code INSERT IGNORE}: the unique natural key turns a repeated
 * row into a no-op, and the affected-row count is exactly the number of new rows.
 */
public final class PriceBatchWriter {

    private static final String INSERT = "INSERT IGNORE INTO price_point (material_id, supplier_id, price_date, quantity, unit_price,"
            + " price_unit, currency, normalised_price, source, source_ref, natural_key, created_at) VALUES ";
    private static final String VALUES = "(?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Connection connection;
    private final LocalDateTime createdAt;
    private final int batchSize;
    private final List<PriceRow> pending = new ArrayList<>();
    private int inserted;

    public PriceBatchWriter(Connection connection, Instant now, int batchSize) {
        this.connection = connection;
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        this.batchSize = batchSize;
    }

    public void add(PriceRow row) {
        pending.add(row);
        if (pending.size() >= batchSize) {
            try {
                flush();
            } catch (SQLException e) {
                throw new UncheckedSql(e);
            }
        }
    }

    public void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(INSERT.length() + pending.size() * (VALUES.length() + 1)).append(INSERT);
        for (int i = 0; i < pending.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(VALUES);
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (PriceRow r : pending) {
                ps.setLong(p++, r.materialId());
                if (r.supplierId() == null) {
                    ps.setNull(p++, Types.BIGINT);
                } else {
                    ps.setLong(p++, r.supplierId());
                }
                ps.setObject(p++, r.date());
                ps.setBigDecimal(p++, r.quantity());
                ps.setBigDecimal(p++, r.unitPrice());
                ps.setString(p++, r.unit().name());
                ps.setString(p++, PricePoint.CURRENCY);
                ps.setBigDecimal(p++, r.normalisedPrice());
                ps.setString(p++, PriceSource.IMPORT.name());
                ps.setString(p++, r.reference());
                ps.setString(p++, r.naturalKey());
                ps.setObject(p++, createdAt);
            }
            inserted += ps.executeUpdate();
        }
        pending.clear();
    }

    public int inserted() {
        return inserted;
    }

    /** A database error inside the row callback; unwrapped by the runner's catch of RuntimeException. */
    public static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException e) {
            super(e);
        }
    }
}
