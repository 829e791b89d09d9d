package com.streamlabs.telemetry;

import java.nio.file.Path;

public record TelemetryProperties(Path directory, int maxReplayLines) {
}
