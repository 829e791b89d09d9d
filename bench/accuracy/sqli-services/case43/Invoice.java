package eval2.case43;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoices")
public class Invoice {

    @Id
    private Long id;
    private Long tenantId;
    private String invoiceNumber;
    private BigDecimal amountDue;
    private LocalDate dueOn;
    private LocalDate paidOn;

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
