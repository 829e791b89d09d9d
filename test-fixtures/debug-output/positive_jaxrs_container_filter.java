// A JAX-RS request filter that prints the tenant header of every request before rejecting requests without one.
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
class TenantHeaderFilter implements ContainerRequestFilter {

    private static final String TENANT_HEADER = "X-Tenant-Id";

    @Override
    public void filter(ContainerRequestContext requestContext) {
        String tenant = requestContext.getHeaderString(TENANT_HEADER);
        System.out.println("Tenant " + tenant + " -> " + requestContext.getUriInfo().getPath()); // expect: debug-output "System.out"
        if (tenant == null || tenant.isBlank()) {
            requestContext.abortWith(Response.status(Response.Status.BAD_REQUEST).entity("missing tenant").build());
        }
    }
}
