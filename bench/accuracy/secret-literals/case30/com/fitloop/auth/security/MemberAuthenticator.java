package com.fitloop.auth.security;

import java.util.Optional;

public interface MemberAuthenticator {

    Optional<String> authenticate(String email, String rawPassword);
}
