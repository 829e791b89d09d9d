package streq.case02;

public enum DocumentType {
    INVOICE,
    CREDIT_NOTE,
    RECEIPT
}
