package eval5.case50;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

@Service
public class StockLevelService {

    private final TenantJdbc tenantJdbc;

    public StockLevelService(TenantJdbc tenantJdbc) {
        this.tenantJdbc = tenantJdbc;
    }

    public List<Map<String, Object>> levels(String tenant, String sku) {
        var jdbc = tenantJdbc.templateFor(tenant);
        String sql = "SELECT s.location_code, s.on_hand, s.reserved FROM stock_levels s WHERE s.sku = '" + sku + "' ORDER BY s.location_code";
        return jdbc.queryForList(sql); // sink
    }
}
