// Lookups keyed by a value a persisted entity holds, directly or through a local: the code stored the record type and the owner's login, so the lookups name things that exist.
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

enum SectionType {
    BIOGRAPHY("biography"), KEYWORDS("keywords");

    private final String path;

    SectionType(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    static SectionType fromRecordType(String recordType) {
        for (SectionType type : values()) {
            if (type.name().equalsIgnoreCase(recordType)) {
                return type;
            }
        }
        return null;
    }
}

@Entity
class SyncQueueEntry {
    @Id
    Long id;
    String recordType;
    String ownerLogin;

    String getRecordType() {
        return recordType;
    }

    String getOwnerLogin() {
        return ownerLogin;
    }
}

class ProfileOwner {
    String login;
}

class ProfileOwners {
    private final java.util.List<ProfileOwner> owners = new java.util.ArrayList<>();

    ProfileOwner byLogin(String login) {
        for (ProfileOwner owner : owners) {
            if (owner.login.equals(login)) {
                return owner;
            }
        }
        return null;
    }
}

class ProfileSync {
    private final ProfileOwners owners = new ProfileOwners();

    String deletePath(SyncQueueEntry entry) {
        SectionType type = SectionType.fromRecordType(entry.getRecordType());
        return type.path() + "/delete";
    }

    String ownerLogin(SyncQueueEntry entry) {
        String login = entry.getOwnerLogin();
        ProfileOwner owner = owners.byLogin(login);
        return owner.login.trim();
    }
}
