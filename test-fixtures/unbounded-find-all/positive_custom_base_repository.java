// A project handler on a repository that extends a project @NoRepositoryBean base interface (itself a ListCrudRepository), returning findAll() and the inherited findByTenantId(..).
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@NoRepositoryBean
interface TenantScopedRepository<T> extends ListCrudRepository<T, Long> {

    List<T> findByTenantId(String tenantId);
}

@Entity
@Table(name = "projects")
class Project {

    @Id
    @GeneratedValue
    private Long id;

    private String tenantId;

    private String name;

    protected Project() {
    }

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }
}

interface ProjectRepository extends TenantScopedRepository<Project> {
}

@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectRepository projectRepository;

    ProjectController(ProjectRepository projectRepository) {
        this.projectRepository = projectRepository;
    }

    @GetMapping
    public List<Project> mine(@RequestHeader("X-Tenant-Id") String tenantId) {
        return projectRepository.findByTenantId(tenantId); // expect: unbounded-find-all "`findByTenantId`"
    }

    @GetMapping("/admin/all")
    public List<Project> everyTenant() {
        return projectRepository.findAll(); // expect: unbounded-find-all "`findAll`"
    }
}
