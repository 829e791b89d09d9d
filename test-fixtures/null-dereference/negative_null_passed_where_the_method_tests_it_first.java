// Null passed to methods that dereference the parameter only under a condition that reads the arguments (the value itself, or a flag passed beside it), or after an early return: the caller chose the path where the value is not read.
class InvoiceLayout {

    private boolean printFooter;

    void render() {
        header(null, false);
        footer(null);
        note(null);
    }

    private void header(String logo, boolean withLogo) {
        if (withLogo) {
            System.out.println(logo.trim());
        }
        System.out.println("INVOICE");
    }

    private void footer(String text) {
        if (printFooter && text != null) {
            System.out.println(text.trim());
        }
    }

    private void note(String text) {
        if (text == null) {
            return;
        }
        if (printFooter) {
            System.out.println(text.trim());
        }
    }
}
