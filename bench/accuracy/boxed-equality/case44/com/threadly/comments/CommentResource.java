package com.threadly.comments;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/comments")
public class CommentResource {

    @Inject
    EntityManager em;

    @Inject
    CurrentUserProvider currentUser;

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") Long id) {
        Long authorId;
        try {
            authorId = em.createQuery("select c.authorId from Comment c where c.id = :id", Long.class)
                    .setParameter("id", id)
                    .getSingleResult();
        } catch (NoResultException e) {
            throw new NotFoundException("Comment " + id, e);
        }
        if (authorId != currentUser.currentUserId() && !currentUser.isModerator()) {
            throw new ForbiddenException();
        }
        em.createQuery("delete from Comment c where c.id = :id").setParameter("id", id).executeUpdate();
        return Response.noContent().build();
    }
}
