package com.kbase.articles;

public class Section {

    private final Long id;
    private final Long parentId;
    private final String title;
    private final String slug;

    public Section(Long id, Long parentId, String title, String slug) {
        this.id = id;
        this.parentId = parentId;
        this.title = title;
        this.slug = slug;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }
}
