package com.buildboard.projects;

import java.util.Set;

public record AuthenticatedUser(Long userId, String login, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
