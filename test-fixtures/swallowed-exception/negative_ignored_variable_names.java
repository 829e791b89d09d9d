// Empty or comment-only catches whose variables are named ignored, ignore, expected or start with ignored are deliberately exempt.
import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class QuietResources {

    private static final Logger log = LoggerFactory.getLogger(QuietResources.class);

    private QuietResources() {
    }

    static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignore) {
            // nothing useful to do on close
        }
    }

    static boolean isUuid(String value) {
        boolean valid = false;
        try {
            UUID.fromString(value);
            valid = value.length() == 36;
        } catch (IllegalArgumentException expected) {
            // not a UUID
        }
        return valid;
    }

    static ZoneId zoneOrUtc(String zone) {
        ZoneId id = ZoneId.of("UTC");
        try {
            id = ZoneId.of(zone);
        } catch (DateTimeException ignoredBadZone) {
            log.debug("Unknown zone, using UTC");
        }
        return id;
    }
}
