// A RestTemplate client that switches on the HTTP status of the caught HttpStatusCodeException and throws domain exceptions without cause from if and switch branches.
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

class LoyaltyAccountNotFoundException extends RuntimeException {

    LoyaltyAccountNotFoundException(String message) {
        super(message);
    }
}

class LoyaltyServiceUnavailableException extends RuntimeException {

    LoyaltyServiceUnavailableException(String message) {
        super(message);
    }

    LoyaltyServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

record LoyaltyBalance(String accountId, long points) {
}

class LoyaltyPointsClient {

    private final RestTemplate restTemplate;

    LoyaltyPointsClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public LoyaltyBalance balance(String accountId) {
        try {
            return restTemplate.getForObject("/accounts/{id}/balance", LoyaltyBalance.class, accountId);
        } catch (HttpStatusCodeException e) {
            switch (e.getStatusCode().value()) {
                case 404 -> throw new LoyaltyAccountNotFoundException("No loyalty account " + accountId); // expect: lost-stack-trace "LoyaltyAccountNotFoundException"
                case 503 -> throw new LoyaltyServiceUnavailableException("Loyalty service is down"); // expect: lost-stack-trace "LoyaltyServiceUnavailableException"
                default -> throw new LoyaltyServiceUnavailableException("Loyalty service answered " + e.getStatusCode()); // expect: lost-stack-trace "LoyaltyServiceUnavailableException"
            }
        } catch (ResourceAccessException e) {
            throw new LoyaltyServiceUnavailableException("Loyalty service unreachable", e);
        }
    }

    public void redeem(String accountId, long points) {
        try {
            restTemplate.postForLocation("/accounts/{id}/redemptions?points={points}", null, accountId, points);
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode().is4xxClientError()) {
                throw new IllegalArgumentException("Redemption of " + points + " points rejected: " + e.getResponseBodyAsString()); // expect: lost-stack-trace "IllegalArgumentException"
            }
            throw new LoyaltyServiceUnavailableException("Redemption failed with " + e.getStatusCode()); // expect: lost-stack-trace "LoyaltyServiceUnavailableException"
        }
    }
}
