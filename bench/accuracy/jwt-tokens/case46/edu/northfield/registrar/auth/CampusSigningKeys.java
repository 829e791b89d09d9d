package edu.northfield.registrar.auth;

import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

public interface CampusSigningKeys {

    RSAPublicKey rsaKey();

    ECPublicKey ecKey();
}
