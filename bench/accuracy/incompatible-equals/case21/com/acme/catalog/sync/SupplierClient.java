package com.acme.catalog.sync;

import java.util.List;

public interface SupplierClient {

    List<SupplierProductDto> fetchAll();
}
