package com.sprintly.boards;

import java.util.Set;

public record CurrentPrincipal(Long userId, String login, Set<String> roles) {

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }
}
