package io.katanaluca.sync.luca;

import io.katanaluca.sync.remote.RemoteCallException;

/** Luca refused a create because the card code is already used ("Kart kodu daha önce kullanılmış"). */
public class DuplicateCodeException extends RemoteCallException {

    private final String code;

    public DuplicateCodeException(String endpoint, String code, String lucaMessage) {
        super(Kind.PERMANENT, "Luca", endpoint, "code " + code + " already used: " + lucaMessage, null, null);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
