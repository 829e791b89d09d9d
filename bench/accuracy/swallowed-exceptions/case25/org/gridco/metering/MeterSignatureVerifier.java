package org.gridco.metering;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.Certificate;

public class MeterSignatureVerifier {

    public static final String KEYSTORE_ATTRIBUTE = "org.gridco.metering.keystore";

    private final KeyStore keyStore;

    public MeterSignatureVerifier(KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    public boolean verify(String meterId, byte[] reading, byte[] signature) throws GeneralSecurityException {
        Certificate certificate = keyStore.getCertificate(meterId);
        if (certificate == null) {
            return false;
        }
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(certificate);
        verifier.update(reading);
        return verifier.verify(signature);
    }
}
