// Value-object records (CustomerNumber, InvoiceNumber, ShipmentNumber) compared with raw Strings, long ids and other records.
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

record CustomerNumber(long value) {
}

record InvoiceNumber(String value) {
}

record ShipmentNumber(String value) {
}

record Invoice(InvoiceNumber number, CustomerNumber customer, ShipmentNumber shipment, BigDecimal total) {
}

@Service
class InvoiceLookupService {

    private final Map<CustomerNumber, List<Invoice>> byCustomer = new HashMap<>();
    private final List<Invoice> all = new ArrayList<>();

    void add(Invoice invoice) {
        all.add(invoice);
        byCustomer.computeIfAbsent(invoice.customer(), c -> new ArrayList<>()).add(invoice);
    }

    List<Invoice> forCustomer(long customerNumber) {
        List<Invoice> found = byCustomer.get(customerNumber); // expect: incompatible-equals "`CustomerNumber` with `Long`"
        return found == null ? List.of() : found;
    }

    Optional<Invoice> find(String invoiceNumber) {
        return all.stream()
                .filter(i -> i.number().equals(invoiceNumber)) // expect: incompatible-equals "`InvoiceNumber` with `String`"
                .findFirst();
    }

    boolean belongsToShipment(Invoice invoice, ShipmentNumber shipment) {
        return invoice.number().equals(shipment); // expect: incompatible-equals "`InvoiceNumber` with `ShipmentNumber`"
    }

    List<Invoice> forCustomerFixed(long customerNumber) {
        List<Invoice> found = byCustomer.get(new CustomerNumber(customerNumber));
        return found == null ? List.of() : found;
    }

    Optional<Invoice> findFixed(String invoiceNumber) {
        return all.stream()
                .filter(i -> i.number().value().equals(invoiceNumber) || i.number().equals(new InvoiceNumber(invoiceNumber)))
                .findFirst();
    }

    boolean belongsToShipmentFixed(Invoice invoice, ShipmentNumber shipment) {
        return invoice.shipment().equals(shipment);
    }
}
