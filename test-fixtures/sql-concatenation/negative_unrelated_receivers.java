// Sink-like method names (execute, update, query, put) on types that do not run SQL: a cache, an HTTP client, a search builder, Map, Executor.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

class QueryResultCache {

    private final Map<String, Object> entries = new ConcurrentHashMap<>();

    Object execute(String key) {
        return entries.get(key);
    }

    void update(String key, Object value) {
        entries.put(key, value);
    }
}

class PartnerApiClient {

    String execute(String url) {
        return "{\"url\":\"" + url + "\"}";
    }
}

class SearchQueryBuilder {

    private final StringBuilder clauses = new StringBuilder();

    SearchQueryBuilder update(String clause) {
        clauses.append(' ').append(clause);
        return this;
    }

    String query(String text) {
        return text + clauses;
    }
}

class CatalogFacade {

    private final QueryResultCache jdbc;
    private final PartnerApiClient client;
    private final Executor executor;
    private final Map<String, String> lastSearches = new HashMap<>();

    CatalogFacade(QueryResultCache jdbc, PartnerApiClient client, Executor executor) {
        this.jdbc = jdbc;
        this.client = client;
        this.executor = executor;
    }

    Object cachedReport(String tenant, String report) {
        return jdbc.execute(tenant + ":" + report);
    }

    void refreshReport(String tenant, String report, Object value) {
        jdbc.update("report:" + tenant + ":" + report, value);
    }

    String partnerStock(String baseUrl, String sku) {
        return client.execute(baseUrl + "/api/stock/" + sku);
    }

    String search(String user, String term, String language) {
        String query = new SearchQueryBuilder().update("lang:" + language).query("title:" + term);
        lastSearches.put(user, "SELECT " + term);
        executor.execute(() -> jdbc.update("search:" + user, query));
        return query;
    }
}
