package eval5.case01;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class SegmentMemberDao {

    @PersistenceContext(unitName = "marketing")
    EntityManager em;

    /** Each marketing segment is materialised nightly as its own view, mv_segment_&lt;name&gt;. */
    @SuppressWarnings("unchecked")
    public List<Object[]> members(String segmentView, int max) {
        return em.createNativeQuery("SELECT customer_id, email, joined_on FROM " + segmentView + " ORDER BY joined_on DESC").setMaxResults(max).getResultList(); // sink
    }
}
