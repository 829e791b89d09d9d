// An article feed handler returning what a @Service returns, where the service returns findAll() or an unbounded derived query of a repository declared in another file; the finding is on the call in the service.
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Service
class ArticleFeedService {

    private final ArticleRepository articleRepository;

    ArticleFeedService(ArticleRepository articleRepository) {
        this.articleRepository = articleRepository;
    }

    public List<Article> publishedFeed() {
        return articleRepository.findByPublishedTrueOrderByPublishedAtDesc(); // expect: unbounded-find-all "`findByPublishedTrueOrderByPublishedAtDesc`"
    }

    public List<Article> everyArticle() {
        return articleRepository.findAll(); // expect: unbounded-find-all "`findAll`"
    }

    public boolean hasArticle(Long id) {
        return articleRepository.existsById(id);
    }
}

@RestController
@RequestMapping("/api/feed")
class ArticleFeedController {

    private final ArticleFeedService feedService;

    ArticleFeedController(ArticleFeedService feedService) {
        this.feedService = feedService;
    }

    @GetMapping
    public List<Article> feed() {
        return feedService.publishedFeed();
    }

    @GetMapping("/archive")
    public ResponseEntity<List<Article>> archive() {
        return ResponseEntity.ok(feedService.everyArticle());
    }
}
