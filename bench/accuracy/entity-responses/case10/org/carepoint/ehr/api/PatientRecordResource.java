package org.carepoint.ehr.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carepoint.ehr.domain.PatientRecord;

@Path("records")
public class PatientRecordResource {

    @PersistenceContext(unitName = "ehr")
    private EntityManager entityManager;

    @GET
    @Path("{mrn}")
    @Produces(MediaType.APPLICATION_JSON)
    public PatientRecord findByMrn(@PathParam("mrn") String mrn) {
        var matches = entityManager
                .createNamedQuery(PatientRecord.FIND_BY_MRN, PatientRecord.class)
                .setParameter("mrn", mrn.toUpperCase())
                .getResultList();
        if (matches.isEmpty()) {
            throw new NotFoundException();
        }
        return matches.get(0);
    }

    @GET
    @Path("count")
    @Produces(MediaType.TEXT_PLAIN)
    public long count() {
        return entityManager.createQuery("select count(r) from PatientRecord r", Long.class).getSingleResult();
    }
}
