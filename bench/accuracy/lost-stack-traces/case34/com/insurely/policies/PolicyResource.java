package com.insurely.policies;

import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @Path("/{number}")
    public PolicyView byNumber(@PathParam("number") String number) {
        try {
            Policy policy = em.createQuery("SELECT p FROM Policy p WHERE p.number = :number", Policy.class)
                    .setParameter("number", number)
                    .getSingleResult();
            return PolicyView.of(policy);
        } catch (NoResultException e) {
            throw new NotFoundException("No policy with number " + number);
        }
    }

    public record PolicyView(String number, String product, String holder, String status) {

        static PolicyView of(Policy policy) {
            return new PolicyView(policy.getNumber(), policy.getProduct(), policy.getHolderName(),
                    policy.getStatus().name());
        }
    }
}
