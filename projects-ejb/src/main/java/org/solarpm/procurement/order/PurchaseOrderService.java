package org.solarpm.procurement.order;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.procurement.CatalogueService;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.PriceCheck;
import org.solarpm.procurement.PriceCheckService;
import org.solarpm.procurement.PriceHistory;
import org.solarpm.procurement.PricePoint;
import org.solarpm.procurement.PriceQuery;
import org.solarpm.procurement.PriceSource;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectAccess;
import org.solarpm.project.ProjectRole;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * The purchase order use cases. Buyers and PMs of a project (and administrators) create, submit and
 * place orders; each approval step is decided only by the approver the rules chose; site staff
 * receive. Orders of projects the actor may not see are "not found".
 */
@Stateless
public class PurchaseOrderService {

    @Inject
    ProjectService projects;

    @Inject
    PurchaseOrderRepository orders;

    @Inject
    OrderLines lines;

    @Inject
    ApprovalRouting routing;

    @Inject
    PriceCheckService priceChecks;

    @Inject
    CatalogueService catalogue;

    @Inject
    PriceHistory history;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    /** Creates a draft; with an idempotency key a repeated request returns the order the first one created. */
    public PurchaseOrder create(Actor actor, long projectId, NewOrder cmd, String idempotencyKey) {
        Project project = projects.get(actor, projectId);
        if (idempotencyKey != null) {
            var earlier = orders.createdWithKey(actor.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return get(actor, earlier.get());
            }
        }
        requireBuyerOrPm(actor, project);
        if (cmd.supplierId() != null) {
            try {
                catalogue.supplier(cmd.supplierId());
            } catch (DomainException e) {
                throw DomainException.invalid("supplierId", "error.unknownReference", cmd.supplierId());
            }
        }
        OrderLines.Checked checked = lines.validate(projectId, cmd.lines());
        PurchaseOrder order = new PurchaseOrder(projectId, cmd.title(), cmd.supplierId(), actor, checked.lines(), checked.planLines(),
                clock.now());
        orders.add(order);
        if (idempotencyKey != null) {
            orders.rememberKey(actor.id(), idempotencyKey, order.getId(), clock.now());
        }
        audit.record(actor, "PO_CREATED", "PurchaseOrder", order.getId(), project.getCode() + " " + order.getTotalAmount().toPlainString());
        return order;
    }

    public PurchaseOrderRepository.Page list(Actor actor, long projectId, int page, int size) {
        projects.get(actor, projectId);
        return orders.ofProject(projectId, page, size);
    }

    /** The order if the actor may see its project; 404 otherwise. */
    public PurchaseOrder get(Actor actor, long id) {
        PurchaseOrder order = orders.find(id).orElseThrow(() -> DomainException.notFound("PurchaseOrder"));
        projects.get(actor, order.getProjectId());
        return order;
    }

    /** The catalogue materials of an order's lines, by id. */
    public Map<Long, Material> materialsOf(PurchaseOrder order) {
        Map<Long, Material> materials = new LinkedHashMap<>();
        order.getLines().forEach(l -> materials.computeIfAbsent(l.getMaterialId(), catalogue::material));
        return materials;
    }

    /** Orders whose current approval step is the actor's. */
    public List<PurchaseOrder> awaitingApprovalBy(Actor actor) {
        return orders.awaiting(actor.id(), 200);
    }

