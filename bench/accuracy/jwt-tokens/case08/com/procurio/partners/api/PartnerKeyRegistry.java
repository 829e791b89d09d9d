package com.procurio.partners.api;

import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

public interface PartnerKeyRegistry {

    Optional<RSAPublicKey> activeKey(String keyId);
}
