package com.bookable.scheduling.slots;

import java.time.LocalDateTime;

public record Slot(String resourceId, LocalDateTime start, LocalDateTime end) {
}
