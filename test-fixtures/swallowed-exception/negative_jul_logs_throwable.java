// A plain-Java config reloader whose catch blocks hand the exception to java.util.logging (message overload and supplier overload).
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

class FeatureFlagFileReloader {

    private static final Logger LOGGER = Logger.getLogger(FeatureFlagFileReloader.class.getName());

    private final Path file;
    private volatile Properties flags = new Properties();

    FeatureFlagFileReloader(Path file) {
        this.file = file;
    }

    void reload() {
        Properties fresh = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            fresh.load(reader);
            flags = fresh;
        } catch (IOException e) {
            LOGGER.log(Level.SEVERE, "Could not reload feature flags from " + file, e);
        }
    }

    int rolloutPercentage(String flag) {
        try {
            return Integer.parseInt(flags.getProperty(flag + ".rollout", "0"));
        } catch (NumberFormatException e) {
            LOGGER.log(Level.WARNING, e, () -> "Bad rollout value for flag " + flag);
        }
        return 0;
    }
}
