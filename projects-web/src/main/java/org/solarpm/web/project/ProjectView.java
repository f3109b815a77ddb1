package org.solarpm.web.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.solarpm.identity.User;
import org.solarpm.project.GateItem;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectMember;
import org.solarpm.project.Stage;
import org.solarpm.project.StageChange;

/** A project with its stage timeline, gate checklist and history. */
public record ProjectView(long id, String code, String name, String customer, Site site, String type, Quantity capacity,
                          int moduleWp, Money contractValue, Money budget, Ref branch, Ref manager, LocalDate plannedStart,
                          LocalDate plannedCod, StageRef stage, List<StageRef> stages, List<Gate> gateItems,
                          List<HistoryEntry> history, String templateCode, int templateVersion, int version) {

    public record Site(String address, BigDecimal latitude, BigDecimal longitude) {
    }

    public record Ref(long id, String code, String name) {
        static Ref of(User u) {
            return new Ref(u.getId(), u.getUsername(), u.getDisplayName());
        }
    }

    public record StageRef(String code, String name, boolean current, boolean passed) {
    }

    public record Gate(String code, String stage, String name, boolean documentRequired, boolean ticked, Instant tickedAt,
                       String tickedBy, Long documentId) {
    }

    public record HistoryEntry(String from, String to, Instant at, String by, String note, String overrideReason,
                               String overriddenItems) {
    }

    public record MemberView(long userId, String username, String displayName, String role) {
        public static MemberView of(ProjectMember m) {
            return new MemberView(m.getUserId(), m.getUser().getUsername(), m.getUser().getDisplayName(), m.getRole().name());
        }
    }

    public static ProjectView of(Project p, Locale locale) {
        boolean en = org.solarpm.shared.Messages.isEnglish(locale);
        List<StageRef> stages = java.util.Arrays.stream(Stage.values())
                .filter(s -> s != Stage.LOST || p.getStage() == Stage.LOST)
                .map(s -> new StageRef(s.name(), s.displayName(locale), s == p.getStage(),
                        p.getStage() != Stage.LOST && s.ordinal() < p.getStage().ordinal()))
                .toList();
        List<Gate> gates = p.getGateItems().stream().map(g -> gate(g, en)).toList();
        List<HistoryEntry> history = p.getHistory().stream().map(ProjectView::entry).toList();
        return new ProjectView(p.getId(), p.getCode(), p.getName(), p.getCustomer(),
                new Site(p.getSiteAddress(), p.getLatitude(), p.getLongitude()), p.getType().name(),
                Quantity.of(p.getCapacityKwp(), "kWp"), p.getModuleWp(), Money.cny(p.getContractValue()), Money.cny(p.getBudget()),
                new Ref(p.getBranch().getId(), p.getBranch().getCode(), p.getBranch().name(locale)), Ref.of(p.getManager()),
                p.getPlannedStart(), p.getPlannedCod(),
                new StageRef(p.getStage().name(), p.getStage().displayName(locale), true, false), stages, gates, history,
                p.getTemplateCode(), p.getTemplateVersion(), p.getVersion());
    }

    private static Gate gate(GateItem g, boolean en) {
        return new Gate(g.getCode(), g.getStage().name(), en ? g.getNameEn() : g.getNameZh(), g.isDocumentRequired(), g.isTicked(),
                g.getTickedAt(), g.getTickedByName(), g.getDocumentId());
    }

    private static HistoryEntry entry(StageChange c) {
        return new HistoryEntry(c.getFromStage() == null ? null : c.getFromStage().name(), c.getToStage().name(), c.getChangedAt(),
                c.getActorName(), c.getNote(), c.getOverrideReason(), c.getOverriddenItems());
    }
}
