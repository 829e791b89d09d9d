package com.routemaster.logistics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
public class ReplanQueue {

    private final Set<LegKey> pending = new LinkedHashSet<>();

    public synchronized boolean enqueue(LegKey leg) {
        return pending.add(leg);
    }

    public synchronized List<LegKey> drain() {
        List<LegKey> legs = List.copyOf(pending);
        pending.clear();
        return legs;
    }
}
