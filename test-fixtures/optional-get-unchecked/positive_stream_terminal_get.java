// Stream terminal operations returning Optional (findFirst, findAny, max, reduce) followed by get() with no check.
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

class InvoiceStatistics {

    record Invoice(String number, String customer, BigDecimal total, Instant issuedAt) {
    }

    Invoice firstOverdue(List<Invoice> invoices, Instant cutoff) {
        return invoices.stream().filter(i -> i.issuedAt().isBefore(cutoff)).findFirst().get();  // expect: optional-get-unchecked "findFirst("
    }

    String anyCustomerOwing(List<Invoice> invoices) {
        return invoices.parallelStream()
                .filter(i -> i.total().signum() > 0)
                .map(Invoice::customer)
                .findAny()
                .get();  // expect: optional-get-unchecked "findAny("
    }

    Invoice largest(List<Invoice> invoices) {
        return invoices.stream().max(Comparator.comparing(Invoice::total)).get();  // expect: optional-get-unchecked "max("
    }

    BigDecimal sum(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::total).reduce(BigDecimal::add).get();  // expect: optional-get-unchecked "reduce("
    }
}
