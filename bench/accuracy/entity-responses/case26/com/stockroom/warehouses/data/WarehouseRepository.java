package com.stockroom.warehouses.data;

import org.springframework.data.repository.CrudRepository;

public interface WarehouseRepository extends CrudRepository<Warehouse, String> {
}
