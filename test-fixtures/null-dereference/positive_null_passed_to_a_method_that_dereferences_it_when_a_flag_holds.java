// Null passed, on every path, to a method that dereferences the parameter once a condition of its own state holds: a flag field of its class, a static flag of another class. Whenever the flag is set, the call throws.
class ExportSettings {

    static boolean includeHeaders = true;
}

class ExportWriter {

    public void writeHeader(String title) {
        if (ExportSettings.includeHeaders) {
            System.out.println(title.toUpperCase());
        }
    }
}

class ReportExporter {

    private boolean verbose = false;

    void export() {
        String title = null;
        verbose = true;
        trace(title);  // expect: null-dereference "once a condition of its own holds"
        (new ExportWriter()).writeHeader(null);  // expect: null-dereference "once a condition of its own holds"
    }

    private void trace(String title) {
        if (verbose) {
            System.out.println("exporting " + title.length());
        }
    }
}
