// JPA EntityManager.createQuery (JPQL) and createNativeQuery (SQL) with a concatenated sort field, tag, language or interval.
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "blog_posts")
class BlogPost {
    @Id
    Long id;
    String title;
    String lang;
    boolean published;
    Instant createdAt;
}

class BlogPostQueries {

    private final EntityManager entityManager;

    BlogPostQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<BlogPost> published(String sort) {
        return entityManager.createQuery("SELECT p FROM BlogPost p WHERE p.published = true ORDER BY p." + sort, BlogPost.class)  // expect: sql-concatenation "from `sort`"
                .getResultList();
    }

    List<BlogPost> titled(String title) {
        return entityManager
                .createQuery("select p from BlogPost p where p.title = '" + title + "'", BlogPost.class)  // expect: sql-concatenation "from `title`"
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> titlesIn(String language) {
        return entityManager.createNativeQuery("SELECT id, title FROM blog_posts WHERE lang = '" + language + "'")  // expect: sql-concatenation "from `language`"
                .getResultList();
    }

    int unpublishOlderThan(int days) {
        return entityManager.createNativeQuery(  // expect: sql-concatenation "from `days`"
                        "UPDATE blog_posts SET published = false WHERE created_at < now() - interval '" + days + " days'")
                .executeUpdate();
    }

    List<BlogPost> drafts() {
        return entityManager.createQuery("SELECT p FROM BlogPost p WHERE p.published = false", BlogPost.class)
                .getResultList();
    }
}
