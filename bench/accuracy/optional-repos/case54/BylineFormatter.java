package opt.case54;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

@Component
public class BylineFormatter {

    private final AuthorRepository authorRepository;

    public BylineFormatter(AuthorRepository authorRepository) {
        this.authorRepository = authorRepository;
    }

    public String byline(List<Long> authorIds) {
        return authorIds.stream()
                .map(authorRepository::findById)
                .map(author -> author.isPresent() ? author.get().getPenName() : "Staff")
                .distinct()
                .collect(Collectors.joining(", ", "By ", ""));
    }
}
