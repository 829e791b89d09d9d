package com.voyago.booking.internal;

import java.security.interfaces.RSAPublicKey;

public interface PublicKeyLoader {

    RSAPublicKey load(String location);
}
