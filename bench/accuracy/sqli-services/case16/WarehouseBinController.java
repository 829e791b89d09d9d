package eval2.case16;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WarehouseBinController {

    private static final Logger log = LoggerFactory.getLogger(WarehouseBinController.class);

    @PersistenceContext
    private EntityManager em;

    @Transactional(readOnly = true)
    @GetMapping("/warehouses/{warehouse}/bins")
    public List<Object[]> bins(@PathVariable("warehouse") String warehouse,
                               @RequestParam(value = "zone", required = false) String zone) {
        final int schemaVersion = 3;
        Session session = em.unwrap(Session.class);

        String sql = "SELECT b.bin_code, b.zone, b.capacity, b.occupied FROM warehouse_bins b "
                + "WHERE b.warehouse_code = :warehouse";
        if (schemaVersion < 2) {
            // pre-2021 layout stored the zone inside the bin code
            sql += " AND b.bin_code LIKE '" + zone + "%'";
        } else if (zone != null) {
            sql += " AND b.zone = :zone";
        }
        sql += " ORDER BY b.bin_code";

        log.debug("bin listing warehouse={} zone={}", warehouse, zone);
        NativeQuery<Object[]> query = session.createNativeQuery(sql, Object[].class); // sink
        query.setParameter("warehouse", warehouse);
        if (schemaVersion >= 2 && zone != null) {
            query.setParameter("zone", zone);
        }
        return query.getResultList();
    }
}
