// Uses JBoss Logging (not on the javac classpath, left out of the javac run): catch blocks log the exception with errorf(Throwable, ..) and warn(Object, Throwable).
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

class BookingRepositoryAdapter {

    private static final Logger LOG = Logger.getLogger(BookingRepositoryAdapter.class);

    private final EntityManager entityManager;

    BookingRepositoryAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void persist(Object booking, long bookingId) {
        try {
            entityManager.persist(booking);
        } catch (PersistenceException e) {
            LOG.errorf(e, "Could not persist booking %d", bookingId);
        }
    }

    void detach(Object booking) {
        try {
            entityManager.detach(booking);
        } catch (IllegalArgumentException e) {
            LOG.warn("Booking was not managed", e);
        }
    }
}
