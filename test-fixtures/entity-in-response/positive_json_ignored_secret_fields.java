// Entities whose secret fields are hidden by @JsonIgnore on the field or on its getter: still entities in the response, so only the plain warning naming the entity.
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Merchant {

    @Id
    @GeneratedValue
    private Long id;
    private String legalName;
    private String webhookUrl;

    @JsonIgnore
    private String apiSecret;

    public Long getId() { return id; }
    public String getLegalName() { return legalName; }
    public String getWebhookUrl() { return webhookUrl; }
    public String getApiSecret() { return apiSecret; }
}

@Entity
class KioskOperator {

    @Id
    @GeneratedValue
    private Long id;
    private String displayName;
    private String pinHash;

    public Long getId() { return id; }
    public String getDisplayName() { return displayName; }

    @JsonIgnore
    public String getPinHash() { return pinHash; }

    public void setPinHash(String pinHash) { this.pinHash = pinHash; }
}

interface MerchantRepository extends JpaRepository<Merchant, Long> {
}

interface KioskOperatorRepository extends JpaRepository<KioskOperator, Long> {
}

@RestController
class MerchantDirectoryController {

    private final MerchantRepository merchants;
    private final KioskOperatorRepository operators;

    MerchantDirectoryController(MerchantRepository merchants, KioskOperatorRepository operators) {
        this.merchants = merchants;
        this.operators = operators;
    }

    @GetMapping("/api/merchants/{id}")
    public Merchant merchant(@PathVariable Long id) { // expect: entity-in-response "`Merchant`"
        return merchants.findById(id).orElseThrow();
    }

    @GetMapping("/api/kiosk-operators")
    public List<KioskOperator> kioskOperators() { // expect: entity-in-response "`KioskOperator`"
        return operators.findAll();
    }
}
