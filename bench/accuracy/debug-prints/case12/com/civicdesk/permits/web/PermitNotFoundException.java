package com.civicdesk.permits.web;

public class PermitNotFoundException extends RuntimeException {

    private final String permitNumber;

    public PermitNotFoundException(String permitNumber) {
        super("No permit with number " + permitNumber);
        this.permitNumber = permitNumber;
    }

    public String getPermitNumber() {
        return permitNumber;
    }
}
