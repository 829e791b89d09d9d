package com.acmebank.sync.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class PartnerAccountSync {

    private static final Logger log = LoggerFactory.getLogger(PartnerAccountSync.class);
    private static final int PAGE_SIZE = 200;

    private final RestClient partnerClient;

    public PartnerAccountSync(RestClient partnerClient) {
        this.partnerClient = partnerClient;
    }

    @Scheduled(cron = "${partners.sync.cron:0 15 2 * * *}")
    public void synchronize() {
        List<PartnerAccountPage.PartnerAccount> all = fetchAll();
        log.info("Fetched {} partner accounts", all.size());
    }

    List<PartnerAccountPage.PartnerAccount> fetchAll() {
        PartnerAccountPage first = fetch(1);
        List<PartnerAccountPage.PartnerAccount> all = new ArrayList<>(first.accounts());
        for (int page = 2; page <= first.totalPages(); page++) {
            PartnerAccountPage next = fetch(page);
            all.addAll(next.accounts());
        }
        return all;
    }

    private PartnerAccountPage fetch(int page) {
        PartnerAccountPage result = partnerClient.get()
                .uri("/v1/accounts?page={page}&size={size}", page, PAGE_SIZE)
                .retrieve()
                .body(PartnerAccountPage.class);
        return Objects.requireNonNull(result, "empty page " + page);
    }
}
