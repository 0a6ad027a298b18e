package io.katanaluca.sync.customer.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer account we want Luca to hold for one Katana customer, in Luca's field names: what
 * the mapper produces and the Luca client sends to {@code EkleFinMusteriWS.do}.
 *
 * @param tip     1 company (VKN), 2 person (TCKN)
 * @param adres   the invoice address (adresTipId 9), or a delivery address (8) when Katana has only a shipping one; null when none
 * @param iletisim e-mail (5) and phone (3 mobile, 7 landline) contact entries
 */
public record CustomerDraft(String kartKod, int tip, int cariTipId, String kategoriKod, String tanim, String kisaAd, String yasalUnvan,
        String vergiNo, String tcKimlikNo, String ad, String soyad, String paraBirimKod, Address adres, List<Contact> iletisim) {

    public static final int COMPANY = 1;
    public static final int PERSON = 2;

    public CustomerDraft {
        iletisim = iletisim == null ? List.of() : List.copyOf(iletisim);
    }

    public record Address(int adresTipId, String ulke, String il, String ilce, String adresSerbest) {

        public static final int INVOICE = 9;
        public static final int DELIVERY = 8;
    }

    public record Contact(int iletisimTipId, String iletisimTanim) {

        public static final int MOBILE = 3;
        public static final int EMAIL = 5;
        public static final int PHONE = 7;
    }

    /** Every field by Luca's name as text (the contacts as {@code email} and {@code telefon}), for hashing and comparing. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kartKod", kartKod);
        fields.put("tip", String.valueOf(tip));
        fields.put("cariTipId", String.valueOf(cariTipId));
        put(fields, "kategoriKod", kategoriKod, "tanim", tanim, "kisaAd", kisaAd, "yasalUnvan", yasalUnvan, "vergiNo", vergiNo,
                "tcKimlikNo", tcKimlikNo, "ad", ad, "soyad", soyad, "paraBirimKod", paraBirimKod);
        fields.put("adresTipId", adres == null ? null : String.valueOf(adres.adresTipId()));
        put(fields, "ulke", adres == null ? null : adres.ulke(), "il", adres == null ? null : adres.il(),
                "ilce", adres == null ? null : adres.ilce(), "adresSerbest", adres == null ? null : adres.adresSerbest());
        fields.put("email", contact(Contact.EMAIL));
        String mobile = contact(Contact.MOBILE);
        fields.put("telefon", mobile != null ? mobile : contact(Contact.PHONE));
        return fields;
    }

    private String contact(int type) {
        return iletisim.stream().filter(c -> c.iletisimTipId() == type).map(Contact::iletisimTanim).findFirst().orElse(null);
    }

    private static void put(Map<String, String> fields, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
    }
}
