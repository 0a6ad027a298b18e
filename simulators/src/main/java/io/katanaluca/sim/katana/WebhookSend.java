package io.katanaluca.sim.katana;

/**
 * One POST of a delivery.
 *
 * @param retryNum       0 for the first send, then 1, 2, 3: the X-Katana-Retry-Num value
 * @param duplicate      the extra copy of a duplicated delivery
 * @param duplicateAfter send the extra copy once this send is answered
 */
record WebhookSend(WebhookDelivery delivery, int retryNum, boolean duplicate, boolean duplicateAfter) {

    static WebhookSend first(WebhookDelivery delivery, boolean duplicated) {
        return new WebhookSend(delivery, 0, false, duplicated);
    }

    WebhookSend nextRetry() {
        return new WebhookSend(delivery, retryNum + 1, duplicate, false);
    }

    /** The same body again, as a first send: no retry header. */
    WebhookSend duplicateCopy() {
        return new WebhookSend(delivery, 0, true, false);
    }

    boolean isRetry() {
        return retryNum > 0;
    }
}
