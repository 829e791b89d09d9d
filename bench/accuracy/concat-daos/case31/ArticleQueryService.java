package concat.case31;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ArticleQueryService {
    @PersistenceContext
    private EntityManager em;

    public List<Article> published(String sortBy) {
        String orderColumn = sortBy == null ? "createdAt" : sortBy;
        return em.createQuery("SELECT a FROM Article a WHERE a.published = true ORDER BY a." + orderColumn, Article.class).getResultList(); // sink
    }
}
