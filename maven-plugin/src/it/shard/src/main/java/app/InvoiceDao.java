package app;

class InvoiceDao {
    String all() {
        return "SELECT * FROM invoices";
    }
}
