package org.shelfwise.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberCardResource {

    @PersistenceContext
    EntityManager entityManager;

    @GET
    @Path("/cards/{cardNumber}")
    public MemberSummary byCard(@PathParam("cardNumber") String cardNumber) {
        try {
            Member member = entityManager
                    .createQuery("SELECT m FROM Member m WHERE m.cardNumber = :card", Member.class)
                    .setParameter("card", cardNumber)
                    .getSingleResult();
            return new MemberSummary(member.getCardNumber(), member.getDisplayName(), member.getActiveLoans());
        } catch (NoResultException e) {
            throw new NotFoundException("No member card " + cardNumber, e);
        } catch (NonUniqueResultException e) {
            throw new InternalServerErrorException("Card number " + cardNumber + " is assigned twice", e);
        }
    }

    public record MemberSummary(String cardNumber, String displayName, int activeLoans) {
    }
}
