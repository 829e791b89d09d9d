package opt.case25;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RelatedArticlesController {

    private final ArticleRepository articleRepository;

    public RelatedArticlesController(ArticleRepository articleRepository) {
        this.articleRepository = articleRepository;
    }

    @GetMapping("/api/articles/related")
    public List<ArticleLink> related(@RequestParam List<Long> ids) {
        return ids.stream()
                .distinct()
                .map(id -> articleRepository.findById(id).get()) // get
                .map(a -> new ArticleLink(a.getTitle(), "/articles/" + a.getSlug()))
                .toList();
    }

    public record ArticleLink(String title, String href) {
    }
}
