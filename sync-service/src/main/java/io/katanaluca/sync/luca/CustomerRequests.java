package io.katanaluca.sync.luca;

import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.customer.domain.CustomerDraft.Contact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the customer account calls: flat, as Luca's samples send them, nulls left out.
 * The first contact goes in {@code iletisimTipId}/{@code iletisimTanim}, any further ones in
 * {@code iletisimListesi}, so none is sent twice.
 */
final class CustomerRequests {

    private CustomerRequests() {
    }

    static Map<String, Object> create(CustomerDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tip", draft.tip());
        body.put("cariTipId", draft.cariTipId());
        body.put("kategoriKod", draft.kategoriKod());
        body.put("kartKod", draft.kartKod());
        body.put("tanim", draft.tanim());
        body.put("kisaAd", draft.kisaAd());
        body.put("yasalUnvan", draft.yasalUnvan());
        body.put("vergiNo", draft.vergiNo());
        body.put("tcKimlikNo", draft.tcKimlikNo());
        body.put("ad", draft.ad());
        body.put("soyad", draft.soyad());
        body.put("paraBirimKod", draft.paraBirimKod());
        putAddress(body, draft.adres());
        putContacts(body, draft.iletisim());
        return LucaJson.withoutNulls(body);
    }

    /** {@code ListeleFinMusteri.do}'s filter for one code (Luca filters by a code range). */
    static Map<String, Object> codeFilter(String code) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("kodBas", code);
        range.put("kodBit", code);
        range.put("kodOp", "between");
        return Map.of("finMusteri", Map.of("gnlFinansalNesne", range));
    }

    private static void putAddress(Map<String, Object> body, CustomerDraft.Address address) {
        if (address == null) {
            return;
        }
        body.put("adresTipId", address.adresTipId());
        body.put("ulke", address.ulke());
        body.put("il", address.il());
        body.put("ilce", address.ilce());
        body.put("adresSerbest", address.adresSerbest());
    }

    private static void putContacts(Map<String, Object> body, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        body.put("iletisimTipId", contacts.get(0).iletisimTipId());
        body.put("iletisimTanim", contacts.get(0).iletisimTanim());
        if (contacts.size() > 1) {
            body.put("iletisimListesi", contacts.subList(1, contacts.size()).stream()
                    .map(c -> Map.of("iletisimTipId", c.iletisimTipId(), "iletisimTanim", c.iletisimTanim())).toList());
        }
    }
}
