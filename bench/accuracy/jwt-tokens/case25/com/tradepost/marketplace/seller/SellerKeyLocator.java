package com.tradepost.marketplace.seller;

import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.security.SecurityException;
import java.security.Key;
import org.springframework.stereotype.Component;

@Component
public class SellerKeyLocator extends LocatorAdapter<Key> {

    private final SellerKeyStore keyStore;

    public SellerKeyLocator(SellerKeyStore keyStore) {
        this.keyStore = keyStore;
    }

    @Override
    protected Key locate(JwsHeader header) {
        String keyId = header.getKeyId();
        if (keyId == null) {
            throw new SecurityException("Seller tokens must carry a key id");
        }
        return keyStore.publicKey(keyId)
                .orElseThrow(() -> new SecurityException("Unknown seller key " + keyId));
    }

    public interface SellerKeyStore {
        java.util.Optional<java.security.PublicKey> publicKey(String keyId);
    }
}
