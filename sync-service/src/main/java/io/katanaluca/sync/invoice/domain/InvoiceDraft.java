package io.katanaluca.sync.invoice.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sales invoice we want Luca to hold for one Katana order, in Luca's field names: what the
 * mapper produces and the Luca client sends to {@code EkleFtrWsFaturaBaslik.do}. {@code belgeNo}
 * is always empty, since Luca numbers invoices continuously per series and year.
 *
 * @param belgeTarihi  dd/MM/yyyy in the rules' zone; {@code vadeTarihi} likewise
 * @param kurBedeli    the exchange rate to the base currency (1 for it)
 * @param netTotal     sum of the lines' rounded net amounts (not sent; kept for the total check and reports)
 * @param vatTotal     sum of the lines' rounded VAT amounts (not sent)
 */
public record InvoiceDraft(String belgeSeri, String belgeTarihi, String vadeTarihi, String belgeTakipNo, String belgeAciklama,
        String belgeTurDetayId, String siparisNo, String paraBirimKod, BigDecimal kurBedeli, String cariKodu, String cariTanim,
        String vergiNo, List<Line> detayList, BigDecimal netTotal, BigDecimal vatTotal) {

    public static final String FATURA_TUR = "1";
    public static final String MUSTERI = "1";

    public InvoiceDraft {
        detayList = detayList == null ? List.of() : List.copyOf(detayList);
    }

    public String belgeNo() {
        return "";
    }

    /**
     * One {@code detayList} entry. {@code kartTuru} 1 is a stock card, 2 a service card (shipping).
     *
     * @param tutar        the line's net amount, rounded to kuruş
     * @param iskontoOran1 the discount as a percent of the gross line (RATE mode), else null
     * @param katanaRowId  the Katana row (null for shipping); not sent, named in reasons
     */
    public record Line(int kartTuru, String kartKodu, BigDecimal miktar, BigDecimal birimFiyat, BigDecimal tutar, BigDecimal kdvOran,
            BigDecimal iskontoOran1, String depoKodu, String aciklama, Long katanaRowId) {

        public static final int STOCK = 1;
        public static final int SERVICE = 2;
    }

    /** Every sent field by Luca's name as text, lines as {@code detayList[i].field}, for hashing and comparing. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "belgeSeri", belgeSeri, "belgeTarihi", belgeTarihi, "vadeTarihi", vadeTarihi, "belgeTakipNo", belgeTakipNo,
                "belgeAciklama", belgeAciklama, "belgeTurDetayId", belgeTurDetayId, "siparisNo", siparisNo, "paraBirimKod", paraBirimKod,
                "kurBedeli", plain(kurBedeli), "cariKodu", cariKodu, "cariTanim", cariTanim, "vergiNo", vergiNo);
        for (int i = 0; i < detayList.size(); i++) {
            Line line = detayList.get(i);
            String at = "detayList[" + i + "].";
            put(fields, at + "kartTuru", String.valueOf(line.kartTuru()), at + "kartKodu", line.kartKodu(), at + "miktar", plain(line.miktar()),
                    at + "birimFiyat", plain(line.birimFiyat()), at + "tutar", plain(line.tutar()), at + "kdvOran", plain(line.kdvOran()),
                    at + "iskontoOran1", plain(line.iskontoOran1()), at + "depoKodu", line.depoKodu(), at + "aciklama", line.aciklama());
        }
        return fields;
    }

    /** By value, so "40" and "40.00" are the same amount and a re-read order does not look changed. */
    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static void put(Map<String, String> fields, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], Objects.toString(namesAndValues[i + 1], null));
        }
    }
}
