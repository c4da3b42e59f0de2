// GoScanner produces exactly GoLexer's tokens: on tricky snippets, and on every .go file of $GOROOT (skipped without Go).
package dev.goloom.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoScannerTest {
    /** Every token as "type channel line:col start..stop text", through semicolon insertion. */
    private static List<String> tokens(TokenSource source) {
        SemicolonInserter in = new SemicolonInserter(source);
        List<String> out = new ArrayList<>();
        for (Token t = in.nextToken(); ; t = in.nextToken()) {
            out.add(t.getType() + " " + t.getChannel() + " " + t.getLine() + ":" + t.getCharPositionInLine() + " "
                    + t.getStartIndex() + ".." + t.getStopIndex() + " " + t.getText());
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }

    private static List<String> antlr(String text) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(text, "x.go"));
        lexer.removeErrorListeners();
        return tokens(lexer);
    }

    private static List<String> scanner(String text) {
        return tokens(new GoScanner(text, "x.go"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "package p\nfunc f() { return }\n",
        "x := 0x1F + 0b101 + 0o17 + 017 + 089.5 + 08 + 1_000 + 0x_1p-2 + 1e9 + .5 + 1. + 3i + 0i + 0x1.8p1i",
        "a...b..c.5 ..5 x.y",
        "s := \"a\\\"b\" + `raw\nline` + 'x' + '\\'' + '' + \"\\\n\"",
        "\"unterminated\nx",
        "`unterminated raw",
        "'unterminated rune\n",
        "/* comment\n spanning */ x /* one */ y // line\n/* unterminated",
        "a &^= b &^ c &&d||e <-f ++ -- == != <= >= := += -= *= /= %= &= |= ^= <<= >>= << >> ~ ! ;",
        "héllo wörld := 日本語 + x٣ + y\u0301",
        "x := \"日本語\" // 😀 comment\ny := '😀' + `😀\n😀` + z",
        "a\r\nb\rc\n\n",
        "$ @ # ? \\ \u0000 x",
        "x := 1a + 0b2 + 0x + 9.e+ + 1__0",
        "break\ncontinue\nfallthrough\nreturn\nx++\ny--\n)\n]\n}\n",
        "",
        "x",
    })
    void snippetsScanAsGoLexerDoes(String text) {
        assertEquals(antlr(text), scanner(text));
    }

    @Test
    void everyGorootFileScansAsGoLexerDoes() throws Exception {
        Path goroot = GorootSyntaxTest.goroot();
        if (goroot == null) {
            System.out.println("GoScannerTest: SKIPPED: Go is not installed (no `go env GOROOT`)");
        }
        Assumptions.assumeTrue(goroot != null, "Go is not installed");
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src", "test")) {
            try (Stream<Path> walk = Files.walk(goroot.resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).forEach(files::add);
            }
        }
        List<String> differ = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().forEach(f -> {
            try {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                if (!antlr(text).equals(scanner(text))) {
                    differ.add(f.toString());
                }
            } catch (Exception e) {
                differ.add(f + ": " + e);
            }
        });
        assertTrue(files.size() > 1000, "found only " + files.size() + " files");
        assertEquals(List.of(), differ.stream().sorted().limit(20).toList());
    }
}
