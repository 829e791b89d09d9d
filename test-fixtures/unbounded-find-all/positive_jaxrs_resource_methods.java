// A JAX-RS @Path resource (Spring-managed) whose @GET methods return findAll() and an unbounded derived query, directly and inside Response.ok(..).
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.stereotype.Component;

@Entity
@Table(name = "employees")
class Employee {

    @Id
    @GeneratedValue
    private Long id;

    private String fullName;

    private String department;

    private String email;

    protected Employee() {
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getDepartment() {
        return department;
    }

    public String getEmail() {
        return email;
    }
}

interface EmployeeRepository extends ListCrudRepository<Employee, Long>, ListPagingAndSortingRepository<Employee, Long> {

    List<Employee> findByDepartment(String department);
}

@Component
@Path("/employees")
@Produces(MediaType.APPLICATION_JSON)
class EmployeeResource {

    private final EmployeeRepository employeeRepository;

    EmployeeResource(EmployeeRepository employeeRepository) {
        this.employeeRepository = employeeRepository;
    }

    @GET
    public List<Employee> all() {
        return employeeRepository.findAll(); // expect: unbounded-find-all "`findAll`"
    }

    @GET
    @Path("/departments/{department}")
    public Response byDepartment(@PathParam("department") String department) {
        return Response.ok(employeeRepository.findByDepartment(department)).build(); // expect: unbounded-find-all "`findByDepartment`"
    }

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") Long id) {
        return employeeRepository.findById(id)
                .map(e -> Response.ok(e).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
