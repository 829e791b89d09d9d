package com.brightcart.storefront.auth;

import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

@Component
public class SigningKeys {

    private final SecretKey shopperKey;

    public SigningKeys(StorefrontSecurityProperties properties) {
        this.shopperKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode(properties.shopperKeyBase64()));
    }

    public SecretKey shopperKey() {
        return shopperKey;
    }
}
