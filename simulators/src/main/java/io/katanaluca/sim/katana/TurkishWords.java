package io.katanaluca.sim.katana;

import java.util.List;
import java.util.Random;

/**
 * Word lists for generated catalogues. Chosen so that every Turkish letter (ç ğ ı İ ö ş ü and
 * their capitals) and the symbols that broke the earlier integration (Ø × ½) show up often.
 */
final class TurkishWords {

    record Kind(String noun, String uom, String category) {
    }

    static final List<Kind> PRODUCTS = List.of(
            new Kind("Çelik Boru", "m", "Metal"),
            new Kind("Bakır Kablo", "m", "Elektrik"),
            new Kind("Döküm Vana", "pcs", "Tesisat"),
            new Kind("Paslanmaz Cıvata", "pcs", "Bağlantı Elemanları"),
            new Kind("Zeytinyağı", "l", "Gıda"),
            new Kind("Fındık Ezmesi", "kg", "Gıda"),
            new Kind("Pamuklu Kumaş", "m", "Tekstil"),
            new Kind("Işıklı Şalter", "pcs", "Elektrik"),
            new Kind("Ahşap Sandalye", "pcs", "Mobilya"),
            new Kind("Meşe Masa", "pcs", "Mobilya"),
            new Kind("Çini Kase", "pcs", "Seramik"),
            new Kind("Güneş Paneli", "pcs", "Enerji"),
            new Kind("Sıvı Sabun", "l", "Temizlik"),
            new Kind("Öğütülmüş Kahve", "kg", "Gıda"),
            new Kind("İzolasyon Köpüğü", "l", "Yapı"),
            new Kind("Ütü Masası", "pcs", "Ev"),
            new Kind("Alüminyum Profil", "m", "Metal"),
            new Kind("Gül Suyu", "l", "Kozmetik"));

    static final List<Kind> MATERIALS = List.of(
            new Kind("Şeker", "kg", "Hammadde"),
            new Kind("Pamuk İpliği", "kg", "Hammadde"),
            new Kind("Çelik Sac", "kg", "Hammadde"),
            new Kind("Ayçiçek Yağı", "l", "Hammadde"),
            new Kind("Ambalaj Kolisi", "pcs", "Ambalaj"),
            new Kind("Bakır Tel", "m", "Yarı Mamul"));

    static final List<String> QUALIFIERS = List.of("Premium", "Ekonomik", "Endüstriyel", "Büyük Boy",
            "Küçük Boy", "Çift Katlı", "İthal", "Yerli Üretim", "Dayanıklı", "Ağır Hizmet", "ÖZEL SERİ",
            "DAĞ SERİSİ", "GÜÇLÜ", "Şık", "Üstün Kalite");

    static final List<String> SPECS = List.of("Ø35×1,5", "½\"", "¾\"", "2×2,5 mm²", "Ø12", "100×200 cm",
            "%100 Pamuk", "1½ L", "Ø8×40");

    static final List<String> COLOURS = List.of("Kırmızı", "Mavi", "Yeşil", "Siyah", "Beyaz", "Gri", "Sarı",
            "Turuncu");

    static final List<String> SIZES = List.of("Küçük", "Orta", "Büyük", "Çok Büyük", "Dev");

    static final List<String> COMPANY_WORDS = List.of("Yıldız", "Anadolu", "Ege", "Karadeniz", "Boğaziçi",
            "Çağdaş", "Özgür", "Işık", "Güneş", "Şahin", "Öztürk", "Doğan", "Ünal", "İpek");

    static final List<String> SECTORS = List.of("Tekstil", "Gıda", "İnşaat", "Mobilya", "Elektrik", "Makine",
            "Ticaret", "Otomotiv", "Kimya", "Lojistik");

    static final List<String> COMPANY_FORMS = List.of("A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş.");

    static final List<String> FIRST_NAMES = List.of("Ayşe", "Mehmet", "Çağla", "Gökhan", "İsmail", "Şule",
            "Ömer", "Ümit", "Özlem", "Ali", "Fatma", "Barış", "Ilgın");

    static final List<String> LAST_NAMES = List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk",
            "Aydın", "Doğan", "Güneş", "Işık", "Ağaoğlu");

    /** City and district, as Katana addresses carry them in city and state. */
    static final List<List<String>> PLACES = List.of(List.of("İstanbul", "Kadıköy"), List.of("Ankara", "Çankaya"),
            List.of("İzmir", "Karşıyaka"), List.of("Bursa", "Nilüfer"), List.of("Eskişehir", "Odunpazarı"),
            List.of("Çanakkale", "Merkez"), List.of("Muğla", "Bodrum"), List.of("Şanlıurfa", "Haliliye"),
            List.of("Gaziantep", "Şahinbey"), List.of("Diyarbakır", "Bağlar"));

    static final List<String> STREETS = List.of("Atatürk Cad. No:12", "İnönü Sok. No:5/3",
            "Gazi Mustafa Kemal Blv. No:101", "Çiçek Sok. No:7", "Şehit Öğretmen Cad. No:44");

    private TurkishWords() {
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** An e-mail-safe form of a Turkish name: "Çağdaş Gıda" becomes "cagdasgida". */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            char plain = plainLetter(c);
            if (Character.isLetterOrDigit(plain) && plain < 128) {
                out.append(Character.toLowerCase(plain));
            }
        }
        return out.toString();
    }

    private static char plainLetter(char c) {
        int at = "çÇğĞıİöÖşŞüÜ".indexOf(c);
        return at < 0 ? c : "cCgGiIoOsSuU".charAt(at);
    }
}
