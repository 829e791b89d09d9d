package com.fieldops.workorders.security;

import java.security.interfaces.RSAPublicKey;

public interface TechnicianKeyProvider {

    RSAPublicKey currentPublicKey();
}
