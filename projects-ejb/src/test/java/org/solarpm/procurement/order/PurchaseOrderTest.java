package org.solarpm.procurement.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solarpm.identity.Actor;
import org.solarpm.identity.Role;
import org.solarpm.procurement.PriceCheck;
import org.solarpm.procurement.PriceVerdict;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.shared.DomainException;

class PurchaseOrderTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    private static final Actor BUYER = actor(6, Role.BUYER);
    private static final Actor PM = actor(4, Role.PROJECT_MANAGER);
    private static final Actor HEAD = actor(3, Role.BRANCH_HEAD);

    private static Actor actor(long id, Role role) {
        return new Actor(id, "u" + id, "User " + id, Set.of(role), 1L, Locale.ENGLISH, "127.0.0.1");
    }

    private static NewOrderLine line(String quantity, String price) {
        return new NewOrderLine(7, new BigDecimal(quantity), QuantityUnit.W, new BigDecimal(price), "CNY", BigDecimal.ONE,
                new BigDecimal("0.13"), LocalDate.parse("2026-06-01"), null);
    }

    private static PriceCheck check(PriceVerdict verdict) {
        return new PriceCheck(verdict, BigDecimal.ONE, QuantityUnit.W, PriceCheck.Basis.MATERIAL, 6, null, null, null, null, null, null,
                null, false, 180, LocalDate.parse("2026-05-01"), verdict.name());
    }

    private static PurchaseOrder submitted(Approver... chain) {
        PurchaseOrder order = new PurchaseOrder(1, "t", null, BUYER, List.of(line("100000", "0.70")), Arrays.asList((Long) null), NOW);
        Map<OrderLine, PriceCheck> checks = new LinkedHashMap<>();
        order.getLines().forEach(l -> checks.put(l, check(PriceVerdict.NORMAL)));
        order.submit(checks, checks, List.of(chain), NOW);
        return order;
    }

    private static Approver approver(ApprovalLevel level, Actor a) {
        return new Approver(level, a.id(), a.displayName());
    }

    @Test
    void shouldAddTaxToTheTotalTheThresholdsCompare() {
        PurchaseOrder order = new PurchaseOrder(1, "t", null, BUYER, List.of(line("100000", "0.70"), line("1000", "1.5")),
                Arrays.asList(null, null), NOW);
        assertThat(order.getTotalAmount()).isEqualByComparingTo("80795.00");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void shouldRouteByAmountAndHighVerdict() {
        ApprovalPolicy policy = ApprovalPolicy.DEFAULT;
        assertThat(policy.levelsFor(new BigDecimal("500000"), false)).containsExactly(ApprovalLevel.PROJECT_MANAGER);
        assertThat(policy.levelsFor(new BigDecimal("500000.01"), false)).containsExactly(ApprovalLevel.PROJECT_MANAGER, ApprovalLevel.BRANCH_HEAD);
        assertThat(policy.levelsFor(new BigDecimal("1000"), true)).containsExactly(ApprovalLevel.PROJECT_MANAGER, ApprovalLevel.BRANCH_HEAD);
        assertThat(policy.levelsFor(new BigDecimal("2000000.01"), false))
                .containsExactly(ApprovalLevel.PROJECT_MANAGER, ApprovalLevel.BRANCH_HEAD, ApprovalLevel.EXECUTIVE);
    }

    @Test
    void shouldApproveStepsInOrderOnlyByTheirOwnApprover() {
        PurchaseOrder order = submitted(approver(ApprovalLevel.PROJECT_MANAGER, PM), approver(ApprovalLevel.BRANCH_HEAD, HEAD));
        assertThatThrownBy(() -> order.approve(HEAD, null, NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> order.approve(BUYER, null, NOW)).isInstanceOf(DomainException.class)
                .hasMessage("error.po.ownOrder");
        assertThat(order.approve(PM, "ok", NOW)).isFalse();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.currentStep().orElseThrow().getApproverId()).isEqualTo(HEAD.id());
        assertThat(order.approve(HEAD, null, NOW)).isTrue();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.APPROVED);
        assertThatThrownBy(() -> order.approve(HEAD, null, NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void shouldRejectOnlyWithAReason() {
        PurchaseOrder order = submitted(approver(ApprovalLevel.PROJECT_MANAGER, PM));
        assertThatThrownBy(() -> order.reject(PM, "  ", NOW)).isInstanceOf(DomainException.class);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        order.reject(PM, "too expensive", NOW);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.getApprovals().get(0).getComment()).isEqualTo("too expensive");
        assertThatThrownBy(() -> order.markOrdered(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldNeverPutTheRequesterIntoTheChain() {
        PurchaseOrder order = new PurchaseOrder(1, "t", null, BUYER, List.of(line("1", "1")), Arrays.asList((Long) null), NOW);
        Map<OrderLine, PriceCheck> checks = Map.of(order.getLines().get(0), check(PriceVerdict.HIGH));
        assertThatThrownBy(() -> order.submit(checks, checks, List.of(approver(ApprovalLevel.PROJECT_MANAGER, BUYER)), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.DRAFT);
    }
}
