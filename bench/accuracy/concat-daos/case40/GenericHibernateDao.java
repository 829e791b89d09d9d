package concat.case40;

import java.util.List;
import org.hibernate.Session;

public class GenericHibernateDao {
    private final Session session;

    public GenericHibernateDao(Session session) {
        this.session = session;
    }

    public <T> List<T> findAll(Class<T> type, String entityName) {
        return session.createQuery("from " + entityName + " e order by e.id", type).list(); // sink
    }
}
