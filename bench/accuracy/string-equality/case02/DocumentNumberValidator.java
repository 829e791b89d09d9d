package streq.case02;

import org.springframework.stereotype.Component;

@Component
public class DocumentNumberValidator {

    public boolean hasExpectedPrefix(BillingDocument document) {
        var expectedPrefix = switch (document.type()) {
            case INVOICE -> "INV-";
            case CREDIT_NOTE -> "CN-";
            case RECEIPT -> "RC-";
        };
        return document.prefix() == expectedPrefix;
    }

    public boolean isWellFormed(BillingDocument document) {
        return document.number() != null && document.number().length() > 4 && hasExpectedPrefix(document);
    }
}
