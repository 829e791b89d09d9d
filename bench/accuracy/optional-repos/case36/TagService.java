package opt.case36;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TagService {

    private final TagRepository tagRepository;

    public TagService(TagRepository tagRepository) {
        this.tagRepository = tagRepository;
    }

    @Transactional
    public Tag findOrCreate(String rawName) {
        String name = rawName.strip().toLowerCase(Locale.ROOT);
        Optional<Tag> existing = tagRepository.findByNameIgnoreCase(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        return tagRepository.save(new Tag(name));
    }

    @Transactional
    public Set<Tag> resolveAll(List<String> names) {
        Set<Tag> tags = new LinkedHashSet<>();
        for (String name : names) {
            tags.add(findOrCreate(name));
        }
        return tags;
    }
}
