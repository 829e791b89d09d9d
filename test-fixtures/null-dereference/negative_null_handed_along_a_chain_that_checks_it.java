// Values that may be null handed along a chain of methods whose last one tests the value, reads it only where a caller-chosen flag says so, or starts at a method a subclass may override (a call through this may run the override): nothing in the chain throws for certain.
import jakarta.servlet.http.HttpServletRequest;

class TagStage {

    public void print(String tag) {
        (new TagPrinter()).print(tag);
    }

    public void printIf(String tag, boolean wanted) {
        (new TagPrinter()).printIf(tag, wanted);
    }
}

class TagPrinter {

    public void print(String tag) {
        if (tag != null) {
            System.out.println(tag.trim());
        }
    }

    public void printIf(String tag, boolean wanted) {
        if (wanted) {
            System.out.println(tag.trim());
        }
    }
}

class TagDesk {

    void printBlank() {
        String tag = null;
        (new TagStage()).print(tag);
        (new TagStage()).printIf(tag, false);
    }

    void printRequested(HttpServletRequest request) {
        String tag = request.getParameter("tag");
        relay(tag);
    }

    protected void relay(String tag) {
        show(tag);
    }

    private void show(String tag) {
        System.out.println(tag.trim());
    }
}
