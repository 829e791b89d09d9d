package concat.case56;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class SqlScriptRunner {
    private final DataSource dataSource;
    private final Path scriptDir;

    public SqlScriptRunner(DataSource dataSource, Path scriptDir) {
        this.dataSource = dataSource;
        this.scriptDir = scriptDir;
    }

    public boolean runScript(String fileName) throws IOException, SQLException {
        String sql = Files.readString(scriptDir.resolve(fileName));
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            return st.execute(sql); // sink
        }
    }
}
