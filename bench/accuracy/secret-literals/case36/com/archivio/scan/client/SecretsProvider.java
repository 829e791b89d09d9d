package com.archivio.scan.client;

public interface SecretsProvider {

    /** Returns the secret stored under the given path; never null. */
    String read(String path);
}
