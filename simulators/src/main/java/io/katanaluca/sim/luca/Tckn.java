package io.katanaluca.sim.luca;

/** The checksum of a Turkish identity number (T.C. Kimlik No): 11 digits, not starting with 0. */
final class Tckn {

    private Tckn() {
    }

    static boolean isValid(String text) {
        if (!text.matches("[1-9]\\d{10}")) {
            return false;
        }
        int[] d = text.chars().map(c -> c - '0').toArray();
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int tenth = Math.floorMod(odd * 7 - even, 10);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += d[i];
        }
        return d[9] == tenth && d[10] == sum % 10;
    }
}
