package streq.case49;

import org.springframework.stereotype.Component;

@Component
public class DocumentNumberValidator {

    public boolean hasExpectedPrefix(BillingDocument document) {
        var expectedType = switch (document.prefix()) {
            case "INV-" -> DocumentType.INVOICE;
            case "CN-" -> DocumentType.CREDIT_NOTE;
            default -> DocumentType.RECEIPT;
        };
        return document.declaredType() == expectedType;
    }

    public boolean isWellFormed(BillingDocument document) {
        return document.number() != null && document.number().length() > 4 && hasExpectedPrefix(document);
    }
}
