// Catch blocks that call printStackTrace on the caught exception pass it on (debug-output reports the print, not this rule).
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

class NightlyCleanupTask {

    private final DataSource dataSource;
    private final Path exportDir;

    NightlyCleanupTask(DataSource dataSource, Path exportDir) {
        this.dataSource = dataSource;
        this.exportDir = exportDir;
    }

    void run() {
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM password_reset_token WHERE expires_at < now()");
        } catch (SQLException e) {
            e.printStackTrace();
        }
        try {
            Files.deleteIfExists(exportDir.resolve("nightly.lock"));
        } catch (IOException e) {
            e.printStackTrace(System.err);
        }
    }
}
