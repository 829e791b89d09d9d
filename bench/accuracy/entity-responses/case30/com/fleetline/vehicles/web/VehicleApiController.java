package com.fleetline.vehicles.web;

import com.fleetline.vehicles.fleet.Vehicle;
import com.fleetline.vehicles.fleet.VehicleRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

@Controller
@ResponseBody
@RequestMapping("/fleet/vehicles")
public class VehicleApiController {

    private final VehicleRepository vehicles;

    public VehicleApiController(VehicleRepository vehicles) {
        this.vehicles = vehicles;
    }

    @RequestMapping(value = "/{vin}", method = RequestMethod.GET)
    public Vehicle vehicle(@PathVariable String vin) {
        if (vin.length() != 17) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A VIN has 17 characters");
        }
        return vehicles.findByVin(vin.toUpperCase())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @RequestMapping(value = "/{vin}/mileage", method = RequestMethod.POST)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void reportMileage(@PathVariable String vin, @RequestParam int km) {
        vehicles.findByVin(vin.toUpperCase()).ifPresent(v -> {
            v.recordMileage(km);
            vehicles.save(v);
        });
    }
}
