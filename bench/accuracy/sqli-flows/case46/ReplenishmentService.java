package eval5.case46;

import java.util.List;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReplenishmentService {

    private static final Logger log = LoggerFactory.getLogger(ReplenishmentService.class);

    @Autowired
    private SessionFactory sessionFactory;

    @Transactional(readOnly = true)
    public List<Object[]> belowReorderPoint(String warehouseCode) {
        Session session = sessionFactory.getCurrentSession();
        String sql = "SELECT s.sku, s.on_hand, s.reorder_point FROM stock s JOIN warehouses w ON w.id = s.warehouse_id"
                + " WHERE w.code = '" + warehouseCode + "' AND s.on_hand < s.reorder_point ORDER BY s.sku";
        List<Object[]> rows = session.createNativeQuery(sql, Object[].class).getResultList(); // sink
        log.info("{} SKUs below reorder point in {}", rows.size(), warehouseCode);
        return rows;
    }
}
