package org.solarpm.procurement;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.reporting.XlsxSheet;
import org.solarpm.reporting.XlsxSheet.Column;
import org.solarpm.reporting.XlsxSheet.Kind;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DatabaseMigration;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * The price history of every material of a category as one workbook (material, then date). A
 * category holds far more rows than one material, so they come from one forward-only streaming
 * JDBC query (Connector/J fetch size {@code Integer.MIN_VALUE}) straight into SXSSF; at most
 * {@link PriceHistoryExport#MAX_ROWS} rows (Excel's limit is a little above).
 */
@Stateless
public class CategoryPriceHistoryExport {

    private static final String SQL = "SELECT m.code, m.name_zh, m.name_en, m.category, m.unit, p.price_date, s.name, p.quantity,"
            + " p.unit_price, p.price_unit, p.currency, p.normalised_price, p.source, p.source_ref"
            + " FROM price_point p JOIN material m ON m.id = p.material_id LEFT JOIN supplier s ON s.id = p.supplier_id"
            + " WHERE m.category = ? AND p.price_date BETWEEN ? AND ?%s ORDER BY m.code, p.price_date, p.id LIMIT " + PriceHistoryExport.MAX_ROWS;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    CatalogueService catalogue;

    @Inject
    CompanyClock clock;

    @Inject
    AuditLog audit;

    /** A checked request. */
    public record Request(MaterialCategory category, Long supplierId, LocalDate from, LocalDate to) {
    }

    /** Checks the request and records the export; call before streaming so bad input gets a 4xx. */
    public Request prepare(Actor actor, MaterialCategory category, Long supplierId, LocalDate from, LocalDate to) {
        if (category == null) {
            throw DomainException.invalid("category", "error.field.required");
        }
        if (supplierId != null) {
            catalogue.supplier(supplierId);
        }
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        if (start.isAfter(end)) {
            throw DomainException.invalid("from", "error.field.invalid");
        }
        audit.record(actor, AuditLog.EXPORT, "MaterialCategory", category.name(), "price-history.xlsx " + category
                + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to));
        return new Request(category, supplierId, start, end);
    }

    /** Streams the rows into the workbook and writes it; outside a transaction, so the cursor has its own connection. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(Request request, Locale locale, OutputStream out) {
        try (XlsxSheet xlsx = new XlsxSheet(clock.zone()); Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(String.format(SQL, request.supplierId() == null ? "" : " AND p.supplier_id = ?"),
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            xlsx.sheet(Messages.get(locale, "export.priceHistory.sheet"), columns(locale));
            ps.setFetchSize(Integer.MIN_VALUE);
            List<Object> params = new ArrayList<>(List.of(request.category().name(), request.from(), request.to()));
            if (request.supplierId() != null) {
                params.add(request.supplierId());
            }
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    xlsx.row(rs.getString(1), Messages.pick(locale, rs.getString(2), rs.getString(3)), rs.getObject(6, LocalDate.class),
                            rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), symbol(rs.getString(10)), rs.getString(11),
                            rs.getBigDecimal(12), "CNY/" + priceUnit(rs.getString(4), rs.getString(5)),
                            Messages.get(locale, "export.priceHistory.source." + rs.getString(13)), rs.getString(14));
                }
            }
            xlsx.write(out);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unit a category's prices are compared in (see {@link Material#priceUnit()}). */
    static String priceUnit(String category, String materialUnit) {
        switch (MaterialCategory.valueOf(category)) {
            case MODULE:
                return QuantityUnit.W.symbol();
            case INVERTER:
                return QuantityUnit.KW.symbol();
            case DC_CABLE:
            case AC_CABLE:
                return QuantityUnit.M.symbol();
            default:
                return symbol(materialUnit);
        }
    }

    private static String symbol(String unit) {
        if (unit == null) {
            return null;
        }
        try {
            return QuantityUnit.valueOf(unit).symbol();
        } catch (IllegalArgumentException e) {
            return unit;
        }
    }

    private static List<Column> columns(Locale locale) {
        return List.of(
                new Column(Messages.get(locale, "export.priceHistory.material"), Kind.TEXT, 18),
                new Column(Messages.get(locale, "export.priceHistory.materialName"), Kind.TEXT, 28),
                new Column(Messages.get(locale, "export.priceHistory.date"), Kind.DATE, 12),
                new Column(Messages.get(locale, "export.priceHistory.supplier"), Kind.TEXT, 28),
                new Column(Messages.get(locale, "export.priceHistory.quantity"), Kind.DECIMAL, 12),
                new Column(Messages.get(locale, "export.priceHistory.unitPrice"), Kind.DECIMAL, 12),
                new Column(Messages.get(locale, "export.priceHistory.priceUnit"), Kind.TEXT, 10),
                new Column(Messages.get(locale, "export.priceHistory.currency"), Kind.TEXT, 8),
                new Column(Messages.get(locale, "export.priceHistory.normalised", "CNY"), Kind.DECIMAL, 16),
                new Column(Messages.get(locale, "export.priceHistory.normalisedUnit"), Kind.TEXT, 10),
                new Column(Messages.get(locale, "export.priceHistory.source"), Kind.TEXT, 10),
                new Column(Messages.get(locale, "export.priceHistory.reference"), Kind.TEXT, 24));
    }
}
