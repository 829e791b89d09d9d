package com.inkwell.publishing.search;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

@Component
public class SearchIndexBootstrap implements CommandLineRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final ArticleRepository articleRepository;
    private final ArticleIndexer indexer;
    private final boolean rebuildOnStartup;

    public SearchIndexBootstrap(ArticleRepository articleRepository, ArticleIndexer indexer,
                                @Value("${search.rebuild-on-startup:false}") boolean rebuildOnStartup) {
        this.articleRepository = articleRepository;
        this.indexer = indexer;
        this.rebuildOnStartup = rebuildOnStartup;
    }

    @Override
    public void run(String... args) {
        if (!rebuildOnStartup && indexer.documentCount() > 0) {
            return;
        }
        List<Article> articles = articleRepository.findAll();
        for (Article article : articles) {
            indexer.index(article);
        }
        log.info("indexed {} articles", articles.size());
    }
}
