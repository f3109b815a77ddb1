package org.solarpm.procurement.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.PricePoint;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.shared.DomainException;

/**
 * Checks the lines of a new order against the catalogue and the project's material plan: known
 * material, positive quantity and price, a price unit the material's prices convert from, CNY or an
 * exchange rate, a tax rate in [0, 1), and the plan line each line fills (given, or found by
 * category and unit).
 */
@ApplicationScoped
public class OrderLines {

    static final BigDecimal DEFAULT_TAX = new BigDecimal("0.13");

    @Inject
    CatalogueService catalogue;

    @Inject
    PurchaseOrderRepository orders;

    /** Lines with defaults filled in, and per line the plan line it fills (null: unplanned). */
    public record Checked(List<NewOrderLine> lines, List<Long> planLines) {
    }

    public Checked validate(long projectId, List<NewOrderLine> specs) {
        if (specs == null || specs.isEmpty()) {
            throw DomainException.invalid("lines", "error.po.noLines");
        }
        if (specs.size() > 200) {
            throw DomainException.invalid("lines", "jakarta.validation.constraints.Size.message", 1, 200);
        }
        List<NewOrderLine> lines = new ArrayList<>();
        List<Long> planLines = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            NewOrderLine line = checked("lines[" + i + "].", specs.get(i));
            Material material = material("lines[" + i + "].materialId", line.materialId());
            if (line.unit() == null) {
                line = line.withUnit(material.getUnit());
            }
            try {
                material.normalise(line.unitPrice(), line.unit());
            } catch (DomainException e) {
                throw DomainException.invalid("lines[" + i + "].unit", "error.price.unitNotConvertible", line.unit().symbol(),
                        material.priceUnit().symbol());
            }
            lines.add(line);
            planLines.add(planLine(projectId, i, line, material));
        }
        return new Checked(lines, planLines);
    }

    private static NewOrderLine checked(String prefix, NewOrderLine l) {
        if (l.quantity() == null || l.quantity().signum() <= 0) {
            throw DomainException.invalid(prefix + "quantity", "jakarta.validation.constraints.Positive.message");
        }
        if (l.unitPrice() == null || l.unitPrice().signum() <= 0) {
            throw DomainException.invalid(prefix + "unitPrice", "jakarta.validation.constraints.Positive.message");
        }
        BigDecimal tax = l.taxRate() == null ? DEFAULT_TAX : l.taxRate();
        if (tax.signum() < 0 || tax.compareTo(BigDecimal.ONE) >= 0) {
            throw DomainException.invalid(prefix + "taxRate", "error.po.taxRate");
        }
        String currency = l.currency() == null || l.currency().isBlank() ? PricePoint.CURRENCY : l.currency().strip().toUpperCase(java.util.Locale.ROOT);
        BigDecimal rate = l.exchangeRate();
        if (PricePoint.CURRENCY.equals(currency)) {
            if (rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
                throw DomainException.invalid(prefix + "exchangeRate", "error.po.rateForCny");
            }
            rate = BigDecimal.ONE;
        } else if (rate == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "error.po.rateRequired",
                    List.of(new DomainException.FieldError(prefix + "exchangeRate", "error.po.rateRequired", currency)), List.of(), currency);
        } else if (rate.signum() <= 0) {
            throw DomainException.invalid(prefix + "exchangeRate", "jakarta.validation.constraints.Positive.message");
        }
        return new NewOrderLine(l.materialId(), l.quantity(), l.unit(), l.unitPrice(), currency, rate, tax, l.deliveryDate(), l.planLineId());
    }

    private Material material(String field, long id) {
        try {
            return catalogue.material(id);
        } catch (DomainException e) {
            throw DomainException.invalid(field, "error.unknownReference", id);
        }
    }

    private Long planLine(long projectId, int i, NewOrderLine line, Material material) {
        if (line.planLineId() != null) {
            if (!orders.planLineOf(projectId, line.planLineId())) {
                throw DomainException.invalid("lines[" + i + "].planLineId", "error.unknownReference", line.planLineId());
            }
            return line.planLineId();
        }
        QuantityUnit unit = line.unit();
        return orders.planLineFor(projectId, material.getCategory().name(), unit.symbol()).orElse(null);
    }
}
