// Marketing creates coupon codes for a campaign from a list; each new code is stored with the
// campaign's discount, codes already on file are skipped and listed in the answer.
package checkthenact.case12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

@Service
public class CouponCampaignService {

    private final CouponRepository coupons;

    public CouponCampaignService(CouponRepository coupons) {
        this.coupons = coupons;
    }

    public CampaignResult createCodes(String campaign, List<String> codes, BigDecimal percentOff, LocalDate validUntil) {
        var created = 0;
        var skipped = new ArrayList<String>();
        for (var raw : codes) {
            var code = raw.trim().toUpperCase(Locale.ROOT);
            if (!coupons.existsByCode(code)) {
                coupons.save(new Coupon(code, campaign, percentOff, validUntil));
                created++;
            } else {
                skipped.add(code);
            }
        }
        return new CampaignResult(campaign, created, List.copyOf(skipped));
    }

    public record CampaignResult(String campaign, int created, List<String> skippedCodes) {
    }
}
