// One line of the revenue report.
package singletons.case28;

public record RevenueRow(String region, Long totalCents) {
}
