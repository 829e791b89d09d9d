package com.ledgerly.sync;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class SnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final Map<String, Long> publishedVersions = new ConcurrentHashMap<>();
    private final RestClient reportingClient;

    public SnapshotPublisher(RestClient reportingClient) {
        this.reportingClient = reportingClient;
    }

    public int publishChanged(List<AccountSnapshot> snapshots) {
        int sent = 0;
        for (AccountSnapshot snapshot : snapshots) {
            String key = snapshot.getAccountNumber();
            if (publishedVersions.get(key) == snapshot.getVersion()) {
                log.debug("Account {} unchanged since last publish", key);
                continue;
            }
            reportingClient.put()
                    .uri("/accounts/{number}/snapshot", key)
                    .body(snapshot)
                    .retrieve()
                    .toBodilessEntity();
            publishedVersions.put(key, snapshot.getVersion());
            sent++;
        }
        return sent;
    }
}
