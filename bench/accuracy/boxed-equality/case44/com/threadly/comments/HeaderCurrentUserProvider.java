package com.threadly.comments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

@RequestScoped
public class HeaderCurrentUserProvider implements CurrentUserProvider {

    @Context
    HttpHeaders headers;

    @Override
    public Long currentUserId() {
        String value = headers.getHeaderString("X-User-Id");
        if (value == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return Long.valueOf(value);
    }

    @Override
    public boolean isModerator() {
        String roles = headers.getHeaderString("X-User-Roles");
        return roles != null && roles.contains("moderator");
    }
}
