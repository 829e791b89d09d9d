package io.ledgerly.billing.invoice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Page<Invoice> findByAccountId(Long accountId, Pageable pageable);

    Page<Invoice> findByAccountIdAndStatus(Long accountId, Invoice.Status status, Pageable pageable);

    @Query("select sum(i.amount) from Invoice i where i.accountId = :accountId and i.status = 'OPEN'")
    BigDecimal sumOpenAmount(@Param("accountId") Long accountId);
}
