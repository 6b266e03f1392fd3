package dev.slsbench.emulator.cloudwatch;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** NextToken values: an opaque encoding of where the next page starts, per operation. */
final class PageToken {

    private PageToken() {
    }

    static String encode(String operation, long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((operation + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token names; 0 without a token. */
    static long decode(String operation, Optional<String> token) {
        if (token.isEmpty() || token.get().isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.get()), StandardCharsets.UTF_8);
            if (text.startsWith(operation + ":")) {
                long offset = Long.parseLong(text.substring(operation.length() + 1));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw CloudWatchError.invalidNextToken(token.get());
    }
}
