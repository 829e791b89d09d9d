package com.agrisense.fields;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Sensor {

    @Id
    private Long id;

    private Long fieldId;

    private String gatewayUrl;

    public Long getId() {
        return id;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public String getGatewayUrl() {
        return gatewayUrl;
    }
}
