package com.vaultbox.storage.keys;

public class InvalidObjectKeyException extends RuntimeException {

    public InvalidObjectKeyException(String key, String reason) {
        super("Invalid object key '" + key + "': " + reason);
    }
}
