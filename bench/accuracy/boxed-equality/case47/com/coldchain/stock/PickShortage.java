package com.coldchain.stock;

import java.util.List;

public record PickShortage(List<Long> exhausted, List<Long> insufficient) {
}
