package eval5.case53;

import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/products/suggest")
public class ProductSearchResource {

    @Resource(lookup = "java:app/jdbc/shop")
    private DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response suggest(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("10") int limit) {
        if (query == null || query.isBlank()) {
            return Response.ok(List.of()).build();
        }
        ProductSearch search = SearchEngines.create(dataSource);
        List<String> names = search.namesMatching(query.strip(), Math.min(limit, 50));
        return Response.ok(names).build();
    }
}
