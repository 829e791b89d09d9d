package io.sensorhub.devices.resource;

import io.sensorhub.devices.entity.Device;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.security.SecureRandom;
import java.util.HexFormat;

@Path("/devices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @POST
    @Transactional
    public Device register(DeviceRegistration registration) {
        if (registration.serialNumber() == null || registration.serialNumber().isBlank()) {
            throw new BadRequestException("serialNumber is required");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        var device = new Device(registration.serialNumber(), registration.model(), registration.firmware());
        device.setDeviceToken(HexFormat.of().formatHex(raw));
        em.persist(device);
        return device;
    }

    @DELETE
    @Path("/{serial}")
    @Transactional
    public void decommission(@PathParam("serial") String serial) {
        em.createQuery("delete from Device d where d.serialNumber = :s")
                .setParameter("s", serial)
                .executeUpdate();
    }
}
