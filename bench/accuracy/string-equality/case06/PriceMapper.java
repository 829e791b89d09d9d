package streq.case06;

import org.springframework.stereotype.Component;

@Component
public class PriceMapper {

    public boolean applyUpdate(PriceDto dto, PriceEntity entity) {
        boolean changed = false;
        if (dto.amountCents() != entity.getAmountCents()) {
            entity.setAmountCents(dto.amountCents());
            changed = true;
        }
        if (dto.currency() != null && !dto.currency().equals(entity.getCurrency())) {
            entity.setCurrency(dto.currency());
            changed = true;
        }
        return changed;
    }

    public PriceDto toDto(PriceEntity entity) {
        return new PriceDto(entity.getSku(), entity.getAmountCents(), entity.getCurrency());
    }
}
