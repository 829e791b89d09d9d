package com.atlasdesk.contracts.dao;

public class ContractNumberTakenException extends RuntimeException {

    public ContractNumberTakenException(String number, Throwable cause) {
        super("Contract number already in use: " + number, cause);
    }
}
