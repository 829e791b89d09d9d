package opt.case53;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TransferService {

    private final WalletRepository walletRepository;

    public TransferService(WalletRepository walletRepository) {
        this.walletRepository = walletRepository;
    }

    @Transactional
    public void transfer(Long fromWalletId, Long toWalletId, BigDecimal amount) {
        Optional<Wallet> source = walletRepository.findById(fromWalletId);
        Optional<Wallet> destination = walletRepository.findById(toWalletId);
        if (source.isEmpty()) {
            throw new IllegalArgumentException("Unknown source wallet " + fromWalletId);
        }
        Wallet from = source.get();
        if (from.getBalance().compareTo(amount) < 0) {
            throw new IllegalStateException("Insufficient funds in wallet " + fromWalletId);
        }
        Wallet to = destination.get(); // get
        from.setBalance(from.getBalance().subtract(amount));
        to.setBalance(to.getBalance().add(amount));
    }
}
