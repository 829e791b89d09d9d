// Invoice as rendered by the Thymeleaf templates; one instance per rendered page.
package singletons.case18;

import java.math.BigDecimal;
import java.time.LocalDate;

public class InvoiceView {

    private String number;
    private LocalDate issuedOn;
    private BigDecimal amount;
    private String displayDate;
    private String displayAmount;
    private boolean printed;

    public InvoiceView(String number, LocalDate issuedOn, BigDecimal amount) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.amount = amount;
    }

    public String getNumber() { return number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public BigDecimal getAmount() { return amount; }
    public String getDisplayDate() { return displayDate; }
    public void setDisplayDate(String displayDate) { this.displayDate = displayDate; }
    public String getDisplayAmount() { return displayAmount; }
    public void setDisplayAmount(String displayAmount) { this.displayAmount = displayAmount; }
    public boolean isPrinted() { return printed; }
    public void setPrinted(boolean printed) { this.printed = printed; }
}
