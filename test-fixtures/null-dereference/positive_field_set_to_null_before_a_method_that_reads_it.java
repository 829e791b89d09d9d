// A field of the object set to null, directly or from a local given null, right before a call of a method of the same object that no subclass can replace and that dereferences the field on entry (itself or through a local copy): the call throws.
class ReceiptBuffer {

    private StringBuilder pending;
    private String footer;

    void reset() {
        this.pending = null;
        flush();  // expect: null-dereference "`flush` dereferences it on entry"
    }

    void clearFooter() {
        String none = null;
        footer = none;
        printFooter();  // expect: null-dereference "`printFooter` dereferences it on entry"
    }

    private void flush() {
        System.out.println(pending.toString());
        pending.setLength(0);
    }

    private void printFooter() {
        String text = footer;
        System.out.println(text.trim());
    }
}
