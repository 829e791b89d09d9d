package com.fleetly.ops.status;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

public interface DependencyProbe {

    String name();

    void check(Duration timeout) throws ProbeFailedException, TimeoutException;
}
