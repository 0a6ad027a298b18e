package io.katanaluca.sync.luca;

import io.katanaluca.sync.product.domain.StockCardDraft;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bodies of the stock card calls: flat, only the fields we mean, nulls left out. Text is passed
 * as the draft has it; no upper-casing or ASCII folding (the earlier system's doing, pain point 5.10).
 */
final class StockCardRequests {

    private static final DateTimeFormatter LUCA_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int YES = 1;
    private static final int NO = 0;

    private StockCardRequests() {
    }

    static Map<String, Object> create(StockCardDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kartKodu", draft.kartKodu());
        body.put("kartAdi", draft.kartAdi());
        body.put("kartTuru", draft.kartTuru());
        body.put("baslangicTarihi", draft.baslangicTarihi() == null ? null : LUCA_DATE.format(draft.baslangicTarihi()));
        putDetails(body, draft);
        return LucaJson.withoutNulls(body);
    }

    static Map<String, Object> update(long skartId, StockCardDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("skartId", skartId);
        body.put("kartKodu", draft.kartKodu());
        body.put("kartAdi", draft.kartAdi());
        putDetails(body, draft);
        return LucaJson.withoutNulls(body);
    }

    /** {@code ListeleStkSkart.do}'s filter for one code (Luca filters by a code range). */
    static Map<String, Object> codeFilter(String code) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("kodBas", code);
        range.put("kodBit", code);
        range.put("kodOp", "between");
        return Map.of("stkSkart", range);
    }

    private static void putDetails(Map<String, Object> body, StockCardDraft draft) {
        body.put("barkod", draft.barkod());
        body.put("olcumBirimiId", draft.olcumBirimiId());
        body.put("kategoriAgacKod", draft.kategoriAgacKod());
        body.put("kartAlisKdvOran", draft.kdvOran());
        body.put("kartSatisKdvOran", draft.kdvOran());
        body.put("perakendeAlisBirimFiyat", draft.alisFiyat());
        body.put("perakendeSatisBirimFiyat", draft.satisFiyat());
        body.put("satilabilirFlag", draft.sellable() ? YES : NO);
        body.put("satinAlinabilirFlag", YES);
    }
}
