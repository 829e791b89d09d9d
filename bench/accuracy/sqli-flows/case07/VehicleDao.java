package eval5.case07;

import java.util.List;
import java.util.Map;

public class VehicleDao {

    private final FleetDb db;

    public VehicleDao(FleetDb db) {
        this.db = db;
    }

    public List<Map<String, Object>> byPlatePrefix(String platePrefix, boolean includeRetired) {
        String sql = "SELECT v.id, v.plate, v.model, v.depot FROM vehicles v WHERE v.plate LIKE '" + platePrefix + "%'"
                + (includeRetired ? "" : " AND v.retired_on IS NULL")
                + " ORDER BY v.plate";
        return db.jdbc.queryForList(sql); // sink
    }
}
