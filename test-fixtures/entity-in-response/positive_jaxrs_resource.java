// A JAX-RS resource whose @GET, @POST and @PUT methods return the Shipment entity declared here, loaded through an EntityManager.
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Entity
class Shipment {

    @Id
    @GeneratedValue
    private Long id;
    private String carrier;
    private String trackingNumber;
    private String status;
    private double weightKg;

    @ManyToOne
    private SalesOrder salesOrder;

    public Long getId() { return id; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public double getWeightKg() { return weightKg; }
    public SalesOrder getSalesOrder() { return salesOrder; }
}

@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ShipmentResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @Path("/{id}")
    public Shipment shipment(@PathParam("id") long id) { // expect: entity-in-response "`Shipment`"
        var found = em.find(Shipment.class, id);
        if (found == null) {
            throw new NotFoundException("shipment " + id);
        }
        return found;
    }

    @GET
    public List<Shipment> shipments(@QueryParam("carrier") String carrier) { // expect: entity-in-response "`Shipment`"
        return em.createQuery("select s from Shipment s where s.carrier = :carrier", Shipment.class)
                .setParameter("carrier", carrier)
                .getResultList();
    }

    @POST
    public Shipment create(Shipment shipment) { // expect: entity-in-response "`Shipment`"
        em.persist(shipment);
        return shipment;
    }

    @PUT
    @Path("/{id}/status")
    public Shipment updateStatus(@PathParam("id") long id, String status) { // expect: entity-in-response "`Shipment`"
        var shipment = em.find(Shipment.class, id);
        shipment.setStatus(status);
        return em.merge(shipment);
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") long id) {
        var shipment = em.find(Shipment.class, id);
        if (shipment != null) {
            em.remove(shipment);
        }
    }
}
