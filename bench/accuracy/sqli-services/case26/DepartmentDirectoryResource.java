package eval2.case26;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/hr/departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentDirectoryResource {

    private static final Logger log = LoggerFactory.getLogger(DepartmentDirectoryResource.class);

    @Inject
    SessionFactory sessionFactory;

    @GET
    @Path("/{department}/employees")
    public List<String> employees(@PathParam("department") String department,
                                  @HeaderParam("Accept-Language") String language) {
        log.debug("directory lookup for {} ({})", department, language);

        String hql = "from Employee e where " + departmentFilter(department)
                + " and e.leftOn is null order by e.fullName";

        try (Session session = sessionFactory.openSession()) {
            List<Employee> staff = session.createQuery(hql, Employee.class).list(); // sink
            return staff.stream()
                    .map(e -> e.getEmployeeNo() + " " + e.getFullName())
                    .collect(Collectors.toList());
        }
    }

    /** Departments are addressed by code; "all" lists everyone. */
    private String departmentFilter(String department) {
        if (department == null || "all".equalsIgnoreCase(department)) {
            return "1 = 1";
        }
        return "e.department = '" + department.toUpperCase() + "'";
    }
}
