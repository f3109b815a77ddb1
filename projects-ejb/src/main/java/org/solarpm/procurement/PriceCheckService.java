package org.solarpm.procurement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.identity.Actor;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Checks a purchase price against history: the material's own window first, its spec class
 * (same category and spec, e.g. 575-599 Wp modules) when the material alone has too few samples.
 */
@Stateless
public class PriceCheckService {

    @Inject
    CatalogueService catalogue;

    @Inject
    PriceHistory history;

    @Inject
    CompanyClock clock;

    @Inject
    @ConfigProperty(name = "solarpm.price-check.window-days", defaultValue = "180")
    int windowDays;

    @Inject
    @ConfigProperty(name = "solarpm.price-check.min-samples", defaultValue = "3")
    int minSamples;

    @Inject
    @ConfigProperty(name = "solarpm.price-check.high-pct", defaultValue = "8")
    double highPct;

    @Inject
    @ConfigProperty(name = "solarpm.price-check.low-pct", defaultValue = "12")
    double lowPct;

    private PriceCheckPolicy policy;

    @PostConstruct
    void init() {
        PriceCheckPolicy d = PriceCheckPolicy.DEFAULT;
        policy = new PriceCheckPolicy(windowDays, minSamples, highPct, lowPct, d.minTrendPoints(), d.minTrendSpanDays(),
                d.minTrendPctPerMonth(), d.maxExtrapolationDays());
    }

    public PriceCheck check(Actor actor, PriceQuery query) {
        if (query.currency() != null && !PricePoint.CURRENCY.equalsIgnoreCase(query.currency().strip())) {
            throw DomainException.invalid("currency", "error.price.currencyMismatch", query.currency(), PricePoint.CURRENCY);
        }
        if (query.unitPrice() == null || query.unitPrice().signum() <= 0) {
            throw DomainException.invalid("unitPrice", "jakarta.validation.constraints.Positive.message");
        }
        Material material = material(query.materialId());
        if (query.supplierId() != null) {
            supplier(query.supplierId());
        }
        double price = material.normalise(query.unitPrice(), query.unit()).doubleValue();
        LocalDate date = query.date() == null ? clock.today() : query.date();
        LocalDate from = date.minusDays(policy.windowDays());
        List<PriceSample> samples = history.pricesOf(List.of(material.getId()), from, date);
        PriceCheck.Basis basis = PriceCheck.Basis.MATERIAL;
        if (samples.size() < policy.minSamples()) {
            List<Long> peers = history.materialsOfSpecClass(material.getSpecClass());
            if (peers.size() > 1) {
                samples = history.pricesOf(peers, from, date);
                basis = PriceCheck.Basis.SPEC_CLASS;
            }
        }
        return PriceCheck.assess(price, material.priceUnit(), samples, basis, date, policy, actor.locale());
    }

    public PriceCheckPolicy policy() {
        return policy;
    }

    private Material material(long id) {
        try {
            return catalogue.material(id);
        } catch (DomainException e) {
            throw DomainException.invalid("materialId", "error.unknownReference", id);
        }
    }

    private void supplier(long id) {
        try {
            catalogue.supplier(id);
        } catch (DomainException e) {
            throw DomainException.invalid("supplierId", "error.unknownReference", id);
        }
    }
}
