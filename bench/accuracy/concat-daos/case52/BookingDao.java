package concat.case52;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

public class BookingDao {
    private final SessionFactory sessionFactory;

    public BookingDao(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public List<Object> upcomingForGuest(long guestId) {
        Session session = sessionFactory.getCurrentSession();
        return session.createQuery(Hql.UPCOMING_FOR_GUEST, Object.class).setParameter("guestId", guestId).list(); // sink
    }
}
