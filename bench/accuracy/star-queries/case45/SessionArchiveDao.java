package stars.case45;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

public class SessionArchiveDao {

    private final SessionFactory sessionFactory;

    public SessionArchiveDao(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public List<Object[]> archivedSessions(long userId) {
        try (Session session = sessionFactory.openSession()) {
            return session.createNativeQuery(
                    "select * from session_archive where user_id = :uid", Object[].class) // star
                    .setParameter("uid", userId)
                    .getResultList();
        }
    }
}
