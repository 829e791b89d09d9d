// Request and answer of the inventory reservation endpoint.
package httpclients.case11;

public record ReservationResult(String reservationId, boolean confirmed, int available) {
}

record ReservationRequest(String orderId, String sku, int quantity) {
}
