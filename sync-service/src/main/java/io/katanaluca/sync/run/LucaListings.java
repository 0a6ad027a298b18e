package io.katanaluca.sync.run;

import java.util.List;

/**
 * A listing of what Luca holds, read at the start of a run, is trusted only if it can be: an empty
 * listing while records were written to Luca before is a broken listing, not an empty Luca, and
 * reading it as empty would create every record a second time.
 */
public final class LucaListings {

    private LucaListings() {
    }

    /**
     * @param written how many records of the kind the mapping table says were written to Luca
     * @param what    the records in a message, e.g. "stock cards"
     */
    public static <T> List<T> trusted(List<T> listing, long written, String what) {
        if (listing.isEmpty() && written > 0) {
            throw new SyncRunException("Luca listed no " + what + " although " + written + " were written to it before;"
                    + " the listing looks broken, so the run stopped rather than create them all again");
        }
        return listing;
    }
}
