package eval2.case51;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logistics/warehouses")
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseLookupResource {

    private static final Logger log = LoggerFactory.getLogger(WarehouseLookupResource.class);

    @Inject
    SessionFactory sessionFactory;

    @GET
    public Response find(@QueryParam("name") String name, @QueryParam("city") String city) {
        String hql = "from Warehouse w where w.active = true";
        if (name != null && !name.isBlank()) {
            hql += " and lower(w.name) like :name";
        }
        if (city != null && !city.isBlank()) {
            hql += " and w.city = :city";
        }
        hql += " order by w.code";

        log.debug("warehouse lookup name={} city={}", name, city);
        try (Session session = sessionFactory.openSession()) {
            Query<Warehouse> query = session.createQuery(hql, Warehouse.class); // sink
            if (name != null && !name.isBlank()) {
                query.setParameter("name", "%" + name.toLowerCase() + "%");
            }
            if (city != null && !city.isBlank()) {
                query.setParameter("city", city);
            }
            List<Warehouse> result = query.setMaxResults(100).list();
            return Response.ok(result).build();
        }
    }
}
