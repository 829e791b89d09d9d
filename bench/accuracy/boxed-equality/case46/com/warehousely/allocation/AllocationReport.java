package com.warehousely.allocation;

import java.util.List;

public record AllocationReport(List<Long> fullyAllocated, List<Long> overAllocated) {
}
