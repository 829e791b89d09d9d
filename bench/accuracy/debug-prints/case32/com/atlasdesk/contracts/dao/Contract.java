package com.atlasdesk.contracts.dao;

import java.time.LocalDate;

public record Contract(String tenantId, String number, String counterparty, LocalDate startsOn, LocalDate endsOn) {
}
