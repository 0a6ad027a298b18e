package io.katanaluca.sync.luca;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads {@code YdlUserResponsibilityOrgSs.do}: {@code [{"ack":"Merkez","id":11746}]}, bare or wrapped, ids as numbers or strings. */
final class LucaBranchListReader {

    private LucaBranchListReader() {
    }

    static List<LucaBranch> read(JsonNode reply) {
        JsonNode items = LucaJson.firstArray(reply).orElseThrow(() -> LucaFailures.retryable(
                LucaLoginClient.LIST_BRANCHES, "Luca returned no branch list"));
        List<LucaBranch> branches = new ArrayList<>();
        for (JsonNode item : items) {
            branches.add(branch(item));
        }
        return branches;
    }

    private static LucaBranch branch(JsonNode item) {
        long id = LucaJson.id(item, "id", "orgSirketSubeId", "sirketSubeId", "subeId", "branchId")
                .orElseThrow(() -> LucaFailures.retryable(LucaLoginClient.LIST_BRANCHES,
                        "Luca listed a branch without an id: " + item));
        return new LucaBranch(id, LucaJson.text(item, "ack", "sirketSubeAdi", "ad", "tanim", "name").orElse("?"));
    }
}
