package com.cargonet.logistics.web;

import com.cargonet.logistics.shipment.Shipment;
import com.cargonet.logistics.shipment.ShipmentRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/shipments")
public class ShipmentController {

    public record CreateShipmentRequest(String origin, String destination, double weightKg) {
    }

    private final ShipmentRepository shipments;

    public ShipmentController(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @PostMapping
    @Transactional
    public ResponseEntity<Void> create(@RequestBody CreateShipmentRequest request) {
        var shipment = new Shipment(request.origin(), request.destination(), request.weightKg());
        Shipment saved = shipments.save(shipment);
        URI location = URI.create("/api/shipments/" + saved.getId());
        return ResponseEntity.created(location).build();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void cancel(@PathVariable long id) {
        shipments.findById(id).ifPresent(Shipment::cancel);
    }
}
