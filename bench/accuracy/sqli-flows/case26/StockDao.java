package eval5.case26;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

@ApplicationScoped
public class StockDao {

    private static final String STOCK_BY_SKU = """
            SELECT w.code, s.on_hand, s.reserved
              FROM stock s
              JOIN warehouses w ON w.id = s.warehouse_id
             WHERE s.sku = :sku AND w.active = TRUE
             ORDER BY w.code
            """;

    @Inject
    SessionFactory sessionFactory;

    public List<Object[]> bySku(String sku) {
        Session session = sessionFactory.getCurrentSession();
        return session.createNativeQuery(STOCK_BY_SKU, Object[].class).setParameter("sku", sku).getResultList(); // sink
    }
}
