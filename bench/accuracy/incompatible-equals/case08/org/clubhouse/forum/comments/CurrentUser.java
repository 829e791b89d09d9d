package org.clubhouse.forum.comments;

import java.util.Set;

/**
 * The signed-in member as read from the identity provider's token.
 *
 * @param id the token subject
 */
public record CurrentUser(String id, String displayName, Set<String> roles) {

    public boolean isModerator() {
        return roles.contains("MODERATOR");
    }
}
