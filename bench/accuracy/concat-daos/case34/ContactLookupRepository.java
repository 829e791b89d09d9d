package concat.case34;

import jakarta.persistence.EntityManager;
import java.util.List;

public class ContactLookupRepository {
    private static final String FIND_BY_EMAIL =
            "SELECT id, full_name, email FROM " + Tables.CONTACTS + " WHERE lower(email) = lower(?1)";

    private final EntityManager em;

    public ContactLookupRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> findByEmail(String email) {
        return em.createNativeQuery(FIND_BY_EMAIL).setParameter(1, email).getResultList(); // sink
    }
}
