package com.teamdesk.platform.flags;

import java.util.List;

public interface FlagSource {

    /** Names of the flags currently switched on, in the order the source lists them. */
    List<String> enabledFlags();
}
