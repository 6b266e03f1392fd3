package dev.slsbench.plan;

import java.security.SecureRandom;

/** Generates short run ids: a letter then seven letters or digits, lower case. */
final class RunIdGenerator {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String ALPHANUMERIC = LETTERS + "0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 8;

    private RunIdGenerator() {
    }

    static String newRunId() {
        StringBuilder id = new StringBuilder(LENGTH);
        id.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        while (id.length() < LENGTH) {
            id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }
}
