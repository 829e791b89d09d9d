package com.pantrygo.catalog.item;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface GroceryItemRepository extends JpaRepository<GroceryItem, Long> {

    Optional<GroceryItem> findByBarcode(String barcode);

    @Query("select distinct g.category from GroceryItem g")
    List<String> findDistinctCategories();
}
