package com.brightcart.crm.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    long countByCountryCode(String countryCode);
}
