package com.streamly.live.presence;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/presence")
public class PresenceController {

    private final PresenceRegistry registry;

    public PresenceController(PresenceRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/{clientId}")
    public Map<String, Object> status(@PathVariable String clientId) {
        return Map.of("clientId", clientId, "online", registry.isOnline(clientId));
    }

    @GetMapping
    public Map<String, Object> summary() {
        return Map.of("connected", registry.size());
    }
}
