package com.reviewhub.moderation;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/reviews")
public class ReviewResource {

    @Inject
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") Long id) {
        Long authorId;
        try {
            authorId = em.createQuery("select r.authorId from Review r where r.id = :id", Long.class)
                    .setParameter("id", id)
                    .getSingleResult();
        } catch (NoResultException e) {
            throw new NotFoundException("Review " + id, e);
        }
        if (authorId != caller.currentUserId() && !caller.isModerator()) {
            throw new ForbiddenException();
        }
        em.createQuery("delete from Review r where r.id = :id").setParameter("id", id).executeUpdate();
        return Response.noContent().build();
    }
}
