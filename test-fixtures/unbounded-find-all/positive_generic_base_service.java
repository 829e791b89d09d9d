// A generic base service whose getAll() returns its repository's findAll() through an abstract getter; a controller returns it through a subclass.
import java.util.List;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Artefact {
    @Id
    Long id;
    String name;
}

@NoRepositoryBean
interface ArtefactStore<A extends Artefact> extends JpaRepository<A, Long> {
}

interface PluginStore extends ArtefactStore<Artefact> {
}

abstract class BaseArtefactCatalog<A extends Artefact> {

    protected abstract ArtefactStore<A> getRepo();

    public List<A> getAll() {
        return getRepo().findAll(); // expect: unbounded-find-all "`findAll`"
    }

    public long count() {
        return getRepo().count();
    }
}

@Service
class PluginCatalog extends BaseArtefactCatalog<Artefact> {

    private final PluginStore store;

    PluginCatalog(PluginStore store) {
        this.store = store;
    }

    @Override
    protected ArtefactStore<Artefact> getRepo() {
        return store;
    }
}

@RestController
@RequestMapping("/plugins")
class PluginEndpoint {

    private final PluginCatalog catalog;

    PluginEndpoint(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    public ResponseEntity<List<Artefact>> all() {
        return ResponseEntity.ok(catalog.getAll());
    }

    @GetMapping("/count")
    public long count() {
        return catalog.count();
    }
}
