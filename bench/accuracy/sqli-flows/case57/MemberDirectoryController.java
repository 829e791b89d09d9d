package eval5.case57;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MemberDirectoryController {

    private final SearchTermNormalizer normalizer;
    private final MemberDirectoryRepository repository;

    public MemberDirectoryController(SearchTermNormalizer normalizer, MemberDirectoryRepository repository) {
        this.normalizer = normalizer;
        this.repository = repository;
    }

    @GetMapping("/api/members/search")
    public List<MemberDirectoryRepository.Member> search(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        String term = normalizer.normalize(q);
        return repository.byName(term, 30);
    }
}
