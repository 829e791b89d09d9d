package com.reviewhub.moderation;

public interface CallerIdentity {

    long currentUserId();

    boolean isModerator();
}
