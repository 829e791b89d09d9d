// JPQL selects entities or constructor expressions, never *: @Query without nativeQuery, @NamedQuery, createQuery.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Entity
@Table(name = "customer_accounts")
class CustomerAccount {
    @Id
    Long id;
    String email;
    String tier;
}

interface CustomerAccountRepository extends JpaRepository<CustomerAccount, Long> {

    @Query("SELECT a FROM CustomerAccount a WHERE a.email = :email")
    Optional<CustomerAccount> findByEmailJpql(@Param("email") String email);

    @Query(value = "select a from CustomerAccount a where a.tier = :tier order by a.email", nativeQuery = false)
    List<CustomerAccount> findByTierJpql(@Param("tier") String tier);

    @Query("SELECT COUNT(a) FROM CustomerAccount a WHERE a.tier = 'GOLD'")
    long countGold();
}

@Entity
@Table(name = "billing_invoices")
@NamedQuery(name = "BillingInvoice.overdue", query = "SELECT i FROM BillingInvoice i WHERE i.dueDate < :today")
class BillingInvoice {
    @Id
    Long id;
    BigDecimal total;
    LocalDate dueDate;
}

class InvoiceLookupService {

    record InvoiceSummary(Long id, BigDecimal total) {}

    private final EntityManager entityManager;

    InvoiceLookupService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<BillingInvoice> overdue(LocalDate today) {
        return entityManager.createNamedQuery("BillingInvoice.overdue", BillingInvoice.class)
                .setParameter("today", today)
                .getResultList();
    }

    List<InvoiceSummary> summaries() {
        return entityManager.createQuery(
                        "select new com.example.billing.InvoiceSummary(i.id, i.total) from BillingInvoice i",
                        InvoiceSummary.class)
                .getResultList();
    }
}
