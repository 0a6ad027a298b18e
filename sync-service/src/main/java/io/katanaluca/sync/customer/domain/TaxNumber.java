package io.katanaluca.sync.customer.domain;

/** A validated Turkish tax number: a 10-digit VKN (companies) or an 11-digit TCKN (persons). */
public record TaxNumber(String digits, Kind kind) {

    public enum Kind { VKN, TCKN }

    /** The number, or a reason it is not one. */
    record Parsed(TaxNumber number, String problem) {
    }

    static Parsed parse(String text) {
        if (text.matches("\\d{10}")) {
            return new Parsed(new TaxNumber(text, Kind.VKN), null);
        }
        if (!text.matches("\\d{11}")) {
            return new Parsed(null, "'" + text + "' is neither a 10-digit VKN nor an 11-digit TCKN");
        }
        return isValidTckn(text) ? new Parsed(new TaxNumber(text, Kind.TCKN), null)
                : new Parsed(null, "TCKN '" + text + "' fails the T.C. Kimlik No checksum");
    }

    /**
     * Digit 1 is not 0; digit 10 = (7 × (d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10; digit 11 = (d1+…+d10) mod 10.
     */
    static boolean isValidTckn(String text) {
        int[] d = text.chars().map(c -> c - '0').toArray();
        if (d.length != 11 || d[0] == 0) {
            return false;
        }
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int sumOfTen = odd + even + d[9];
        return d[9] == Math.floorMod(odd * 7 - even, 10) && d[10] == sumOfTen % 10;
    }

    public boolean isPerson() {
        return kind == Kind.TCKN;
    }
}
