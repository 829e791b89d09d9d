package stars.case44;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ArticleService {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Article> published(String locale) {
        return entityManager
                .createNativeQuery("SELECT * FROM articles WHERE locale = ?1 AND published = true", Article.class) // star
                .setParameter(1, locale)
                .getResultList();
    }
}
