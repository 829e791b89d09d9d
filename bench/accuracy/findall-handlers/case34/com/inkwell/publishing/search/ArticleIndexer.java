package com.inkwell.publishing.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

@Component
public class ArticleIndexer {

    private final Map<String, String> documents = new ConcurrentHashMap<>();

    void index(Article article) {
        documents.put(article.getSlug(), article.getHeadline() + "\n" + article.getBody());
    }

    long documentCount() {
        return documents.size();
    }
}
