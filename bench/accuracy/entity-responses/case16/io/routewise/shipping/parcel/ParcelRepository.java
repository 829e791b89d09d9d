package io.routewise.shipping.parcel;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface ParcelRepository extends JpaRepository<Parcel, String> {

    List<Parcel> findByDepotCodeAndSortDate(String depotCode, LocalDate sortDate);

    long countByDepotCodeAndDeliveredFalse(String depotCode);
}
