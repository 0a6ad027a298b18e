package io.katanaluca.sync.cluster;

import io.katanaluca.sync.luca.LucaWritePermits;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster-wide cap on concurrent Luca writes in the database when there is no Redis: one row
 * per permit; a permit is taken by a conditional update (free, or its lease ran out because its
 * node died), so two nodes never take the same row.
 */
class JdbcLucaWritePermits implements LucaWritePermits {

    private final JdbcTemplate jdbc;
    private final int cap;
    private final Duration lease;
    private final Clock clock;

    JdbcLucaWritePermits(JdbcTemplate jdbc, int cap, Duration lease, Clock clock) {
        this.jdbc = jdbc;
        this.cap = cap;
        this.lease = lease;
        this.clock = clock;
        for (int slot = 0; slot < cap; slot++) {
            addSlotIfMissing(slot);
        }
    }

    private void addSlotIfMissing(int slot) {
        try {
            jdbc.update("INSERT INTO luca_write_permit (slot) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM luca_write_permit WHERE slot = ?)",
                    slot, slot);
        } catch (DuplicateKeyException addedByAnotherNode) {
            // fine: it exists
        }
    }

    @Override
    public Optional<String> tryAcquire() {
        String holder = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = Timestamp.from(clock.instant().plus(lease));
        int first = ThreadLocalRandom.current().nextInt(cap);
        for (int i = 0; i < cap; i++) {
            int slot = (first + i) % cap;
            if (jdbc.update("UPDATE luca_write_permit SET holder = ?, lease_until = ? WHERE slot = ? AND (holder IS NULL OR lease_until < ?)",
                    holder, until, slot, now) == 1) {
                return Optional.of(slot + ":" + holder);
            }
        }
        return Optional.empty();
    }

    @Override
    public void release(String permit) {
        String[] slotAndHolder = permit.split(":", 2);
        jdbc.update("UPDATE luca_write_permit SET holder = NULL, lease_until = NULL WHERE slot = ? AND holder = ?",
                Integer.parseInt(slotAndHolder[0]), slotAndHolder[1]);
    }
}
