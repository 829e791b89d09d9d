package com.ledgerline.billing.reminders;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    List<Invoice> findByPaidFalseAndDueDateBefore(LocalDate day);
}
