package opt.case40;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Member {

    @Id
    private Long id;

    private String email;

    private String phone;

    private boolean smsOptIn;

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isSmsOptIn() {
        return smsOptIn;
    }
}
