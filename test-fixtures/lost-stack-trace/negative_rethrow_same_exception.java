// Catch blocks that clean up and rethrow the caught exception itself (throw e), some after logging its message.
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class UploadSpool {

    private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);

    private final JdbcTemplate jdbc;

    UploadSpool(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Path spool(String uploadId, byte[] content) throws IOException {
        Path temp = Files.createTempFile("upload-" + uploadId, ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            out.write(content);
            return temp;
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    public void markStored(String uploadId) {
        try {
            jdbc.update("UPDATE upload SET state = 'STORED' WHERE id = ?", uploadId);
        } catch (DataAccessException e) {
            log.warn("Marking upload {} as stored failed: {}", uploadId, e.getMessage());
            throw e;
        }
    }

    public void purge(String uploadId) {
        try {
            jdbc.update("DELETE FROM upload WHERE id = ?", uploadId);
        } catch (RuntimeException ex) {
            log.info("Purge of {} failed, caller will retry", uploadId);
            throw ex;
        }
    }
}
