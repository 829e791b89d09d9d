package leak.case02;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class DocumentArchiver {

    private static final Logger LOG = Logger.getLogger(DocumentArchiver.class.getName());

    private static final String ARCHIVE_OLD =
            "UPDATE documents SET archived = TRUE WHERE archived = FALSE AND modified_on < ?";

    private final DataSource dataSource;

    public DocumentArchiver(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int archiveOlderThan(LocalDate cutoff, boolean dryRun) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            PreparedStatement ps = conn.prepareStatement(ARCHIVE_OLD); // leak
            ps.setDate(1, Date.valueOf(cutoff));
            if (dryRun) {
                LOG.info(() -> "Dry run: would archive documents modified before " + cutoff);
                return 0;
            } else {
                int archived = ps.executeUpdate();
                ps.close();
                return archived;
            }
        }
    }
}
