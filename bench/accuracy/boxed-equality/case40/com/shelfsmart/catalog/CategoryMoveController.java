package com.shelfsmart.catalog;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CategoryMoveController {

    private final CategoryService categories;

    public CategoryMoveController(CategoryService categories) {
        this.categories = categories;
    }

    public record SwapRequest(Long first, Long second) {
    }

    @PostMapping("/api/categories/swap")
    public ResponseEntity<String> swap(@RequestBody SwapRequest request) {
        CategoryTree tree = categories.currentTree();
        if (!tree.areSiblings(request.first(), request.second())) {
            return ResponseEntity.badRequest().body("Only categories with the same parent can swap places");
        }
        categories.swapPositions(request.first(), request.second());
        return ResponseEntity.ok(tree.nameOf(request.first()) + " <-> " + tree.nameOf(request.second()));
    }

    public interface CategoryService {
        CategoryTree currentTree();

        void swapPositions(Long first, Long second);
    }
}
