package com.saasly.tenancy.web;

import com.saasly.tenancy.tenant.Tenant;
import com.saasly.tenancy.tenant.TenantRepository;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/settings")
public class TenantSettingsController {

    public record TenantSettings(String displayName, String brandColor, Integer seatLimit) {

        static TenantSettings of(Tenant tenant) {
            return new TenantSettings(tenant.getDisplayName(), tenant.getBrandColor(), tenant.getSeatLimit());
        }
    }

    private final TenantRepository tenants;

    public TenantSettingsController(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @ModelAttribute("tenant")
    public Tenant resolveTenant(@RequestHeader("X-Tenant-Id") String tenantKey) {
        return tenants.findByTenantKey(tenantKey)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Unknown tenant"));
    }

    @GetMapping
    public TenantSettings settings(@ModelAttribute("tenant") Tenant tenant) {
        return TenantSettings.of(tenant);
    }

    @PatchMapping
    @Transactional
    public TenantSettings update(@ModelAttribute("tenant") Tenant tenant, @RequestBody TenantSettings changes) {
        if (changes.brandColor() != null) {
            tenant.setBrandColor(changes.brandColor());
        }
        if (changes.seatLimit() != null) {
            tenant.setSeatLimit(changes.seatLimit());
        }
        return TenantSettings.of(tenants.save(tenant));
    }
}
