package com.shipwise.logistics.rest;

import java.util.Set;

import org.springframework.data.repository.CrudRepository;

public interface WarehouseRepository extends CrudRepository<Warehouse, String> {

    Set<Warehouse> readByRegion(String region);
}
