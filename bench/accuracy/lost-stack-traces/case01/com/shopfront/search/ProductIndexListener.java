package com.shopfront.search;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

@Component
public class ProductIndexListener {

    private static final Logger logger = LogManager.getLogger();

    private final SearchIndexClient index;

    public ProductIndexListener(SearchIndexClient index) {
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onProductChanged(ProductChangedEvent event) {
        long productId = event.productId();
        try {
            if (event.deleted()) {
                index.delete("products", productId);
            } else {
                index.upsert("products", productId, event.document());
            }
        } catch (SearchIndexClient.IndexingException ex) {
            logger.error("Index update for product " + productId + " failed: " + ex.getMessage());
        }
    }
}
