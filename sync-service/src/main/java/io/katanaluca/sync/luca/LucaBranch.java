package io.katanaluca.sync.luca;

import java.util.List;
import java.util.stream.Collectors;

/** A company branch (şirket şube) the Luca user may work in, as {@code YdlUserResponsibilityOrgSs.do} lists it. */
record LucaBranch(long id, String name) {

    /**
     * The configured branch if there is one, else the first. A configured branch that is not in the
     * list is a configuration error; the message names the branches that would work.
     */
    static LucaBranch choose(List<LucaBranch> branches, Long configuredId, String endpoint) {
        if (branches.isEmpty()) {
            throw LucaFailures.rejected(endpoint, "Luca lists no branch (şirket şube) for this user; "
                    + "give the user a branch in Luca, the sync has nothing to work in");
        }
        if (configuredId == null) {
            return branches.get(0);
        }
        return branches.stream().filter(branch -> branch.id() == configuredId).findFirst()
                .orElseThrow(() -> LucaFailures.rejected(endpoint, "luca.branch-id " + configuredId
                        + " is not among this user's branches: " + describe(branches)));
    }

    private static String describe(List<LucaBranch> branches) {
        return branches.stream().map(branch -> branch.id() + " (" + branch.name() + ")").collect(Collectors.joining(", "));
    }
}
