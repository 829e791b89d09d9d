// Get-or-create: a repository lookup that found nothing, then the row is created, then the same lookup runs again in the branch that created it. The second lookup finds the row just made.
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class CodeSystem {
    @Id
    Long id;
    String uri;
    String currentVersion;

    String getCurrentVersion() {
        return currentVersion;
    }
}

interface CodeSystemRepository extends JpaRepository<CodeSystem, Long> {
    CodeSystem findByUri(String uri);
}

class CodeSystemImporter {

    interface ResourceWriter {
        void createOrUpdateCodeSystem(String uri);
    }

    private final CodeSystemRepository codeSystems;
    private final ResourceWriter writer;

    CodeSystemImporter(CodeSystemRepository codeSystems, ResourceWriter writer) {
        this.codeSystems = codeSystems;
        this.writer = writer;
    }

    String currentVersion(String uri) {
        CodeSystem system = codeSystems.findByUri(uri);
        if (system == null) {
            writer.createOrUpdateCodeSystem(uri);
            system = codeSystems.findByUri(uri);
        }
        return system.getCurrentVersion().trim();
    }
}
