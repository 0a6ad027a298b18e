package io.katanaluca.sync.product;

import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaStockCard;
import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.run.LucaListings;
import io.katanaluca.sync.run.ResilientLuca;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills the stock card cache from Luca's own listing at the start of a run. An empty listing
 * while we have written cards before is treated as a broken listing, not as an empty Luca:
 * reading it as empty would create every card a second time.
 */
@Component
class StockCardWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StockCardWarmUp.class);

    private final LucaClient luca;
    private final ResilientLuca resilient;
    private final StockCardCache cache;
    private final JdbcStockCardMappingRepository mappings;

    StockCardWarmUp(LucaClient luca, ResilientLuca resilient, StockCardCache cache, JdbcStockCardMappingRepository mappings) {
        this.luca = luca;
        this.resilient = resilient;
        this.cache = cache;
        this.mappings = mappings;
    }

    int warm() {
        List<LucaStockCard> cards = LucaListings.trusted(resilient.call(luca::listStockCards), mappings.count(), "stock cards");
        Map<String, Long> byCode = new HashMap<>(cards.size() * 2);
        cards.forEach(card -> byCode.putIfAbsent(card.kartKodu(), card.skartId()));
        cache.replaceAll(byCode);
        log.info("Stock card cache warmed with {} Luca cards", byCode.size());
        return byCode.size();
    }
}
