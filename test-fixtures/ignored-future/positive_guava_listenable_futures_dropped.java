// Guava ListeningExecutorService.submit dropped: on an injected listening executor, on one decorated in the constructor (a Callable held in a local), and on a local from MoreExecutors.listeningDecorator.
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;

import org.springframework.stereotype.Service;

record SearchDocument(String id, String title, String body) {
}

@Service
class SearchIndexer {

    private final ListeningExecutorService indexingPool;
    private final ListeningExecutorService spellcheckPool;

    SearchIndexer(ListeningExecutorService indexingPool) {
        this.indexingPool = indexingPool;
        this.spellcheckPool = MoreExecutors.listeningDecorator(Executors.newFixedThreadPool(2));
    }

    void index(SearchDocument document) {
        indexingPool.submit(() -> write(document)); // expect: ignored-future "`submit()`"
        Callable<List<String>> suggestions = () -> suggest(document.title());
        spellcheckPool.submit(suggestions); // expect: ignored-future "`submit()`"
    }

    void reindexAll(List<SearchDocument> documents) {
        ListeningExecutorService bulk = MoreExecutors.listeningDecorator(Executors.newCachedThreadPool());
        for (SearchDocument document : documents) {
            bulk.submit(() -> write(document)); // expect: ignored-future "`submit()`"
        }
        bulk.shutdown();
    }

    private void write(SearchDocument document) {
        if (document.body() == null) {
            throw new IllegalArgumentException("document " + document.id() + " has no body");
        }
    }

    private List<String> suggest(String title) {
        return List.of(title.toLowerCase());
    }
}
