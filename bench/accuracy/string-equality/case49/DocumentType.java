package streq.case49;

public enum DocumentType {
    INVOICE,
    CREDIT_NOTE,
    RECEIPT
}
