package com.shopline.checkout.address;

public interface AddressVerifier {

    record Address(String line1, String line2, String postalCode, String city, String country) {
    }

    record Verification(boolean deliverable, Address normalized) {
    }

    class AddressServiceException extends Exception {
        public AddressServiceException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Verification verify(Address address) throws AddressServiceException;
}
