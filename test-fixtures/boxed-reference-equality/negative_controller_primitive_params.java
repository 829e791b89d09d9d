// A REST controller that binds @PathVariable/@RequestHeader long and @RequestParam int primitives and compares them with Long/Integer getters of the ProjectEntity of another file.
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class ProjectAdminController {

    private final ProjectRepository projects;

    ProjectAdminController(ProjectRepository projects) {
        this.projects = projects;
    }

    @GetMapping("/api/projects/{id}/admin")
    public ResponseEntity<String> admin(@PathVariable long id,
                                        @RequestHeader("X-User-Id") long userId,
                                        @RequestParam(defaultValue = "10") int requiredSeats) {
        ProjectEntity project = projects.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (project.getOwnerId() != userId) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (project.getMemberLimit() == requiredSeats) {
            return ResponseEntity.ok(project.getName() + " is at the requested size");
        }
        return ResponseEntity.ok(project.getName());
    }

    @GetMapping("/api/projects/{id}/self")
    public boolean isSelf(@PathVariable long id) {
        ProjectEntity project = projects.findById(id).orElseThrow();
        return id == project.getId();
    }
}
