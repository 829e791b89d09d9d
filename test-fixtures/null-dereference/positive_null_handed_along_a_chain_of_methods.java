// A value null on every path, and a request parameter that may be absent, handed first thing from method to method (a new object's, a class's static one, a private one of the same class) until one dereferences it on entry: the call that starts the chain is where the check is missing.
import jakarta.servlet.http.HttpServletRequest;

class LabelStage {

    public void print(String label, int copies) {
        (new LabelPrinter()).print(label, copies);
    }
}

class LabelPrinter {

    public void print(String label, int copies) {
        LabelFormat.render(label);
    }
}

final class LabelFormat {

    static void render(String label) {
        System.out.println(label.toUpperCase());
    }
}

class ShippingDesk {

    void printBlank() {
        String label = null;
        (new LabelStage()).print(label, 1);  // expect: null-dereference "`print`"
    }

    void printRequested(HttpServletRequest request) {
        String label = request.getParameter("label");
        relay(label);  // expect: null-dereference "getParameter("
    }

    private void relay(String label) {
        LabelFormat.render(label);
    }
}
