package com.fleetly.ops.status;

public class ProbeFailedException extends Exception {

    public ProbeFailedException(String dependency, Throwable cause) {
        super("Probe of " + dependency + " failed", cause);
    }
}
