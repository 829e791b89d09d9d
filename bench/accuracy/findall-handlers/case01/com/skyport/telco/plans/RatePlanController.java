package com.skyport.telco.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rate-plans")
public class RatePlanController {

    private final RatePlanRepository ratePlanRepository;

    public RatePlanController(RatePlanRepository ratePlanRepository) {
        this.ratePlanRepository = ratePlanRepository;
    }

    public record RatePlanResponse(String code, String name, BigDecimal monthlyFee, int dataGb) {
    }

    @GetMapping
    public List<RatePlanResponse> activePlans() {
        List<RatePlanResponse> body = new ArrayList<>();
        for (RatePlan plan : ratePlanRepository.findAll(Sort.by("code"))) {
            if (!plan.isActive()) {
                continue;
            }
            body.add(new RatePlanResponse(plan.getCode(), plan.getName(), plan.getMonthlyFee(), plan.getDataGb()));
        }
        return body;
    }
}
