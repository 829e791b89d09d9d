package streq.case06;

public record PriceDto(String sku, long amountCents, String currency) {
}
