package concat.case41;

public record PriceUpdate(String sku, long amountCents) {
}
