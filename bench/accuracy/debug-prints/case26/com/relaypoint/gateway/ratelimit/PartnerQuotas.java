package com.relaypoint.gateway.ratelimit;

public interface PartnerQuotas {

    int requestsPerMinute(String partnerId);
}
