package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;

/** Builds EkleFinMusteriWS.do bodies: a valid company by default, changed per test. */
final class CustomerBodies extends JsonBodies<CustomerBodies> {

    private CustomerBodies() {
        super(Json.object()
                .put("tip", 1)
                .put("cariTipId", 5)
                .put("kartKod", "KTN-7000001")
                .put("tanim", "Boğaziçi Tekstil A.Ş.")
                .put("kisaAd", "Boğaziçi Tekstil")
                .put("yasalUnvan", "Boğaziçi Tekstil San. ve Tic. A.Ş.")
                .put("vergiNo", "1234567890")
                .put("paraBirimKod", "TRY")
                .put("adresTipId", 9)
                .put("ulke", "TR")
                .put("il", "İstanbul")
                .put("ilce", "Kadıköy")
                .put("adresSerbest", "İnönü Sok. No:5/3")
                .put("iletisimTipId", 5)
                .put("iletisimTanim", "sule@bogazici.com.tr"));
    }

    static CustomerBodies aCustomer() {
        return new CustomerBodies();
    }

    CustomerBodies withPhoneInList(String phone) {
        body.putArray("iletisimListesi").addObject().put("iletisimTipId", 3).put("iletisimTanim", phone);
        return this;
    }
}
