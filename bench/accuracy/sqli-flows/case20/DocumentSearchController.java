package eval5.case20;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentSearchController {

    private static final Logger log = LoggerFactory.getLogger(DocumentSearchController.class);

    private final DocumentSearch exactTitleSearch;
    private final DocumentSearch fullTextSearch;

    public DocumentSearchController(ExactTitleSearch exactTitleSearch, FullTextSearch fullTextSearch) {
        this.exactTitleSearch = exactTitleSearch;
        this.fullTextSearch = fullTextSearch;
    }

    @GetMapping("/api/documents/search")
    public List<String> search(@RequestParam String text, @RequestParam(defaultValue = "title") String mode) {
        DocumentSearch strategy = "fulltext".equals(mode) ? fullTextSearch : exactTitleSearch;
        log.debug("document search mode={} via {}", mode, strategy.getClass().getSimpleName());
        return strategy.search(text);
    }
}
