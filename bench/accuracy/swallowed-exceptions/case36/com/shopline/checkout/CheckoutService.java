package com.shopline.checkout;

import com.shopline.checkout.address.AddressVerifier;
import com.shopline.checkout.address.AddressVerifier.AddressServiceException;
import org.springframework.stereotype.Service;

@Service
public class CheckoutService {

    private final AddressVerifier addressVerifier;

    public CheckoutService(AddressVerifier addressVerifier) {
        this.addressVerifier = addressVerifier;
    }

    public CheckoutSummary prepare(String cartId, AddressVerifier.Address shippingAddress, long subtotalCents) {
        CheckoutSummary summary = new CheckoutSummary(cartId);
        summary.setSubtotalCents(subtotalCents);
        try {
            var verification = addressVerifier.verify(shippingAddress);
            summary.setAddressVerified(verification.deliverable());
            summary.setNormalizedAddress(verification.normalized());
        } catch (AddressServiceException e) {
            summary.setAddressVerified(false);
            summary.setNormalizedAddress(shippingAddress);
        }
        summary.setShippingCents(summary.isAddressVerified() ? 499 : 899);
        return summary;
    }
}
