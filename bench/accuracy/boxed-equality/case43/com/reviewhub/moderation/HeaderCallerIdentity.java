package com.reviewhub.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

@RequestScoped
public class HeaderCallerIdentity implements CallerIdentity {

    @Context
    HttpHeaders headers;

    @Override
    public long currentUserId() {
        String value = headers.getHeaderString("X-User-Id");
        if (value == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return Long.parseLong(value);
    }

    @Override
    public boolean isModerator() {
        String roles = headers.getHeaderString("X-User-Roles");
        return roles != null && roles.contains("moderator");
    }
}
