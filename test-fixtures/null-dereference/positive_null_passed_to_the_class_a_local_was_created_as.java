// Null passed to a method called on a local declared as an abstract class or an interface whose only value is a new object: the created class's method runs, and it dereferences the parameter on entry.
abstract class ReceiptPrinter {

    abstract void print(String footer);
}

final class ThermalReceiptPrinter extends ReceiptPrinter {

    @Override
    void print(String footer) {
        System.out.println(footer.trim());
    }
}

interface LabelRenderer {

    String render(String text);
}

final class UpperCaseRenderer implements LabelRenderer {

    @Override
    public String render(String text) {
        return text.toUpperCase();
    }
}

class CheckoutTerminal {

    void close() {
        String footer = null;
        ReceiptPrinter printer = new ThermalReceiptPrinter();
        printer.print(footer);  // expect: null-dereference "`print` dereferences it on entry"
    }

    String label() {
        LabelRenderer renderer = new UpperCaseRenderer();
        return renderer.render(null);  // expect: null-dereference "`render`"
    }
}
