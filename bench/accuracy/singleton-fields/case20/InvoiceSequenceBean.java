// Invoice numbers for the billing module: continues after the highest number in the
// database and hands out blocks of consecutive numbers, with bean-managed concurrency.
package singletons.case20;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InvoiceSequenceBean {

    @PersistenceContext(unitName = "billing")
    private EntityManager em;

    private long nextNumber; // shared

    @PostConstruct
    void loadLastNumber() {
        Long highest = em.createQuery("select max(i.number) from Invoice i", Long.class).getSingleResult();
        nextNumber = highest == null ? 100_000L : highest + 1;
    }

    public long reserveBlock(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive");
        }
        long first = nextNumber;
        nextNumber += count;
        return first;
    }

    public long peek() {
        return nextNumber;
    }
}
