package com.fleetline.telematics.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
public class DeviceTokenFilter implements ContainerRequestFilter {

    static final String DEVICE_TOKEN_HEADER = "X-Device-Token";

    private final DeviceRegistry registry;

    public DeviceTokenFilter(DeviceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void filter(ContainerRequestContext requestContext) {
        if (!requestContext.getUriInfo().getPath().startsWith("telemetry")) {
            return;
        }
        String header = requestContext.getHeaderString(DEVICE_TOKEN_HEADER);
        System.out.println("Device token header: " + header);
        if (header == null || !registry.isActive(header)) {
            requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .entity("{\"error\":\"invalid device token\"}")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build());
            return;
        }
        requestContext.setProperty("deviceId", registry.deviceIdFor(header));
    }
}
