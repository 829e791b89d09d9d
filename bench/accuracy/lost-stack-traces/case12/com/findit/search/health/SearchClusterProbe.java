package com.findit.search.health;

import java.io.IOException;
import java.util.List;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class SearchClusterProbe {

    private static final Logger log = LoggerFactory.getLogger(SearchClusterProbe.class);

    private final CloseableHttpClient httpClient;
    private final List<String> endpoints;

    public SearchClusterProbe(CloseableHttpClient httpClient, SearchProperties properties) {
        this.httpClient = httpClient;
        this.endpoints = List.copyOf(properties.endpoints());
    }

    public List<ClusterStatus> probeAll() {
        return endpoints.stream().map(this::probe).toList();
    }

    private ClusterStatus probe(String endpoint) {
        HttpGet request = new HttpGet(endpoint + "/_cluster/health");
        try (CloseableHttpResponse response = httpClient.execute(request)) {
            int status = response.getStatusLine().getStatusCode();
            String body = EntityUtils.toString(response.getEntity());
            return status == 200 ? ClusterStatus.up(endpoint, body) : ClusterStatus.down(endpoint, "HTTP " + status);
        } catch (IOException ex) {
            log.info("Search cluster {} unreachable: {}", endpoint, ex.toString());
            return ClusterStatus.down(endpoint, "unreachable");
        }
    }

    public record SearchProperties(List<String> endpoints) {
    }
}
