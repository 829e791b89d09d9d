package com.shelfsmart.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory view of the category hierarchy, rebuilt when an editor publishes changes.
 */
public class CategoryTree {

    private final Map<Long, Long> parentOf = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    public CategoryTree(List<CategoryRow> rows) {
        for (CategoryRow row : rows) {
            parentOf.put(row.id(), row.parentId());
            names.put(row.id(), row.name());
        }
    }

    public boolean contains(Long categoryId) {
        return names.containsKey(categoryId);
    }

    public boolean areSiblings(Long first, Long second) {
        if (!contains(first) || !contains(second) || first.equals(second)) {
            return false;
        }
        return parentOf.get(first) == parentOf.get(second);
    }

    public String nameOf(Long categoryId) {
        return names.get(categoryId);
    }

    public record CategoryRow(Long id, Long parentId, String name) {
    }
}
