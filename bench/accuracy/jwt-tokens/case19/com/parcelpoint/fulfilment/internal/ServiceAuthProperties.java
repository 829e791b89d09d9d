package com.parcelpoint.fulfilment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "fulfilment.service-auth")
public class ServiceAuthProperties {

    public enum Signing { HS256, HS512, DISABLED }

    private Signing signing = Signing.HS256;
    private String sharedSecret;
    private String serviceName;

    public Signing getSigning() {
        return signing;
    }

    public void setSigning(Signing signing) {
        this.signing = signing;
    }

    public String getSharedSecret() {
        return sharedSecret;
    }

    public void setSharedSecret(String sharedSecret) {
        this.sharedSecret = sharedSecret;
    }

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }
}
