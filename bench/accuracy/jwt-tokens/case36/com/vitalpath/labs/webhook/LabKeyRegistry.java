package com.vitalpath.labs.webhook;

import java.security.interfaces.RSAPublicKey;

public interface LabKeyRegistry {

    RSAPublicKey keyFor(String keyId);
}
