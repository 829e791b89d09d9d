package eval2.case44;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/help/articles")
public class KnowledgeBaseController {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseController.class);

    private final EntityManager entityManager;

    public KnowledgeBaseController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    @GetMapping("/titles")
    public List<String> titles(@RequestParam("prefix") String prefix,
                               @RequestParam(value = "locale", defaultValue = "en") String locale) {
        // The help widget sends shell-style patterns like "refund*"; strip the wildcards.
        String term = prefix.trim();
        while (term.endsWith("*") || term.endsWith("%")) {
            term = term.substring(0, term.length() - 1);
        }
        if (term.isEmpty()) {
            return List.of();
        }

        String hql = "from Article a where a.published = true and a.locale = :locale and lower(a.title) like '"
                + term.toLowerCase() + "%' order by a.title";

        Session session = entityManager.unwrap(Session.class);
        List<Article> articles = session.createQuery(hql, Article.class).setParameter("locale", locale).setMaxResults(20).list(); // sink

        List<String> titles = new ArrayList<>(articles.size());
        for (Article a : articles) {
            titles.add(a.getTitle());
        }
        log.debug("kb title search '{}' -> {} hits", term, titles.size());
        return titles;
    }
}
