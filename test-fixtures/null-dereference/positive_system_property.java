// One-argument System.getProperty dereferenced without a check, while the two-argument form with a default is used safely next to it.
import java.nio.file.Path;

class UploadDirectoryConfig {

    Path uploadRoot() {
        String home = System.getProperty("app.home");
        String normalized = home.endsWith("/") ? home : home + "/";  // expect: null-dereference "getProperty("
        return Path.of(normalized, System.getProperty("app.uploads", "uploads"));
    }

    boolean strictMode() {
        return System.getProperty("app.strict").equalsIgnoreCase("true");  // expect: null-dereference "getProperty("
    }

    int maxUploadMegabytes() {
        return Integer.parseInt(System.getProperty("app.max-upload-mb", "25").trim());
    }
}
