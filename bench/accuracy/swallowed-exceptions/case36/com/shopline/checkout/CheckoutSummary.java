package com.shopline.checkout;

import com.shopline.checkout.address.AddressVerifier.Address;

public class CheckoutSummary {

    private final String cartId;
    private long subtotalCents;
    private long shippingCents;
    private boolean addressVerified;
    private Address normalizedAddress;

    public CheckoutSummary(String cartId) {
        this.cartId = cartId;
    }

    public String getCartId() { return cartId; }
    public long getSubtotalCents() { return subtotalCents; }
    public void setSubtotalCents(long subtotalCents) { this.subtotalCents = subtotalCents; }
    public long getShippingCents() { return shippingCents; }
    public void setShippingCents(long shippingCents) { this.shippingCents = shippingCents; }
    public boolean isAddressVerified() { return addressVerified; }
    public void setAddressVerified(boolean addressVerified) { this.addressVerified = addressVerified; }
    public Address getNormalizedAddress() { return normalizedAddress; }
    public void setNormalizedAddress(Address normalizedAddress) { this.normalizedAddress = normalizedAddress; }
}
