package org.solarpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Projects, their material plans, documents and creation keys. */
@ApplicationScoped
public class ProjectRepository {

    @PersistenceContext
    EntityManager em;

    /** List filters; null means "any". */
    public record Filter(Stage stage, Long branchId, Long managerId, String text) {
    }

    public record Page(List<Project> items, long total) {
    }

    public void add(Project project) {
        em.persist(project);
    }

    /** The project with its members (whom every access check asks about) in one statement. */
    public Optional<Project> find(long id) {
        return em.createQuery("SELECT p FROM Project p LEFT JOIN FETCH p.members WHERE p.id = :id", Project.class)
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    /**
     * The project, with its row locked until the transaction ends: changes to it and its reports
     * serialise on it. The lock is a plain {@code SELECT id ... FOR UPDATE}: a JPA pessimistic
     * find would make EclipseLink refresh and load the project's gate items and stage history too.
     */
    public Optional<Project> findLocked(long id) {
        if (em.createNativeQuery("SELECT id FROM project WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return find(id);
    }

    public boolean codeTaken(String code) {
        return !em.createNamedQuery(Project.BY_CODE, Project.class).setParameter("code", code).getResultList().isEmpty();
    }

    /** The projects an actor may see that match the filter, newest first; branch and manager fetched in the same query. */
    public Page visible(ProjectAccess.Scope scope, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!scope.wholeCompany()) {
            where.append(" AND (EXISTS (SELECT m FROM ProjectMember m WHERE m.project = p AND m.userId = :uid)");
            params.put("uid", scope.userId());
            if (scope.branchId() != null) {
                where.append(" OR p.branchId = :scopeBranch");
                params.put("scopeBranch", scope.branchId());
            }
            where.append(")");
        }
        if (filter.stage() != null) {
            where.append(" AND p.stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.branchId() != null) {
            where.append(" AND p.branchId = :branch");
            params.put("branch", filter.branchId());
        }
        if (filter.managerId() != null) {
            where.append(" AND p.manager.id = :manager");
            params.put("manager", filter.managerId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(p.code) LIKE :q OR LOWER(p.name) LIKE :q OR LOWER(p.customer) LIKE :q)");
            params.put("q", "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        TypedQuery<Project> q = em.createQuery("SELECT p FROM Project p JOIN FETCH p.branch JOIN FETCH p.manager" + where
                + " ORDER BY p.createdAt DESC, p.id DESC", Project.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Project p" + where, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page(q.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    public List<Project> similarCandidates(Project target) {
        return em.createNamedQuery(Project.SIMILAR_CANDIDATES, Project.class)
                .setParameter("type", target.getType())
                .setParameter("stages", List.of(Stage.OM, Stage.CLOSED))
                .setParameter("min", target.getCapacityKwp().multiply(SimilarProjects.LOWER))
                .setParameter("max", target.getCapacityKwp().multiply(SimilarProjects.UPPER))
                .setParameter("id", target.getId())
                .setMaxResults(200)
                .getResultList();
    }

    public void addMaterialPlan(List<MaterialPlanLine> lines) {
        lines.forEach(em::persist);
    }

    public List<MaterialPlanLine> materialPlanOf(long projectId) {
        return em.createNamedQuery(MaterialPlanLine.OF_PROJECT, MaterialPlanLine.class).setParameter("projectId", projectId).getResultList();
    }

    public long countMaterialPlanOf(long projectId) {
        return em.createNamedQuery(MaterialPlanLine.COUNT_OF_PROJECT, Long.class).setParameter("projectId", projectId).getSingleResult();
    }

    public void addDocument(ProjectDocument document) {
        em.persist(document);
    }

    public Optional<ProjectDocument> document(long id) {
        return Optional.ofNullable(em.find(ProjectDocument.class, id));
    }

    public List<ProjectDocument> documentsOf(long projectId) {
        return em.createNamedQuery(ProjectDocument.OF_PROJECT, ProjectDocument.class).setParameter("projectId", projectId).getResultList();
    }

    /** The project an earlier request with this idempotency key created, if any. */
    public Optional<Long> createdWithKey(long userId, String key) {
        List<?> rows = em.createNativeQuery("SELECT project_id FROM project_creation_key WHERE user_id = ? AND idem_key = ?")
                .setParameter(1, userId).setParameter(2, key).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    public void rememberKey(long userId, String key, long projectId, java.time.Instant at) {
        em.createNativeQuery("INSERT INTO project_creation_key (user_id, idem_key, project_id, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, projectId)
                .setParameter(4, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).executeUpdate();
    }
}
