// Nullable values wrapped with Optional.ofNullable before any use: a request header, a session attribute, a Map.get and a repository finder that returns an entity.
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class LoyaltyMember {
    @Id
    Long id;
    String cardNumber;
    int points;

    int getPoints() {
        return points;
    }
}

interface LoyaltyMemberRepository extends JpaRepository<LoyaltyMember, Long> {

    LoyaltyMember findByCardNumber(String cardNumber);
}

class LoyaltyLookup {

    private final LoyaltyMemberRepository members;
    private final Map<String, Integer> bonusByCampaign;

    LoyaltyLookup(LoyaltyMemberRepository members, Map<String, Integer> bonusByCampaign) {
        this.members = members;
        this.bonusByCampaign = bonusByCampaign;
    }

    int points(HttpServletRequest request) {
        String card = Optional.ofNullable(request.getHeader("X-Card")).map(String::trim).orElse("");
        return Optional.ofNullable(members.findByCardNumber(card)).map(LoyaltyMember::getPoints).orElse(0);
    }

    int bonus(String campaign) {
        return Optional.ofNullable(bonusByCampaign.get(campaign)).orElse(0);
    }

    String greeting(HttpSession session) {
        return Optional.ofNullable(session.getAttribute("displayName"))
                .map(Object::toString)
                .map(String::toUpperCase)
                .orElse("GUEST");
    }
}
