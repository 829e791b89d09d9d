// An audit service that compares boxed Long/Integer fields and static final Long/Integer constants with == and != (small cached values make it pass in tests).
import org.springframework.stereotype.Service;

@Service
class AuditTrailService {

    static final Long SYSTEM_USER_ID = 0L;
    static final Integer CURRENT_SCHEMA = 3;

    private Long lastActorId;
    private Integer lastSchemaVersion;

    public boolean isSystemAction(Long actorId) {
        return actorId == SYSTEM_USER_ID; // expect: boxed-reference-equality "`actorId`"
    }

    public boolean sameActorAsLast(Long actorId) {
        return this.lastActorId == actorId; // expect: boxed-reference-equality "`this.lastActorId`"
    }

    public boolean needsMigration() {
        return lastSchemaVersion != CURRENT_SCHEMA; // expect: boxed-reference-equality "`lastSchemaVersion`"
    }

    public boolean isBootstrapActor(Long actorId) {
        return actorId != null && actorId == 0L;
    }

    public void record(Long actorId, Integer schemaVersion) {
        this.lastActorId = actorId;
        this.lastSchemaVersion = schemaVersion;
    }
}
