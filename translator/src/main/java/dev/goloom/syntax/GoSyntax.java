// Entry point of the front end: Go source bytes in, an immutable GoFile (or errors) out.
package dev.goloom.syntax;

import dev.goloom.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one Go source file. Uses ANTLR's two-stage strategy: the fast SLL prediction with
 * bail-out first, and full LL with error reporting only when SLL fails (which happens for
 * syntax errors and for the rare input SLL cannot decide).
 */
public final class GoSyntax {
    private GoSyntax() {}

    /** Parses {@code content} (UTF-8); returns null after reporting errors to {@code diags}. */
    public static GoFile parse(String path, byte[] content, Diagnostics diags) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // gc ignores a leading byte order mark.
        }
        SourceText source = new SourceText(path, text);
        GoTokens tokens = new GoTokens(new SemicolonInserter(new GoScanner(text, path)));
        GoParser parser = new GoParser(tokens);
        parser.setInterpreter(new GreedyPrediction(parser));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        GoParser.SourceFileContext tree;
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            SyntaxErrors errors = new SyntaxErrors(source, diags);
            parser.addErrorListener(errors);
            parser.setErrorHandler(new GoErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.sourceFile();
            if (errors.reported()) {
                return null;
            }
        }
        int before = diags.count();
        GoFile file = new AstBuilder(source, tokens, diags).file(tree);
        return diags.count() > before ? null : file;
    }
}
