package org.solarpm.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.solarpm.shared.DomainException;

/** Branch offices (分公司). */
@Stateless
public class OrganisationService {

    @PersistenceContext
    EntityManager em;

    public List<Branch> branches() {
        return em.createNamedQuery(Branch.ALL, Branch.class).getResultList();
    }

    public Branch branch(long id) {
        Branch b = em.find(Branch.class, id);
        if (b == null) {
            throw DomainException.notFound("Branch");
        }
        return b;
    }

    public Branch create(Actor actor, String code, String nameZh, String nameEn) {
        UserService.requireAdmin(actor);
        if (!em.createNamedQuery(Branch.BY_CODE, Branch.class).setParameter("code", code).getResultList().isEmpty()) {
            throw DomainException.invalid("code", "error.branch.codeTaken", code);
        }
        Branch b = new Branch(code, nameZh, nameEn);
        em.persist(b);
        return b;
    }

    public Branch rename(Actor actor, long id, String nameZh, String nameEn) {
        UserService.requireAdmin(actor);
        Branch b = branch(id);
        b.rename(nameZh, nameEn);
        return b;
    }
}
