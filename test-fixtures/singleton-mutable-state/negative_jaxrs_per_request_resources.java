// JAX-RS resources made anew for each request: registered by their class (getClasses(), register(X.class)) or found by scanning; their fields hold one request's state. A class created in an Application that hands out no singletons is not one either.
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;

import org.glassfish.jersey.server.ResourceConfig;

class LibraryApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(LoanResource.class);
    }
}

@Path("/loans")
class LoanResource {

    private String memberId;
    private int renewals;

    @GET
    @Path("/{member}")
    public String loans(@PathParam("member") String member, @QueryParam("renewals") int count) {
        memberId = member;
        renewals += count;
        return memberId + ":" + renewals;
    }
}

class CatalogueApi extends ResourceConfig {

    CatalogueApi() {
        register(TitleResource.class);
        packages("org.example.catalogue");
    }
}

@Path("/titles")
class TitleResource {

    private String isbn;

    @GET
    @Path("/{isbn}")
    public String title(@PathParam("isbn") String requested) {
        isbn = requested;
        return isbn.trim();
    }
}

// created here, but handed to nobody as a singleton: a plain helper of the request
@Path("/authors")
class AuthorResource {

    private final AuthorNames names = new AuthorNames();
    private String lastQuery;

    @GET
    public String search(@QueryParam("q") String query) {
        lastQuery = query;
        return names.normalise(lastQuery);
    }
}

class AuthorNames {

    String normalise(String name) {
        return name.strip();
    }
}