    /** Checks every line's price (stored with the line) and fixes the approval chain by the rules. */
    public PurchaseOrder submit(Actor actor, long id, int expectedVersion) {
        PurchaseOrder order = locked(actor, id, expectedVersion);
        Project project = projects.get(actor, order.getProjectId());
        requireBuyerOrPm(actor, project);
        LocalDate today = clock.today();
        Map<OrderLine, PriceCheck> checks = new LinkedHashMap<>();
        Map<OrderLine, PriceCheck> checksEn = new LinkedHashMap<>();
        for (OrderLine line : order.getLines()) {
            PriceQuery query = new PriceQuery(line.getMaterialId(), line.getUnitPrice(), "CNY", today, order.getSupplierId(), line.getUnit());
            checks.put(line, priceChecks.check(actor.withLocale(Messages.ZH_CN), query));
            checksEn.put(line, priceChecks.check(actor.withLocale(Messages.EN), query));
        }
        boolean anyHigh = checks.values().stream().anyMatch(c -> c.verdict() == org.solarpm.procurement.PriceVerdict.HIGH);
        List<Approver> chain = routing.chainFor(project, order.getRequestedBy(), order.getTotalAmount(), anyHigh);
        order.submit(checks, checksEn, chain, clock.now());
        audit.record(actor, "PO_SUBMITTED", "PurchaseOrder", id, chain.stream().map(a -> a.level() + ":" + a.name()).toList().toString());
        orders.flush();
        return order;
    }

    /** The current step's approver approves; the last approval puts every line into the price history, once. */
    public PurchaseOrder approve(Actor actor, long id, int expectedVersion, String comment) {
        PurchaseOrder order = locked(actor, id, expectedVersion);
        if (order.approve(actor, comment, clock.now())) {
            recordPrices(order);
        }
        audit.record(actor, "PO_APPROVED", "PurchaseOrder", id, order.getStatus().name());
        orders.flush();
        return order;
    }

    public PurchaseOrder reject(Actor actor, long id, int expectedVersion, String reason) {
        PurchaseOrder order = locked(actor, id, expectedVersion);
        order.reject(actor, reason, clock.now());
        audit.record(actor, "PO_REJECTED", "PurchaseOrder", id, reason);
        orders.flush();
        return order;
    }

    public PurchaseOrder markOrdered(Actor actor, long id, int expectedVersion) {
        PurchaseOrder order = locked(actor, id, expectedVersion);
        requireBuyerOrPm(actor, projects.get(actor, order.getProjectId()));
        order.markOrdered(clock.now());
        audit.record(actor, "PO_ORDERED", "PurchaseOrder", id, null);
        orders.flush();
        return order;
    }

    /** Books received quantities per line (line id -> quantity) on {@code on} (today when null). */
    public PurchaseOrder receive(Actor actor, long id, int expectedVersion, Map<Long, BigDecimal> quantities, LocalDate on, String note) {
        PurchaseOrder order = locked(actor, id, expectedVersion);
        if (!ProjectAccess.canContribute(actor, projects.get(actor, order.getProjectId()))) {
            throw DomainException.forbidden();
        }
        LocalDate day = on == null ? clock.today() : on;
        if (day.isAfter(clock.today())) {
            throw DomainException.invalid("receivedOn", "error.po.futureReceipt");
        }
        order.receive(quantities, day, actor, note, clock.now());
        audit.record(actor, "PO_RECEIVED", "PurchaseOrder", id, quantities.toString());
        orders.flush();
        return order;
    }

    private void recordPrices(PurchaseOrder order) {
        LocalDate today = clock.today();
        for (OrderLine line : order.getLines()) {
            Material material = catalogue.material(line.getMaterialId());
            history.record(new PricePoint(material, order.getSupplierId(), today, line.getQuantity(), line.getUnitPrice(), line.getUnit(),
                    PriceSource.APPROVED_PO, "PO-" + order.getId() + "-" + line.getPosition(), clock.now()));
        }
    }

    private PurchaseOrder locked(Actor actor, long id, int expectedVersion) {
        get(actor, id);
        PurchaseOrder order = orders.findForUpdate(id).orElseThrow(() -> DomainException.notFound("PurchaseOrder"));
        if (order.getVersion() != expectedVersion) {
            throw DomainException.conflict("error.staleVersion");
        }
        orders.bumpVersion(order);
        return order;
    }

    static void requireBuyerOrPm(Actor actor, Project project) {
        boolean member = project.memberOf(actor.id()).map(m -> m.getRole() == ProjectRole.PM || m.getRole() == ProjectRole.BUYER)
                .orElse(false);
        if (!actor.isAdmin() && !member) {
            throw DomainException.forbidden();
        }
    }

}
