// A plain-Java config loader that logs e.getMessage()/e.toString() with java.util.logging (level methods, log with a parameter, and a parameter array).
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

final class LegacyConfigLoader {

    private static final Logger LOG = Logger.getLogger(LegacyConfigLoader.class.getName());

    private final Properties properties = new Properties();

    void load(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(in);
        } catch (IOException e) {
            LOG.severe("Cannot load configuration from " + path + ": " + e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
        }
    }

    int intValue(String key, int fallback) {
        String raw = properties.getProperty(key);
        try {
            return raw == null ? fallback : Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "Property {0} is not a number: {1}", new Object[] {key, e.getMessage()}); // expect: lost-stack-trace "`e.getMessage()`"
            return fallback;
        }
    }

    Path directory(String key) {
        String raw = properties.getProperty(key, ".");
        try {
            return Path.of(raw).toRealPath();
        } catch (IOException e) {
            LOG.warning(e.toString()); // expect: lost-stack-trace "`e.toString()`"
            return Path.of(".");
        }
    }

    void reload(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            properties.clear();
            properties.load(in);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Reload of " + path + " failed", e);
        }
    }
}
