package io.routewise.shipping.parcel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.LocalDate;

@Entity
public class Parcel {

    @Id
    private String trackingNumber;

    private String depotCode;

    private LocalDate sortDate;

    private String recipientName;

    private String deliveryAddress;

    private boolean delivered;

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getDepotCode() {
        return depotCode;
    }

    public LocalDate getSortDate() {
        return sortDate;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public boolean isDelivered() {
        return delivered;
    }
}
