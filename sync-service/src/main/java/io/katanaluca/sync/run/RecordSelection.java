package io.katanaluca.sync.run;

import java.util.Set;

/**
 * Which Katana records a run looks at: everything, or (retrying what failed) only some.
 *
 * @param katanaIds the records (variant or customer ids)
 * @param parentIds their products or materials, to read them from Katana by id; empty for customers
 */
public record RecordSelection(boolean everything, Set<Long> katanaIds, Set<Long> parentIds) {

    public static final RecordSelection EVERYTHING = new RecordSelection(true, Set.of(), Set.of());

    public RecordSelection {
        katanaIds = Set.copyOf(katanaIds);
        parentIds = Set.copyOf(parentIds);
    }

    public static RecordSelection only(Set<Long> katanaIds, Set<Long> parentIds) {
        return new RecordSelection(false, katanaIds, parentIds);
    }

    public boolean includes(long katanaId) {
        return everything || katanaIds.contains(katanaId);
    }
}
