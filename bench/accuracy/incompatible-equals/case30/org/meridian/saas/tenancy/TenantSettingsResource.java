package org.meridian.saas.tenancy;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Objects;

@Path("/tenants/{tenantId}/settings")
@Produces(MediaType.APPLICATION_JSON)
public class TenantSettingsResource {

    @Inject
    SettingsStore settingsStore;

    @GET
    public Map<String, String> settings(@PathParam("tenantId") String tenantId) {
        if (!Objects.equals(TenantContext.currentTenant(), tenantId)) {
            throw new ForbiddenException("Settings of another tenant");
        }
        return settingsStore.load(tenantId);
    }
}
