package com.tradepost.marketplace.seller;

import java.util.Optional;

public interface SellerAccounts {

    Optional<Seller> findActive(long sellerId);

    record Seller(long id, String displayName, String payoutCurrency) {
    }
}
