package io.katanaluca.sim.luca;

/** The HTML bodies Luca sends where a client expects JSON. */
final class LucaPages {

    static final String LOGIN = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Luca Giriş</title></head>"
            + "<body><form method=\"post\" action=\"/Yetki/Giris.do\">"
            + "<input type=\"text\" name=\"uyeNo\" placeholder=\"Üye No\">"
            + "<input type=\"text\" name=\"kullaniciAdi\" placeholder=\"Kullanıcı Adı\">"
            + "<input type=\"password\" name=\"sifre\" placeholder=\"Şifre\">"
            + "<button type=\"submit\">Giriş</button></form></body></html>";

    static final String UNEXPECTED_ERROR = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
            + "<title>Hata</title></head><body><h2>Beklenmedik bir hata oluştu</h2>"
            + "<p>Lütfen daha sonra tekrar deneyiniz.</p></body></html>";

    static final String SERVER_ERROR = "<html><head><title>Error 500--Internal Server Error</title></head>"
            + "<body><h1>Error 500--Internal Server Error</h1></body></html>";

    static final String OVERLOADED = "<html><head><title>503 Service Unavailable</title></head>"
            + "<body><h1>Service Unavailable</h1></body></html>";

    private LucaPages() {
    }

    /** Struts' answer to an action name it has no mapping for. */
    static String unknownAction(String action) {
        String name = action.replace("&", "&amp;").replace("<", "&lt;");
        return "<html><head><title>Struts Problem Report</title></head><body><h2>Struts Problem Report</h2>"
                + "<p>Unable to instantiate Action, " + name + ", defined for '" + name
                + "' in namespace '/Yetki'</p></body></html>";
    }
}
