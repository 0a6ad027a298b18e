package io.katanaluca.sync.katana;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.system.ResilienceConfiguration;
import io.katanaluca.sync.remote.RemoteCallException;
import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * Reads Katana lists page by page. Each page is fetched under the rate budget and the Katana
 * {@link Retry}, so a 429 or 5xx repeats that same page; the handler runs outside the Retry, so a
 * failing handler never causes a page to be fetched twice.
 */
public class KatanaClient {

    /** Katana silently clamps larger limits to 250, which would make short-page detection end paging early. */
    static final int MAX_PAGE_SIZE = 250;
    private static final Logger log = LoggerFactory.getLogger(KatanaClient.class);

    private final RestClient restClient;
    private final KatanaRateLimiter budget;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final int pageSize;
    private final KatanaPageReader reader;

    public KatanaClient(RestClient restClient, KatanaRateLimiter budget, Retry retry, int pageSize) {
        this(restClient, budget, retry, pageSize, Clock.systemUTC());
    }

    KatanaClient(RestClient restClient, KatanaRateLimiter budget, Retry retry, int pageSize, Clock clock) {
        this(restClient, budget, retry, ResilienceConfiguration.circuitBreakerFor("katana"), pageSize, clock);
    }

    KatanaClient(RestClient restClient, KatanaRateLimiter budget, Retry retry, CircuitBreaker circuitBreaker, int pageSize, Clock clock) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("katana.page-size must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        this.restClient = restClient;
        this.budget = budget;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.pageSize = pageSize;
        this.reader = new KatanaPageReader(budget, new KatanaFailures(clock));
    }

    /**
     * Streams a list endpoint page by page: the handler gets each page as soon as it arrives;
     * nothing beyond one page is held in memory. Returns the number of items read.
     *
     * @throws RemoteCallException when a page still fails after the retries, or fails permanently
     */
    public long forEachProductPage(KatanaQuery query, Consumer<KatanaPage> handler) {
        return readPagesWhile(query, page -> {
            handler.accept(page);
            return true;
        });
    }

    /**
     * Like {@link #forEachProductPage}, but stops (without asking Katana for the next page) as
     * soon as the handler returns false, e.g. when a run's record limit is reached.
     */
    public long readPagesWhile(KatanaQuery query, Predicate<KatanaPage> handler) {
        long itemsRead = 0;
        for (int page = 1; ; page++) {
            KatanaPageReader.Result result = fetchWithRetry(query, page);
            KatanaPage katanaPage = result.page();
            log.debug("Read Katana {} page {}/{}: {} items", query.resource().path(), page, katanaPage.totalPages(), katanaPage.items().size());
            boolean more = handler.test(katanaPage);
            itemsRead += katanaPage.items().size();
            if (!more || result.pagination().isLastPage(page, katanaPage.items().size(), pageSize)) {
                return itemsRead;
            }
        }
    }

    private KatanaPageReader.Result fetchWithRetry(KatanaQuery query, int page) {
        return retry.executeSupplier(() -> circuitBreaker.executeSupplier(() -> fetch(query, page)));
    }

    private KatanaPageReader.Result fetch(KatanaQuery query, int page) {
        String endpoint = "GET " + query.resource().path() + " page " + page;
        budget.acquire();
        try {
            return restClient.get()
                    .uri(builder -> uri(builder, query, page))
                    .exchange((request, response) -> reader.read(response, page, endpoint));
        } catch (ResourceAccessException noResponse) {
            throw RemoteCallException.transientFailure(KatanaFailures.SYSTEM, endpoint,
                    "no response from Katana (" + noResponse.getMostSpecificCause() + ")", noResponse);
        }
    }

    private URI uri(UriBuilder builder, KatanaQuery query, int page) {
        builder.path(query.resource().path()).queryParam("limit", pageSize).queryParam("page", page);
        if (query.updatedAtMin() != null) {
            builder.queryParam("updated_at_min", query.updatedAtMin().toString());
        }
        if (query.includeArchived()) {
            builder.queryParam("include_archived", true);
        }
        if (query.includeDeleted()) {
            builder.queryParam("include_deleted", true);
        }
        query.ids().forEach(id -> builder.queryParam("ids", id));
        return builder.build();
    }
}
