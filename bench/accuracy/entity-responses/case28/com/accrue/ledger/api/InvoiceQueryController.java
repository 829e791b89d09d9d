package com.accrue.ledger.api;

import jakarta.persistence.EntityManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/ledger/customers/{customerNo}/invoices")
public class InvoiceQueryController {

    private final EntityManager entityManager;

    public InvoiceQueryController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<Invoice> invoices(@PathVariable String customerNo) {
        return entityManager
                .createQuery("select i from Invoice i where i.customerNo = :c order by i.issueDate desc",
                        com.accrue.ledger.persistence.Invoice.class)
                .setParameter("c", customerNo)
                .getResultStream()
                .map(Invoice::fromRow)
                .toList();
    }
}
