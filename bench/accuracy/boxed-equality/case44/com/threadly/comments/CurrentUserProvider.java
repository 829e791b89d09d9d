package com.threadly.comments;

public interface CurrentUserProvider {

    Long currentUserId();

    boolean isModerator();
}
