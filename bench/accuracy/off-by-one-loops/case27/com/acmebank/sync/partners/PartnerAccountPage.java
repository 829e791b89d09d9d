package com.acmebank.sync.partners;

import java.util.List;

public record PartnerAccountPage(int page, int totalPages, List<PartnerAccount> accounts) {

    public record PartnerAccount(String externalId, String holderName, String iban, String status) {
    }
}
