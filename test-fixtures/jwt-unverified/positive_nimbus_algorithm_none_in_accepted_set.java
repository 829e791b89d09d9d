// A legacy client token policy whose allow-list of Nimbus header algorithms includes Algorithm.NONE.
import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class LegacyClientTokenPolicy {

    private static final Set<Algorithm> ACCEPTED_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.HS256, Algorithm.NONE); // expect: jwt-unverified "`none`"

    boolean acceptsAlgorithmOf(JWT token) {
        return ACCEPTED_ALGORITHMS.contains(token.getHeader().getAlgorithm());
    }
}
