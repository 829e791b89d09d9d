package com.devhub.portal.tokens;

import javax.crypto.SecretKey;

public interface TokenSigningKeys {

    ActiveKey active();

    record ActiveKey(String keyId, SecretKey secretKey) {
    }
}
