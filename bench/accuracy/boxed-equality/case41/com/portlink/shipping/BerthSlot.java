package com.portlink.shipping;

import java.io.Serializable;
import java.util.Objects;

/**
 * A berth reserved for a vessel call; compared by terminal, berth and vessel, and by the
 * revision of the reservation.
 */
public final class BerthSlot implements Serializable {

    private final Long terminalId;
    private final Long berthId;
    private final Long vesselId;
    private final int revision;

    public BerthSlot(Long terminalId, Long berthId, Long vesselId, int revision) {
        this.terminalId = terminalId;
        this.berthId = berthId;
        this.vesselId = vesselId;
        this.revision = revision;
    }

    public Long getTerminalId() {
        return terminalId;
    }

    public Long getBerthId() {
        return berthId;
    }

    public Long getVesselId() {
        return vesselId;
    }

    public int getRevision() {
        return revision;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        BerthSlot other = (BerthSlot) o;
        return revision == other.revision
                && Objects.equals(terminalId, other.terminalId)
                && Objects.equals(berthId, other.berthId)
                && Objects.equals(vesselId, other.vesselId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terminalId, berthId, vesselId, revision);
    }
}
