package com.cobalt.mesh.gateway;

public class ServiceTokenException extends RuntimeException {

    public ServiceTokenException(String message) {
        super(message);
    }
}
