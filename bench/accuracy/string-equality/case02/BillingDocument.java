package streq.case02;

public record BillingDocument(String number, String prefix, DocumentType type) {
}
