package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** What a create gives: the stored record, or why Luca refused the body (then {@code stored} is null). */
record Created<T>(T stored, LucaProblem problem) {

    static <T> Created<T> of(T stored) {
        return new Created<>(stored, null);
    }

    static <T> Created<T> refused(LucaProblem problem) {
        return new Created<>(null, problem);
    }

    /** The rules' problem if there is one, else whatever {@code create} makes. */
    static <T> Created<T> unless(Optional<LucaProblem> problem, Supplier<Created<T>> create) {
        return problem.<Created<T>>map(Created::refused).orElseGet(create);
    }

    /** Luca's refusal as its reply, else the success reply made from the stored record. */
    HttpReply reply(Function<T, HttpReply> success) {
        return problem != null ? LucaReplies.problem(problem) : success.apply(stored);
    }

    /** For the Java seeding: the stored record, or Luca's answer as an IllegalArgumentException. */
    T orThrow() {
        if (problem != null) {
            throw new IllegalArgumentException(problem.isMalformed() ? "{\"error\":true}" : problem.message());
        }
        return stored;
    }
}
