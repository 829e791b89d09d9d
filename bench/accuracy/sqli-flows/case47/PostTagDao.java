package eval5.case47;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class PostTagDao {

    @PersistenceContext(unitName = "blog")
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public List<String> slugsTagged(String tagList) {
        String sql = "SELECT DISTINCT p.slug FROM posts p JOIN post_tags pt ON pt.post_id = p.id"
                + " WHERE pt.tag IN (" + tagList + ") AND p.published = TRUE ORDER BY p.slug";
        return entityManager.createNativeQuery(sql).setMaxResults(100).getResultList(); // sink
    }
}
