package io.katanaluca.sim.katana;

/**
 * Bursts of 429 whatever the quota, as Katana sends when another client of the same key used it up
 * or its gateway sheds load: of every {@code every} authenticated requests, the last {@code length}
 * are refused with {@code Retry-After: 1}. Refused requests count, so a client retrying into a
 * burst meets all of it.
 *
 * @param every  the length of the cycle in requests; 0 = no bursts
 * @param length refused requests at the end of each cycle, less than {@code every}
 */
public record TooManyRequestsBursts(int every, int length) {

    public static final TooManyRequestsBursts NONE = new TooManyRequestsBursts(0, 0);

    public TooManyRequestsBursts {
        if (every < 0 || length < 0 || (every > 0 && (length < 1 || length >= every))) {
            throw new IllegalArgumentException("A 429 burst needs 1 <= length < every (or both 0 for none): every=" + every
                    + ", length=" + length);
        }
    }

    /** Whether the {@code n}-th authenticated request (from 1) falls in a burst. */
    boolean refuses(long n) {
        return every > 0 && (n - 1) % every >= every - length;
    }
}
