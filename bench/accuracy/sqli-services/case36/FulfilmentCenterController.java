package eval2.case36;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FulfilmentCenterController {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentCenterController.class);

    private final JdbcTemplate jdbcTemplate;

    public FulfilmentCenterController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /** e.g. GET /logistics/centers?region=DACH&capability=COLD_CHAIN */
    @GetMapping("/logistics/centers")
    public List<Map<String, Object>> centers(String region, String capability) {
        String sql = "SELECT fc.code, fc.city, fc.capacity_pallets FROM fulfilment_centers fc WHERE fc.active = true";
        List<Object> args = new ArrayList<>();
        if (region != null && !region.isBlank()) {
            sql += " AND fc.region = '" + region + "'";
        }
        if (capability != null) {
            sql += " AND EXISTS (SELECT 1 FROM fc_capabilities c WHERE c.center_code = fc.code AND c.capability = ?)";
            args.add(capability);
        }
        log.debug("centers region={} capability={}", region, capability);
        return jdbcTemplate.queryForList(sql + " ORDER BY fc.code", args.toArray()); // sink
    }
}
