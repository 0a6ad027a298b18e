package io.katanaluca.sync.luca;

import java.util.regex.Pattern;

/**
 * Recognises the HTML pages Luca sends where JSON was asked for: its login page (the session is gone)
 * or an error page ("Beklenmedik bir hata oluştu", Struts' "Unable to instantiate Action").
 */
final class LucaHtml {

    private static final Pattern HTML = Pattern.compile("^\\s*<!doctype|<html|<head|<body", Pattern.CASE_INSENSITIVE);
    private static final Pattern ERROR_PAGE_MARKERS = Pattern.compile(
            "beklenmedik bir hata|hata olu[şs]tu|unable to instantiate action", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOGIN_PAGE_MARKERS = Pattern.compile(
            "login|g[iİı]r[iİı][şs]|oturum|uyeNo|kullaniciAdi|type=[\"']?password", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int SUMMARY_LENGTH = 160;

    private LucaHtml() {
    }

    static boolean isHtml(String body) {
        return HTML.matcher(body).find();
    }

    /** An error page may link back to the login page, so its own error text is looked for first. */
    static boolean isLoginPage(String html) {
        return !ERROR_PAGE_MARKERS.matcher(html).find() && LOGIN_PAGE_MARKERS.matcher(html).find();
    }

    /** The text of a page or body, tags and runs of space removed, cut short: for a person reading an error. */
    static String summary(String body) {
        String text = SPACE.matcher(TAG.matcher(body).replaceAll(" ")).replaceAll(" ").strip();
        return text.length() > SUMMARY_LENGTH ? text.substring(0, SUMMARY_LENGTH) + "..." : text;
    }
}
