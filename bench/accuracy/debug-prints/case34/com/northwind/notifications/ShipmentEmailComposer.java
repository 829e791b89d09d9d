package com.northwind.notifications;

import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

@Component
public class ShipmentEmailComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH);

    private final MailGateway mailGateway;

    public ShipmentEmailComposer(MailGateway mailGateway) {
        this.mailGateway = mailGateway;
    }

    public void sendShippedNotice(ShippedOrder order) {
        var body = new StringWriter();
        try (var pw = new PrintWriter(body)) {
            pw.printf("Hello %s,%n%n", order.customerFirstName());
            pw.println("Good news: your order is on its way.");
            pw.println();
            for (ShippedOrder.Item item : order.items()) {
                pw.printf(Locale.ENGLISH, " - %d x %s  (%.2f EUR)%n", item.quantity(), item.name(), item.lineTotal());
            }
            pw.println();
            pw.printf("Tracking number: %s (%s)%n", order.trackingNumber(), order.carrier());
            pw.printf("Expected delivery: %s%n", DATE.format(order.expectedDelivery()));
            pw.println();
            pw.print("Thank you for shopping with Northwind.");
        }
        mailGateway.send(order.customerEmail(), "Your order " + order.orderNumber() + " has shipped", body.toString());
    }

    public record ShippedOrder(String orderNumber, String customerFirstName, String customerEmail, String carrier,
                               String trackingNumber, java.time.LocalDate expectedDelivery, List<Item> items) {

        public record Item(String name, int quantity, BigDecimal lineTotal) {
        }
    }
}
