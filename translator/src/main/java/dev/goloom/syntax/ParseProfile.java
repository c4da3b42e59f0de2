// Decision profile of the Go grammar (run by bench/parse-profile): which ANTLR decisions look far ahead or miss the DFA.
package dev.goloom.syntax;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * A tool, not a test: parses every .go file under a directory with SLL prediction and ANTLR's
 * decision profiling on, and prints the decisions that cost the most: look-ahead depth (how
 * many tokens a decision had to read) and DFA misses (full ATN simulation, the cold cost).
 * Usage: {@code bench/parse-profile [DIR] [TOP]}.
 */
public final class ParseProfile {
    private ParseProfile() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
        DecisionInfo[] totals = null;
        int sllFailures = 0;
        long t0 = System.nanoTime();
        for (Path p : paths) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            GoParser parser = new GoParser(new GoTokens(new SemicolonInserter(new GoScanner(text, p.toString()))));
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.setInterpreter(new GreedyPrediction.Profiling(parser));
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                parser.sourceFile();
            } catch (ParseCancellationException e) {
                sllFailures++;
            }
            DecisionInfo[] info = ((GreedyPrediction.Profiling) parser.getInterpreter()).getDecisionInfo();
            if (totals == null) {
                totals = info;
            } else {
                for (int d = 0; d < info.length; d++) {
                    add(totals[d], info[d]);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PROFILE files=%d seconds=%.1f sll-failures=%d%n", paths.size(), seconds, sllFailures);
        GoParser names = new GoParser(null);
        print("by DFA misses (ATN transitions)", totals, names, top, Comparator.comparingLong(i -> -i.SLL_ATNTransitions));
        print("by max look-ahead", totals, names, top, Comparator.comparingLong(i -> -i.SLL_MaxLook));
        print("by total look-ahead", totals, names, top, Comparator.comparingLong(i -> -i.SLL_TotalLook));
        print("by prediction time", totals, names, top, Comparator.comparingLong(i -> -i.timeInPrediction));
    }

    private static void add(DecisionInfo sum, DecisionInfo one) {
        sum.invocations += one.invocations;
        sum.timeInPrediction += one.timeInPrediction;
        sum.SLL_TotalLook += one.SLL_TotalLook;
        sum.SLL_MaxLook = Math.max(sum.SLL_MaxLook, one.SLL_MaxLook);
        sum.SLL_ATNTransitions += one.SLL_ATNTransitions;
        sum.SLL_DFATransitions += one.SLL_DFATransitions;
    }

    private static void print(String title, DecisionInfo[] totals, GoParser names, int top,
                              Comparator<DecisionInfo> order) {
        System.out.println("== " + title);
        System.out.println("decision rule                     calls    time-ms  total-look max-look atn-trans dfa-trans");
        Arrays.stream(totals).sorted(order).limit(top).forEach(i -> {
            DecisionState state = names.getATN().getDecisionState(i.decision);
            String rule = names.getRuleNames()[state.ruleIndex];
            System.out.printf("%8d %-22s %9d %9d %11d %8d %9d %9d%n", i.decision, rule + "@" + state.stateNumber,
                    i.invocations, i.timeInPrediction / 1_000_000, i.SLL_TotalLook, i.SLL_MaxLook,
                    i.SLL_ATNTransitions, i.SLL_DFATransitions);
        });
    }
}
