// An author handler that consumes a streamBy… derived query (java.util.stream.Stream, no Pageable) in try-with-resources and returns the mapped rows.
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record ArticleTeaser(Long id, String title, Instant publishedAt) {
}

@RestController
@RequestMapping("/api/authors")
class AuthorArticlesController {

    private final ArticleRepository articleRepository;

    AuthorArticlesController(ArticleRepository articleRepository) {
        this.articleRepository = articleRepository;
    }

    @GetMapping("/{authorId}/articles")
    public List<ArticleTeaser> articles(@PathVariable Long authorId) {
        try (Stream<Article> stream = articleRepository.streamByAuthorId(authorId)) { // expect: unbounded-find-all "`streamByAuthorId`"
            return stream
                    .filter(Article::isPublished)
                    .map(a -> new ArticleTeaser(a.getId(), a.getTitle(), a.getPublishedAt()))
                    .toList();
        }
    }
}
