package com.invoicely.billing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingDocumentRepository extends JpaRepository<BillingDocument, Long> {
}
