// JAX-RS resources and providers the application registers as instances: created in getSingletons() of an Application, or given to Jersey's register(..) as an object; one instance then serves every request.
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.server.ResourceConfig;

class ShopApplication extends Application {

    private final Set<Object> singletons = new HashSet<>();

    ShopApplication() {
        singletons.add(new BasketResource());
        singletons.add(new TraceIdFilter());
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}

@Path("/baskets")
class BasketResource {

    private String lastBasketId;  // expect: singleton-mutable-state "`lastBasketId`"
    private final List<String> recentItems = new ArrayList<>();  // expect: singleton-mutable-state "`recentItems`"

    @POST
    @Path("/{id}/items/{sku}")
    public void addItem(@PathParam("id") String basketId, @PathParam("sku") String sku) {
        lastBasketId = basketId;
        recentItems.add(sku);
    }
}

@Provider
class TraceIdFilter implements ContainerRequestFilter {

    private String traceId;  // expect: singleton-mutable-state "`traceId`"

    @Override
    public void filter(ContainerRequestContext request) {
        traceId = request.getHeaderString("X-Trace-Id");
        request.setProperty("traceId", traceId);
    }
}

class WarehouseApi extends ResourceConfig {

    WarehouseApi() {
        register(new StockLevelResource());
    }
}

@Path("/stock")
class StockLevelResource {

    private int lookups;  // expect: singleton-mutable-state "`lookups`"

    @GET
    @Path("/{sku}")
    public int level(@PathParam("sku") String sku) {
        lookups++;
        return sku.length();
    }
}
