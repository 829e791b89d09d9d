package concat.case20;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class ImportRowExporter {
    private final NamedParameterJdbcTemplate namedJdbc;

    public ImportRowExporter(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    public List<Map<String, Object>> export(long batchId, List<String> columns) {
        String sql = "SELECT " + String.join(", ", columns) + " FROM import_rows WHERE batch_id = :batchId";
        return namedJdbc.queryForList(sql, Map.of("batchId", batchId)); // sink
    }
}
