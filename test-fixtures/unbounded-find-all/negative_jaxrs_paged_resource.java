// A JAX-RS directory resource that pages the employee repository (findAll(PageRequest.of(..)).getContent()) and counts it; no unbounded read reaches a response.
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

record DirectoryEntry(String name, String email) {
}

@Component
@Path("/directory")
@Produces(MediaType.APPLICATION_JSON)
class EmployeeDirectoryResource {

    private final EmployeeRepository employeeRepository;

    EmployeeDirectoryResource(EmployeeRepository employeeRepository) {
        this.employeeRepository = employeeRepository;
    }

    @GET
    public List<DirectoryEntry> page(@QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("25") int size) {
        var request = PageRequest.of(page, Math.min(size, 100), Sort.by("fullName"));
        return employeeRepository.findAll(request).getContent().stream()
                .map(e -> new DirectoryEntry(e.getFullName(), e.getEmail()))
                .toList();
    }

    @GET
    @Path("/size")
    public Map<String, Long> size() {
        return Map.of("employees", employeeRepository.count());
    }
}
