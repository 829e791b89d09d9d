package com.forgeworks.procurement.suppliers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SupplierController {

    @Autowired
    private SupplierRepository supplierRepository;

    @RequestMapping(value = "/api/suppliers", method = RequestMethod.GET)
    public Iterable<Supplier> suppliers() {
        return supplierRepository.findAll();
    }

    @RequestMapping(value = "/api/suppliers/{id}", method = RequestMethod.DELETE)
    public ResponseEntity<Void> remove(@PathVariable Long id) {
        if (!supplierRepository.existsById(id)) {
            return ResponseEntity.notFound().build();
        }
        supplierRepository.deleteById(id);
        return ResponseEntity.noContent().build();
    }
}
