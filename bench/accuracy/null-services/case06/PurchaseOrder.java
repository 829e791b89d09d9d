package nulls.case06;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder {

    public enum Status { OPEN, CONFIRMED, SHIPPED, CANCELLED }

    @Id
    @GeneratedValue
    private Long id;

    private String externalReference;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private String cancellationReason;

    private String invoiceNumber;

    public Long getId() {
        return id;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }
}
