package streq.case49;

public record BillingDocument(String number, String prefix, DocumentType type, DocumentType declaredType) {
}
