// JPA without query strings built at run time: Criteria API (a dynamic sort field), named queries (even a computed name), JPQL with :params.
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;

@Entity
@Table(name = "support_tickets")
@NamedQuery(name = "SupportTicket.byReference", query = "SELECT t FROM SupportTicket t WHERE t.reference = :ref")
@NamedQuery(name = "SupportTicket.open", query = "SELECT t FROM SupportTicket t WHERE t.status = 'OPEN'")
class SupportTicket {
    @Id
    Long id;
    String reference;
    String status;
    String priority;
}

class SupportTicketQueries {

    private final EntityManager entityManager;

    SupportTicketQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<SupportTicket> byStatus(String status, String sortField) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<SupportTicket> query = cb.createQuery(SupportTicket.class);
        Root<SupportTicket> ticket = query.from(SupportTicket.class);
        query.select(ticket)
                .where(cb.equal(ticket.get("status"), status))
                .orderBy(cb.asc(ticket.get(sortField)));
        return entityManager.createQuery(query).getResultList();
    }

    int escalate(String priority) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaUpdate<SupportTicket> update = cb.createCriteriaUpdate(SupportTicket.class);
        Root<SupportTicket> ticket = update.from(SupportTicket.class);
        update.set(ticket.<String>get("priority"), "HIGH").where(cb.equal(ticket.get("priority"), priority));
        return entityManager.createQuery(update).executeUpdate();
    }

    Optional<SupportTicket> byReference(String reference) {
        return entityManager.createNamedQuery("SupportTicket.byReference", SupportTicket.class)
                .setParameter("ref", reference)
                .getResultStream()
                .findFirst();
    }

    List<SupportTicket> named(String queryName) {
        return entityManager.createNamedQuery("SupportTicket." + queryName, SupportTicket.class).getResultList();
    }

    List<SupportTicket> withPriority(String priority) {
        return entityManager.createQuery("SELECT t FROM SupportTicket t WHERE t.priority = :priority", SupportTicket.class)
                .setParameter("priority", priority)
                .getResultList();
    }
}
