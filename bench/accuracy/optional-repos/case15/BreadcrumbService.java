package opt.case15;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class BreadcrumbService {

    private static final int MAX_DEPTH = 12;

    private final CategoryRepository categoryRepository;

    public BreadcrumbService(CategoryRepository categoryRepository) {
        this.categoryRepository = categoryRepository;
    }

    public List<String> breadcrumb(Long categoryId) {
        Deque<String> names = new ArrayDeque<>();
        Optional<Category> current = categoryRepository.findById(categoryId);
        if (current.isEmpty()) {
            return List.of();
        }
        Long parentId = current.get().getParentId();
        names.push(current.get().getName());
        for (int depth = 0; depth < MAX_DEPTH && parentId != null; depth++) {
            current = categoryRepository.findById(parentId);
            Category parent = current.get(); // get
            names.push(parent.getName());
            parentId = parent.getParentId();
        }
        return List.copyOf(names);
    }
}
