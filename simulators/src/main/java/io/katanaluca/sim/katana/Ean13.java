package io.katanaluca.sim.katana;

/** Completes a 12-digit GTIN prefix with its check digit, so generated barcodes are valid. */
final class Ean13 {

    private Ean13() {
    }

    static String of(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return twelveDigits + (10 - sum % 10) % 10;
    }
}
