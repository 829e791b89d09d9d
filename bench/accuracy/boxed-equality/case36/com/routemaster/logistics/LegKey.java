package com.routemaster.logistics;

import java.io.Serializable;
import java.util.Objects;

/**
 * Identifies one leg of a route plan; used as a cache key and in sets of legs to re-plan.
 */
public final class LegKey implements Serializable {

    private final Long routeId;
    private final Long fromDepotId;
    private final Long toDepotId;

    public LegKey(Long routeId, Long fromDepotId, Long toDepotId) {
        this.routeId = routeId;
        this.fromDepotId = fromDepotId;
        this.toDepotId = toDepotId;
    }

    public Long getRouteId() {
        return routeId;
    }

    public Long getFromDepotId() {
        return fromDepotId;
    }

    public Long getToDepotId() {
        return toDepotId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        LegKey other = (LegKey) o;
        return Objects.equals(routeId, other.routeId)
                && fromDepotId == other.fromDepotId
                && Objects.equals(toDepotId, other.toDepotId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routeId, fromDepotId, toDepotId);
    }

    @Override
    public String toString() {
        return "LegKey[" + routeId + ":" + fromDepotId + "->" + toDepotId + "]";
    }
}
