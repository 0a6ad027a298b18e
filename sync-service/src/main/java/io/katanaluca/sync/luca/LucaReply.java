package io.katanaluca.sync.luca;

import java.util.List;

/** What Luca answered, before anyone judged it: status, content type, decoded body, cookies set, redirect target. */
record LucaReply(int status, String contentType, String body, List<String> setCookies, String location) {

    LucaReply {
        contentType = contentType == null ? "" : contentType;
        body = body == null ? "" : body;
        setCookies = setCookies == null ? List.of() : List.copyOf(setCookies);
    }

    static LucaReply of(int status, String contentType, String body) {
        return new LucaReply(status, contentType, body, List.of(), null);
    }
}
