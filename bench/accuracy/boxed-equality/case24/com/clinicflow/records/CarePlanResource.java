package com.clinicflow.records;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Path("/care-plans")
public class CarePlanResource {

    @PersistenceContext
    EntityManager em;

    public record GoalsUpdate(String goals) {
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response updateGoals(@PathParam("id") Long id,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                GoalsUpdate update) {
        CarePlan plan = em.find(CarePlan.class, id);
        if (plan == null) {
            throw new NotFoundException("Care plan " + id);
        }
        int expectedVersion = Integer.parseInt(ifMatch.replace("\"", "").trim());
        if (expectedVersion != plan.getVersion()) {
            return Response.status(Response.Status.PRECONDITION_FAILED).build();
        }
        plan.setGoals(update.goals());
        em.flush();
        return Response.noContent().tag(new EntityTag(String.valueOf(plan.getVersion()))).build();
    }
}
