// Handlers returning the Project entity of another file, whose @ManyToOne owner is the AppUser entity with a passwordHash field.
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectRepository projects;

    ProjectController(ProjectRepository projects) {
        this.projects = projects;
    }

    @GetMapping("/{id}")
    public Project project(@PathVariable Long id) { // expect: entity-in-response "`passwordHash`"
        return projects.findById(id).orElseThrow();
    }

    @GetMapping
    public Page<Project> projectPage(Pageable pageable) { // expect: entity-in-response "`passwordHash`"
        return projects.findAll(pageable);
    }

    @GetMapping("/owned-by/{username}/names")
    public List<String> projectNames(@PathVariable String username) {
        return projects.findByOwnerUsername(username).stream().map(Project::getName).toList();
    }
}
