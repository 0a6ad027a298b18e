package io.katanaluca.sync.product;

import io.katanaluca.sync.product.domain.DeletionPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sync.deletion.policy}: what a run does with the Luca card of a variant that was deleted
 * or archived in Katana after its card was written. REPORT (the default) keeps the card and reports
 * the record on every run (outcome NOT_DELETED); DELETE deletes the card ({@code SilStkSkart.do}).
 * Customer accounts are always kept and reported: Luca offers no way to delete them through this API.
 */
@ConfigurationProperties("sync.deletion")
public record DeletionProperties(DeletionPolicy policy) {

    public DeletionProperties {
        policy = policy == null ? DeletionPolicy.REPORT : policy;
    }
}
