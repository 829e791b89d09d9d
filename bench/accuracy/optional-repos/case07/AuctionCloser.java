package opt.case07;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AuctionCloser {

    private static final Logger log = LoggerFactory.getLogger(AuctionCloser.class);

    private final BidRepository bidRepository;

    public AuctionCloser(BidRepository bidRepository) {
        this.bidRepository = bidRepository;
    }

    public String close(Long auctionId) {
        List<Bid> bids = bidRepository.findByAuctionId(auctionId);
        log.info("Closing auction {} with {} bids", auctionId, bids.size());
        Bid winning = bids.stream().max(Comparator.comparing(Bid::getAmount).thenComparing(Bid::getPlacedAt, Comparator.reverseOrder())).get(); // get
        log.info("Auction {} won by {} at {}", auctionId, winning.getBidder(), winning.getAmount());
        return winning.getBidder();
    }
}
