package com.freightline.inventory;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Repository;

@Repository
public class StockLookup {

    private final EntityManager em;

    public StockLookup(EntityManager em) {
        this.em = em;
    }

    public List<StockItem> findBySkus(List<String> skus) {
        return em.createQuery("select s from StockItem s where s.sku in :skus", StockItem.class)
                .setParameter("skus", skus)
                .getResultList();
    }
}
