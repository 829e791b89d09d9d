package com.orbitbank.customers.web;

import com.orbitbank.customers.domain.BankCustomer;
import com.orbitbank.customers.domain.BankCustomerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/customers/{customerId}/address")
public class CustomerAddressController {

    private final BankCustomerRepository customers;

    public CustomerAddressController(BankCustomerRepository customers) {
        this.customers = customers;
    }

    @GetMapping
    public BankCustomer.PostalAddress address(@PathVariable long customerId) {
        return customers.findById(customerId)
                .map(BankCustomer::getPostalAddress)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void moveTo(@PathVariable long customerId, @RequestBody BankCustomer.PostalAddress newAddress) {
        BankCustomer customer = customers.findById(customerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        customer.setPostalAddress(newAddress);
    }
}
