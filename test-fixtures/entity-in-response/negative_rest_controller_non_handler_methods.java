// Methods of a @RestController that are not handlers return entities: an @ModelAttribute loader, an unmapped public lookup, a private helper and an @ExceptionHandler.
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record ProjectCard(Long id, String name, String ownerName) {
}

@RestController
@RequestMapping("/api/owners/{ownerId}/projects")
class OwnerProjectsController {

    private final AppUserRepository users;
    private final ProjectRepository projects;

    OwnerProjectsController(AppUserRepository users, ProjectRepository projects) {
        this.users = users;
        this.projects = projects;
    }

    @InitBinder
    void restrictBinding(WebDataBinder binder) {
        binder.setDisallowedFields("id", "passwordHash");
    }

    @ModelAttribute("owner")
    public AppUser owner(@PathVariable Long ownerId) {
        return users.findById(ownerId).orElseThrow();
    }

    @GetMapping
    public List<ProjectCard> projects(@ModelAttribute("owner") AppUser owner) {
        return ownedBy(owner).stream()
                .map(p -> new ProjectCard(p.getId(), p.getName(), owner.getUsername()))
                .toList();
    }

    @GetMapping("/{projectId}")
    public ProjectCard project(@PathVariable Long projectId) {
        Project project = requireProject(projectId);
        return new ProjectCard(project.getId(), project.getName(), project.getOwner().getUsername());
    }

    public Project requireProject(Long projectId) {
        return projects.findById(projectId).orElseThrow();
    }

    private List<Project> ownedBy(AppUser owner) {
        return projects.findByOwnerUsername(owner.getUsername());
    }

    @ExceptionHandler(NoSuchElementException.class)
    public ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such owner or project"));
    }
}
