package com.orbitbank.customers.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class BankCustomer {

    @Embeddable
    public static class PostalAddress {

        private String street;
        private String postalCode;
        private String city;
        private String countryCode;

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getCountryCode() {
            return countryCode;
        }

        public void setCountryCode(String countryCode) {
            this.countryCode = countryCode;
        }
    }

    @Id
    @GeneratedValue
    private Long id;

    private String fullName;

    private String iban;

    private String onlineBankingPinHash;

    @Embedded
    private PostalAddress postalAddress;

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getIban() {
        return iban;
    }

    public String getOnlineBankingPinHash() {
        return onlineBankingPinHash;
    }

    public PostalAddress getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(PostalAddress postalAddress) {
        this.postalAddress = postalAddress;
    }
}
