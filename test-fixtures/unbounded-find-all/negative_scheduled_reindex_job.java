// A @Scheduled search re-index job that iterates findAll() of an article repository; it is not a request handler, so nothing reaches a response.
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Entity
@Table(name = "articles")
class Article {

    @Id
    @GeneratedValue
    private Long id;

    private Long authorId;

    private String title;

    @Lob
    @Column(name = "body")
    private String body;

    private boolean published;

    private Instant publishedAt;

    protected Article() {
    }

    public Long getId() {
        return id;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}

interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findByPublishedTrueOrderByPublishedAtDesc();

    Stream<Article> streamByAuthorId(Long authorId);
}

@Component
class ArticleSearchIndex {

    private final Map<Long, String> documents = new ConcurrentHashMap<>();

    void index(Article article) {
        documents.put(article.getId(), article.getTitle() + " " + article.getBody());
    }

    void clear() {
        documents.clear();
    }
}

@Component
class ArticleReindexJob {

    private final ArticleRepository articleRepository;
    private final ArticleSearchIndex searchIndex;

    ArticleReindexJob(ArticleRepository articleRepository, ArticleSearchIndex searchIndex) {
        this.articleRepository = articleRepository;
        this.searchIndex = searchIndex;
    }

    @Scheduled(cron = "0 30 3 * * *")
    public void rebuildIndex() {
        searchIndex.clear();
        for (Article article : articleRepository.findAll()) {
            if (article.isPublished()) {
                searchIndex.index(article);
            }
        }
    }

    @Scheduled(fixedDelayString = "PT15M")
    public void indexFreshArticles() {
        articleRepository.findByPublishedTrueOrderByPublishedAtDesc().stream()
                .filter(a -> a.getPublishedAt().isAfter(Instant.now().minusSeconds(900)))
                .forEach(searchIndex::index);
    }
}
