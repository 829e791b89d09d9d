// Fields read on entry by a method of the same object, where the field holds a value at the call, the method tests it first, or the method is one a subclass may replace (a call on this may run the override).
class LedgerBuffer {

    private StringBuilder pending;
    private String header;

    void restart() {
        this.pending = null;
        this.pending = new StringBuilder();
        flush();
    }

    void clearHeader() {
        header = null;
        printHeader();
    }

    void rewind() {
        this.pending = null;
        replay();
    }

    private void flush() {
        System.out.println(pending.toString());
    }

    private void printHeader() {
        if (header == null) {
            return;
        }
        System.out.println(header.trim());
    }

    protected void replay() {
        System.out.println(pending.length());
    }
}
