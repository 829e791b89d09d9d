package com.signup.accounts;

public interface PasswordHasher {

    String hash(char[] password);
}
