// File.listFiles and File.list results used without a check: .length, array access and an enhanced for over the array.
import java.io.File;
import java.util.ArrayList;
import java.util.List;

class ExportDirectoryCleaner {

    private final File exportRoot;

    ExportDirectoryCleaner(File exportRoot) {
        this.exportRoot = exportRoot;
    }

    int pendingExports() {
        File[] files = exportRoot.listFiles();
        return files.length;  // expect: null-dereference "listFiles("
    }

    String anyCompletedExport() {
        String[] names = new File(exportRoot, "done").list();
        return names[0];  // expect: null-dereference "list("
    }

    List<File> staleFiles(long cutoffMillis) {
        List<File> stale = new ArrayList<>();
        for (File file : new File(exportRoot, "tmp").listFiles()) {  // expect: null-dereference "listFiles("
            if (file.lastModified() < cutoffMillis) {
                stale.add(file);
            }
        }
        return stale;
    }
}
