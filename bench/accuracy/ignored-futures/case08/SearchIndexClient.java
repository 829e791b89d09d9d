// Thin client of the search cluster's document API.
package ignoredfutures.case08;

import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class SearchIndexClient {

    private final RestClient searchRestClient;

    public SearchIndexClient(RestClient searchRestClient) {
        this.searchRestClient = searchRestClient;
    }

    public boolean upsert(String index, String id, Map<String, Object> document) {
        HttpStatusCode status = searchRestClient.put()
                .uri("/{index}/_doc/{id}", index, id)
                .body(document)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode();
        return status.is2xxSuccessful();
    }
}
