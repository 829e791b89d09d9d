package com.homestead.accounts.reset;

import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findByEmail(String email);

    Optional<Account> findById(long id);

    void updatePassword(long id, String rawPassword);

    record Account(long id, String email, int passwordVersion) {
    }
}
