// The conformance corpus (conformance/corpus), ratcheted by conformance/known-failures/corpus.tsv.
package dev.goloom.conformance;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CorpusTest {
    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        var repo = ConformanceSuite.repo();
        return new ConformanceSuite("corpus", GoldenProgram.corpus(repo.resolve("conformance/corpus")),
                repo.resolve("conformance/known-failures/corpus.tsv")).tests();
    }
}
