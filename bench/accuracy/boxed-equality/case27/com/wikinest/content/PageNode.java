package com.wikinest.content;

import java.util.ArrayList;
import java.util.List;

public class PageNode {

    private final Long id;
    private final Long parentId;
    private final String title;
    private final List<PageNode> children = new ArrayList<>();

    public PageNode(Long id, Long parentId, String title) {
        this.id = id;
        this.parentId = parentId;
        this.title = title;
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

    public List<PageNode> getChildren() {
        return children;
    }
}
