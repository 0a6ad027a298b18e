package io.katanaluca.sync.cache;

import io.katanaluca.sync.product.domain.StockCardCache;
import io.katanaluca.sync.product.domain.StockCardCacheContract;

class CaffeineStockCardCacheTests extends StockCardCacheContract {

    @Override
    protected StockCardCache newCache() {
        return new CaffeineStockCardCache();
    }

    @Override
    protected StockCardCache sameStorageAs(StockCardCache cache) {
        return cache; // in-process: "another node" can only be this one
    }
}
