package org.medibridge.records.rest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.medibridge.records.model.Patient;

import java.util.List;

@Path("/patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    EntityManager em;

    @GET
    @Path("/{id}")
    public PatientDto get(@PathParam("id") long id) {
        return PatientDto.from(load(id));
    }

    @GET
    public List<PatientDto> search(@QueryParam("lastName") String lastName) {
        return em.createQuery("select p from Patient p where lower(p.lastName) = lower(:n) order by p.firstName", Patient.class)
                .setParameter("n", lastName)
                .setMaxResults(100)
                .getResultStream()
                .map(PatientDto::from)
                .toList();
    }

    public Patient load(long id) {
        Patient patient = em.find(Patient.class, id);
        if (patient == null) {
            throw new NotFoundException("Patient " + id);
        }
        return patient;
    }
}
