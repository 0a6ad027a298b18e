package io.katanaluca.sync.demo;

import java.util.Random;

/**
 * Made-up Turkish tax numbers for the demo's customers, with the check digits real ones have, so
 * that whoever validates them (the customer sync checks a TCKN's, Luca may check both) accepts them.
 */
final class DemoTaxNumbers {

    private DemoTaxNumbers() {
    }

    /** A 10-digit Vergi Kimlik No: nine digits, then the check digit of the tax office's algorithm. */
    static String vkn(Random random) {
        int[] d = digits(random, 9, 0);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int shifted = (d[i] + 9 - i) % 10;
            sum += shifted == 9 ? 9 : shifted * (1 << (9 - i)) % 9;
        }
        return join(d) + (10 - sum % 10) % 10;
    }

    /** An 11-digit T.C. Kimlik No: nine digits (the first not 0), then its two check digits. */
    static String tckn(Random random) {
        int[] d = digits(random, 9, 1);
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int tenth = Math.floorMod(odd * 7 - even, 10);
        return join(d) + tenth + (odd + even + tenth) % 10;
    }

    private static int[] digits(Random random, int count, int lowestFirst) {
        int[] d = new int[count];
        d[0] = lowestFirst + random.nextInt(10 - lowestFirst);
        for (int i = 1; i < count; i++) {
            d[i] = random.nextInt(10);
        }
        return d;
    }

    private static String join(int[] digits) {
        StringBuilder text = new StringBuilder();
        for (int digit : digits) {
            text.append(digit);
        }
        return text.toString();
    }
}
