package com.medsupply.inventory.stock;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class StockService {

    private final EntityManager entityManager;

    public StockService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<StockItem> itemsAt(String siteCode) {
        return entityManager
                .createQuery("select s from StockItem s where s.siteCode = :site order by s.sku, s.expiresOn", StockItem.class)
                .setParameter("site", siteCode)
                .getResultList();
    }

    public StockItem lot(String sku, String lotNumber) {
        return entityManager
                .createQuery("select s from StockItem s where s.sku = :sku and s.lotNumber = :lot", StockItem.class)
                .setParameter("sku", sku)
                .setParameter("lot", lotNumber)
                .getSingleResult();
    }

    @Transactional
    public StockItem adjust(String sku, String lotNumber, int delta) {
        StockItem item = lot(sku, lotNumber);
        item.adjust(delta, LocalDate.now());
        return item;
    }
}
