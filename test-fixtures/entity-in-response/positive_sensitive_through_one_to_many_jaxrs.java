// A JAX-RS resource returning a MobileDevice entity whose @OneToMany registrations are PushRegistration entities holding a deviceToken field.
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
class MobileDevice {

    @Id
    @GeneratedValue
    private Long id;
    private String platform;
    private String model;
    private String appVersion;

    @OneToMany(mappedBy = "device", cascade = CascadeType.ALL)
    private List<PushRegistration> registrations = new ArrayList<>();

    public Long getId() { return id; }
    public String getPlatform() { return platform; }
    public String getModel() { return model; }
    public String getAppVersion() { return appVersion; }
    public void setAppVersion(String appVersion) { this.appVersion = appVersion; }
    public List<PushRegistration> getRegistrations() { return registrations; }
}

@Entity
class PushRegistration {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private MobileDevice device;

    private String deviceToken;
    private String topic;
    private Instant registeredAt;

    public Long getId() { return id; }
    public MobileDevice getDevice() { return device; }
    public String getDeviceToken() { return deviceToken; }
    public String getTopic() { return topic; }
    public Instant getRegisteredAt() { return registeredAt; }
}

@Path("/devices")
@Produces(MediaType.APPLICATION_JSON)
class MobileDeviceResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @Path("/{id}")
    public MobileDevice device(@PathParam("id") long id) { // expect: entity-in-response "`deviceToken`"
        return em.find(MobileDevice.class, id);
    }

    @PATCH
    @Path("/{id}/app-version")
    public MobileDevice updateAppVersion(@PathParam("id") long id, @QueryParam("version") String version) { // expect: entity-in-response "`deviceToken`"
        var device = em.find(MobileDevice.class, id);
        device.setAppVersion(version);
        return device;
    }

    @GET
    @Path("/registrations")
    public List<PushRegistration> registrationsForTopic(@QueryParam("topic") String topic) { // expect: entity-in-response "`deviceToken`"
        return em.createQuery("select r from PushRegistration r where r.topic = :topic", PushRegistration.class)
                .setParameter("topic", topic)
                .getResultList();
    }

    @GET
    @Path("/count")
    public long countDevices() {
        return em.createQuery("select count(d) from MobileDevice d", Long.class).getSingleResult();
    }
}
