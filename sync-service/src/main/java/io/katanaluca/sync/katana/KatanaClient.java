package io.katanaluca.sync.katana;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.katanaluca.sync.system.ResilienceConfiguration;
import io.katanaluca.sync.remote.RemoteCallException;
import io.katanaluca.sync.remote.RemoteCallTimer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.ObjectReader;

/**
 * Reads Katana lists (products, materials, customers, variants; sales orders through {@link KatanaSalesOrders}) page by page. Each page is fetched under the rate budget and the Katana
 * {@link Retry}, so a 429 or 5xx repeats that same page; the handler runs outside the Retry, so a
 * failing handler never causes a page to be fetched twice.
 */
public class KatanaClient {

    /** Katana silently clamps larger limits to 250, which would make short-page detection end paging early. */
    static final int MAX_PAGE_SIZE = 250;
    private static final int IDS_PER_REQUEST = 100;
    private static final Logger log = LoggerFactory.getLogger(KatanaClient.class);
    static final Consumer<UriBuilder> NO_FILTER = builder -> {
    };

    private final RestClient restClient;
    private final String baseUrl;
    private final KatanaRateLimiter budget;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final int pageSize;
    private final KatanaPageReader reader;
    private final RemoteCallTimer timer;

    /** {@code baseUrl} is the one {@code restClient} is built on, for messages that say where Katana could not be reached. */
    public KatanaClient(RestClient restClient, String baseUrl, KatanaRateLimiter budget, Retry retry, int pageSize) {
        this(restClient, baseUrl, budget, retry, pageSize, Clock.systemUTC());
    }

    KatanaClient(RestClient restClient, String baseUrl, KatanaRateLimiter budget, Retry retry, int pageSize, Clock clock) {
        this(restClient, baseUrl, budget, retry, ResilienceConfiguration.circuitBreakerFor("katana"), pageSize, clock, RemoteCallTimer.NONE);
    }

    KatanaClient(RestClient restClient, String baseUrl, KatanaRateLimiter budget, Retry retry, CircuitBreaker circuitBreaker, int pageSize,
            Clock clock, RemoteCallTimer timer) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("katana.page-size must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        this.restClient = restClient;
        this.baseUrl = baseUrl;
        this.budget = budget;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.pageSize = pageSize;
        this.reader = new KatanaPageReader(budget, new KatanaFailures(clock));
        this.timer = timer;
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
        return this.<KatanaProduct>readWhile(query, NO_FILTER, KatanaJson.PRODUCTS, (items, page, pagination) -> handler.test(
                new KatanaPage(items, page, pagination.totalPages().orElse(KatanaPage.UNKNOWN),
                        pagination.totalRecords().orElse(KatanaPage.UNKNOWN))));
    }

    /** As {@link #readPagesWhile} for {@code /customers}: the handler gets each page's customers. */
    public long readCustomerPagesWhile(KatanaQuery query, Predicate<List<KatanaCustomer>> handler) {
        return this.<KatanaCustomer>readWhile(query, NO_FILTER, KatanaJson.CUSTOMERS, (items, page, pagination) -> handler.test(items));
    }

    /** The variants whose SKU is exactly {@code sku} (Katana keeps SKUs unique, but says so only in its docs). */
    public List<KatanaVariantRef> findVariantsBySku(String sku) {
        KatanaQuery variants = new KatanaQuery(KatanaQuery.Resource.VARIANTS, null, false, false, List.of());
        return readAll(variants, builder -> builder.queryParam("sku", "{sku}"), KatanaJson.VARIANT_REFS, sku);
    }

    /** The variants of these ids that Katana holds (a deleted one is absent), a hundred ids per request. */
    public List<KatanaVariantRef> findVariants(Collection<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<KatanaVariantRef> found = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += IDS_PER_REQUEST) {
            KatanaQuery variants = new KatanaQuery(KatanaQuery.Resource.VARIANTS, null, false, false,
                    sorted.subList(from, Math.min(from + IDS_PER_REQUEST, sorted.size())));
            found.addAll(this.<KatanaVariantRef>readAll(variants, NO_FILTER, KatanaJson.VARIANT_REFS));
        }
        return found;
    }

    /** Every page of a list, gathered: for the short lists (variants of a SKU, tax rates, one order's fulfillments). */
    <T> List<T> readAll(KatanaQuery query, Consumer<UriBuilder> filter, ObjectReader reader, Object... uriValues) {
        List<T> found = new ArrayList<>();
        this.<T>readWhile(query, filter, reader, (items, page, pagination) -> {
            found.addAll(items);
            return true;
        }, uriValues);
        return found;
    }

    /** Reads pages until the handler returns false or the last page; {@code filter} adds query parameters, templated with {@code uriValues}. */
    <T> long readWhile(KatanaQuery query, Consumer<UriBuilder> filter, ObjectReader reader, PageHandler<T> handler,
            Object... uriValues) {
        long itemsRead = 0;
        for (int page = 1; ; page++) {
            KatanaPageReader.Result<T> result = fetchWithRetry(query, page, filter, reader, uriValues);
            log.debug("Read Katana {} page {}: {} items", query.resource().path(), page, result.items().size());
            boolean more = handler.handle(result.items(), page, result.pagination());
            itemsRead += result.items().size();
            if (!more || result.pagination().isLastPage(page, result.items().size(), pageSize)) {
                return itemsRead;
            }
        }
    }

    private <T> KatanaPageReader.Result<T> fetchWithRetry(KatanaQuery query, int page, Consumer<UriBuilder> filter,
            ObjectReader reader, Object... uriValues) {
        return retry.executeSupplier(() -> circuitBreaker.executeSupplier(() -> fetch(query, page, filter, reader, uriValues)));
    }

    private <T> KatanaPageReader.Result<T> fetch(KatanaQuery query, int page, Consumer<UriBuilder> filter, ObjectReader reader,
            Object... uriValues) {
        String endpoint = "GET " + query.resource().path() + " page " + page;
        budget.acquire();
        long started = System.nanoTime();
        int[] status = {RemoteCallTimer.NO_RESPONSE};
        try {
            return restClient.get()
                    .uri(builder -> {
                        filter.accept(builder);
                        return uri(builder, query, page, uriValues);
                    })
                    .exchange((request, response) -> {
                        status[0] = response.getStatusCode().value();
                        return this.reader.<T>read(response, endpoint, reader);
                    });
        } catch (ResourceAccessException noResponse) {
            throw RemoteCallException.noResponse(KatanaFailures.SYSTEM, endpoint, baseUrl, noResponse);
        } finally {
            timer.record(KatanaFailures.SYSTEM, "GET " + query.resource().path(), status[0], Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** What to do with one page; false stops the paging. */
    @FunctionalInterface
    interface PageHandler<T> {
        boolean handle(List<T> items, int page, KatanaPagination pagination);
    }

    private URI uri(UriBuilder builder, KatanaQuery query, int page, Object... uriValues) {
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
        return builder.build(uriValues);
    }
}
