package org.solarpm.project;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.solarpm.identity.Actor;
import org.solarpm.identity.Branch;
import org.solarpm.identity.User;
import org.solarpm.shared.DomainException;
import org.solarpm.template.ProjectType;

/**
 * A PV project from survey to O&amp;M: the aggregate root of its stage gates, stage history and
 * members. Stage changes go through {@link #advanceTo} (gates enforced) or {@link #overrideTo}
 * (administrators, with a written reason); both are recorded in the history.
 */
@Entity
@Table(name = "project")
@NamedQuery(name = Project.BY_CODE, query = "SELECT p FROM Project p WHERE p.code = :code")
@NamedQuery(name = Project.SIMILAR_CANDIDATES, query = "SELECT p FROM Project p WHERE p.type = :type AND p.stage IN :stages"
        + " AND p.capacityKwp BETWEEN :min AND :max AND p.id <> :id ORDER BY p.createdAt DESC")
public class Project {

    public static final String BY_CODE = "Project.byCode";
    public static final String SIMILAR_CANDIDATES = "Project.similarCandidates";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String customer;

    @Column(name = "site_address", nullable = false, length = 300)
    private String siteAddress;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 32, updatable = false)
    private ProjectType type;

    @Column(name = "capacity_kwp", nullable = false, precision = 12, scale = 3)
    private BigDecimal capacityKwp;

    @Column(name = "module_wp", nullable = false)
    private int moduleWp;

    @Column(name = "contract_value", precision = 16, scale = 2)
    private BigDecimal contractValue;

    @Column(precision = 16, scale = 2)
    private BigDecimal budget;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(name = "branch_id", insertable = false, updatable = false)
    private Long branchId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "manager_id")
    private User manager;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_cod")
    private LocalDate plannedCod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Stage stage = Stage.SURVEY;

    @Column(name = "template_code", nullable = false, length = 64, updatable = false)
    private String templateCode;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProjectMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GateItem> gateItems = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    private List<StageChange> history = new ArrayList<>();

    protected Project() {
    }

    /** A new project in SURVEY, managed by {@code manager}, who becomes its first PM member. */
    public Project(ProjectDetails details, ProjectType type, BigDecimal capacityKwp, int moduleWp, Branch branch, User manager,
                   String templateCode, int templateVersion, Instant createdAt) {
        if (capacityKwp == null || capacityKwp.signum() <= 0) {
            throw DomainException.invalid("capacityKwp", "jakarta.validation.constraints.Positive.message");
        }
        this.code = details.code();
        this.type = type;
        this.capacityKwp = capacityKwp;
        this.moduleWp = moduleWp;
        this.branch = branch;
        this.branchId = branch.getId();
        this.manager = manager;
        this.templateCode = templateCode;
        this.templateVersion = templateVersion;
        this.createdAt = createdAt;
        describe(details);
        members.add(new ProjectMember(this, manager, ProjectRole.PM, createdAt));
        history.add(new StageChange(this, null, Stage.SURVEY, createdAt, manager.getId(), manager.getDisplayName(), null, null, null));
    }

    /** Replaces the descriptive fields; planned COD may not lie before planned start. */
    public void describe(ProjectDetails d) {
        if (d.plannedCod() != null && d.plannedStart() != null && d.plannedCod().isBefore(d.plannedStart())) {
            throw DomainException.invalid("plannedCod", "error.project.codBeforeStart");
        }
        if (d.contractValue() != null && d.contractValue().signum() < 0) {
            throw DomainException.invalid("contractValue", "jakarta.validation.constraints.PositiveOrZero.message");
        }
        if (d.budget() != null && d.budget().signum() < 0) {
            throw DomainException.invalid("budget", "jakarta.validation.constraints.PositiveOrZero.message");
        }
        this.name = d.name();
        this.customer = d.customer();
        this.siteAddress = d.siteAddress();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.contractValue = d.contractValue();
        this.budget = d.budget();
        this.plannedStart = d.plannedStart();
        this.plannedCod = d.plannedCod();
    }

    public ProjectDetails details() {
        return new ProjectDetails(code, name, customer, siteAddress, latitude, longitude, contractValue, budget, plannedStart, plannedCod);
    }

    public void addGateItem(Stage stage, String code, String nameZh, String nameEn, boolean documentRequired) {
        gateItems.add(new GateItem(this, stage, code, nameZh, nameEn, documentRequired, gateItems.size()));
    }

    /** Ticks a gate item off, optionally with a document of this project as evidence. */
    public GateItem tickGateItem(String itemCode, Actor actor, ProjectDocument document, Instant at) {
        GateItem item = gateItem(itemCode).orElseThrow(() -> DomainException.notFound("GateItem"));
        if (stage.isTerminal()) {
            throw DomainException.conflict("error.project.terminal", stage.name());
        }
        if (document != null && !document.belongsTo(this)) {
            throw DomainException.invalid("documentId", "error.unknownReference", document.getId());
        }
        item.tick(actor, document == null ? null : document.getId(), at);
        return item;
    }

    /** The gate items that still block leaving the current stage for {@code target}: all unticked items of the stages passed. */
    public List<GateItem> unmetGateItemsFor(Stage target) {
        if (target == Stage.LOST) {
            return List.of();
        }
        int from = stage.ordinal();
        int to = target == Stage.CLOSED ? Stage.CLOSED.ordinal() : target.ordinal();
        return gateItems.stream().filter(g -> g.getStage().ordinal() >= from && g.getStage().ordinal() < to && !g.isTicked()).toList();
    }

    /**
     * Moves the project forward to {@code target} if every gate item of the stages it leaves is ticked.
     *
     * @throws DomainException 409 with the codes of the unmet gate items in {@code details}
     */
    public StageChange advanceTo(Stage target, Actor actor, String note, Instant at) {
        checkTransition(target);
        List<GateItem> unmet = unmetGateItemsFor(target);
        if (!unmet.isEmpty()) {
            List<String> codes = unmet.stream().map(GateItem::getCode).toList();
            throw new DomainException(DomainException.Kind.CONFLICT, "error.stage.gateBlocked", List.of(), codes,
                    target.displayName(actor.locale()), String.join(", ", codes));
        }
        return record(target, actor, note, null, null, at);
    }

    /** An administrator moves the project past unmet gate items; the reason and the skipped items are kept in the history. */
    public StageChange overrideTo(Stage target, Actor actor, String reason, String note, Instant at) {
        if (!actor.isAdmin()) {
            throw DomainException.forbidden();
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("overrideReason", "error.field.required");
        }
        checkTransition(target);
        String skipped = String.join(",", unmetGateItemsFor(target).stream().map(GateItem::getCode).toList());
        return record(target, actor, note, reason.strip(), skipped.isEmpty() ? null : truncate(skipped), at);
    }

    private void checkTransition(Stage target) {
        if (stage.isTerminal()) {
            throw DomainException.conflict("error.project.terminal", stage.name());
        }
        if (target == stage) {
            throw DomainException.conflict("error.stage.same", target.name());
        }
        if (target == Stage.LOST) {
            if (!stage.canBeLost()) {
                throw DomainException.conflict("error.stage.cannotLose", stage.name());
            }
            return;
        }
        if (target.ordinal() < stage.ordinal()) {
            throw DomainException.conflict("error.stage.backwards", stage.name(), target.name());
        }
    }

    private StageChange record(Stage target, Actor actor, String note, String reason, String skipped, Instant at) {
        StageChange change = new StageChange(this, stage, target, at, actor.id(), actor.displayName(), note, reason, skipped);
        history.add(change);
        this.stage = target;
        return change;
    }

    /** Adds a member or changes the role of an existing one. */
    public ProjectMember addMember(User user, ProjectRole role, Instant at) {
        Optional<ProjectMember> existing = memberOf(user.getId());
        if (existing.isPresent()) {
            existing.get().changeRole(role);
            return existing.get();
        }
        ProjectMember member = new ProjectMember(this, user, role, at);
        members.add(member);
        return member;
    }

    /** Removes a member; the project manager stays a member while they manage the project. */
    public void removeMember(long userId) {
        ProjectMember member = memberOf(userId).orElseThrow(() -> DomainException.notFound("ProjectMember"));
        if (manager.getId() == userId) {
            throw DomainException.conflict("error.project.removeManager");
        }
        members.remove(member);
    }

    public void changeManager(User newManager, Instant at) {
        this.manager = newManager;
        if (memberOf(newManager.getId()).isEmpty()) {
            members.add(new ProjectMember(this, newManager, ProjectRole.PM, at));
        }
    }

    public Optional<ProjectMember> memberOf(long userId) {
        return members.stream().filter(m -> m.getUserId() == userId).findFirst();
    }

    public Optional<GateItem> gateItem(String itemCode) {
        return gateItems.stream().filter(g -> g.getCode().equals(itemCode)).findFirst();
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCustomer() {
        return customer;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public ProjectType getType() {
        return type;
    }

    public BigDecimal getCapacityKwp() {
        return capacityKwp;
    }

    public int getModuleWp() {
        return moduleWp;
    }

    public BigDecimal getContractValue() {
        return contractValue;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public Branch getBranch() {
        return branch;
    }

    public Long getBranchId() {
        return branchId;
    }

    public User getManager() {
        return manager;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedCod() {
        return plannedCod;
    }

    public Stage getStage() {
        return stage;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    public List<ProjectMember> getMembers() {
        return List.copyOf(members);
    }

    public List<GateItem> getGateItems() {
        return List.copyOf(gateItems);
    }

    public List<StageChange> getHistory() {
        return List.copyOf(history);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Project p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
