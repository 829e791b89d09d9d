// Country entity of the customs reference schema.
package singletons.case24;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "iso_code", length = 2)
    private String isoCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "eu_member")
    private boolean euMember;

    protected Country() {
    }

    public String getIsoCode() { return isoCode; }
    public void setIsoCode(String isoCode) { this.isoCode = isoCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEuMember() { return euMember; }
    public void setEuMember(boolean euMember) { this.euMember = euMember; }
}
