package com.relaypoint.admin.tools;

final class KeyFormat {

    static final String LIVE_PREFIX = "rp_live_";
    static final String TEST_PREFIX = "rp_test_";
    static final int RANDOM_BYTES = 32;

    private KeyFormat() {
    }
}
