// Which import paths are valid, and types2's reason when one is not ("invalid import path (...)").
package dev.goloom.loader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * types2's validatedImportPath: a path is not empty, and each of its characters is graphic, not
 * a space, and none of {@code !"#$%&'()*,:;<=>?[\]^{|}`} or U+FFFD (which an invalid UTF-8 byte
 * decodes to). The path is a Go string: one char per byte.
 */
final class ImportPaths {
    private ImportPaths() {}

    private static final String ILLEGAL = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";

    /** Null when {@code path} is valid, else the reason types2 gives ("empty string", "invalid character U+0021 '!'"). */
    static String problem(String path) {
        if (path.isEmpty()) {
            return "empty string";
        }
        String text = decode(path);
        for (int i = 0; i < text.length(); ) {
            int r = text.codePointAt(i);
            i += Character.charCount(r);
            if (!graphic(r) || Character.isWhitespace(r) || Character.isSpaceChar(r) || ILLEGAL.indexOf(r) >= 0) {
                return "invalid character " + quoteRune(r);
            }
        }
        return null;
    }

    /** Go's %#U: {@code U+0021 '!'}, without the quoted character when it is not printable. */
    private static String quoteRune(int r) {
        String code = String.format("U+%04X", r);
        return graphic(r) ? code + " '" + new String(Character.toChars(r)) + "'" : code;
    }

    /** Unicode's graphic characters as Go's unicode.IsGraphic: letters, marks, numbers, punctuation, symbols, spaces (Zs). */
    private static boolean graphic(int r) {
        return switch (Character.getType(r)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The UTF-8 text of a byte string, an invalid byte read as U+FFFD. */
    private static String decode(String bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // REPLACE never throws
        }
    }
}
