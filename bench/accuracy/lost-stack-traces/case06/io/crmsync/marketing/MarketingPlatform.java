package io.crmsync.marketing;

import java.util.Set;

public interface MarketingPlatform {

    void upsertSubscriber(String email, String firstName, Set<String> lists) throws PlatformException;

    class PlatformException extends Exception {

        private static final long serialVersionUID = 1L;

        public PlatformException(String message) {
            super(message);
        }
    }
}
