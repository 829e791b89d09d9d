package streq.case42;

public record PriceDto(String sku, long amountCents, String currency) {
}
