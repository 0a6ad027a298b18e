package io.katanaluca.sync.luca;

import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bodies of the sales invoice calls. The create body is the draft in Luca's field names, flat
 * header plus {@code detayList}, nulls left out, decimals plain ({@link LucaJson}); {@code belgeNo}
 * goes empty so that Luca numbers the invoice. Text as the draft has it.
 */
final class InvoiceRequests {

    /** Luca's movement type of sales documents, which its invoice list is asked for. */
    static final String SALES_MOVEMENT_TYPE = "16";
    private static final DateTimeFormatter LUCA_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InvoiceRequests() {
    }

    static Map<String, Object> create(InvoiceDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("belgeSeri", draft.belgeSeri());
        body.put("belgeNo", draft.belgeNo());
        body.put("belgeTarihi", draft.belgeTarihi());
        body.put("vadeTarihi", draft.vadeTarihi());
        body.put("belgeTakipNo", draft.belgeTakipNo());
        body.put("belgeAciklama", draft.belgeAciklama());
        body.put("belgeTurDetayId", draft.belgeTurDetayId());
        body.put("faturaTur", InvoiceDraft.FATURA_TUR);
        body.put("musteriTedarikci", InvoiceDraft.MUSTERI);
        body.put("siparisNo", draft.siparisNo());
        body.put("paraBirimKod", draft.paraBirimKod());
        body.put("kurBedeli", draft.kurBedeli());
        body.put("cariKodu", draft.cariKodu());
        body.put("cariTanim", draft.cariTanim());
        body.put("vergiNo", draft.vergiNo());
        body.put("detayList", draft.detayList().stream().map(InvoiceRequests::line).toList());
        return LucaJson.withoutNulls(body);
    }

    /** {@code ListeleFtrSsFaturaBaslik.do}'s filter: inclusive ranges, a null bound left out. */
    static Map<String, Object> listFilter(String trackingNoFrom, String trackingNoTo, LocalDate from, LocalDate to) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("belgeTakipNoBas", trackingNoFrom);
        document.put("belgeTakipNoBit", trackingNoTo);
        document.put("belgeTakipNoOp", trackingNoFrom == null && trackingNoTo == null ? null : "between");
        document.put("belgeTarihiBas", from == null ? null : LUCA_DATE.format(from));
        document.put("belgeTarihiBit", to == null ? null : LUCA_DATE.format(to));
        document.put("belgeTarihiOp", from == null && to == null ? null : "between");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ftrSsFaturaBaslik", Map.of("gnlOrgSsBelge", LucaJson.withoutNulls(document)));
        body.put("parUstHareketTuru", SALES_MOVEMENT_TYPE);
        return body;
    }

    private static Map<String, Object> line(InvoiceDraft.Line line) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kartTuru", line.kartTuru());
        body.put("kartKodu", line.kartKodu());
        body.put("miktar", line.miktar());
        body.put("birimFiyat", line.birimFiyat());
        body.put("tutar", line.tutar());
        body.put("kdvOran", line.kdvOran());
        body.put("iskontoOran1", line.iskontoOran1());
        body.put("depoKodu", line.depoKodu());
        body.put("aciklama", line.aciklama());
        return LucaJson.withoutNulls(body);
    }
}
