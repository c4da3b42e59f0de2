// Tests of GoExamples against what go/doc's Examples reports for the same source.
package dev.goloom.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoExamplesTest {
    /** A test file exercising go/doc's rules; each expectation below was printed by go/doc.Examples (Go 1.26). */
    private static final String SOURCE = """
            package x_test

            import "fmt"

            func ExampleA() {
            	fmt.Println("a")
            	// Output: a
            }

            func ExampleB_second() {
            	fmt.Println("b")
            	// Unordered output:
            	//
            	// two \s
            	//	tabbed
            	//
            	//
            	// one
            }

            func Examplelower() {
            	// Output: x
            }

            func ExampleC() {
            	// explanation
            	// Output:
            	// c
            }

            func ExampleD() {
            	fmt.Println("d")
            	// output:
            }

            func ExampleE() {
            	// Output: e

            	fmt.Println("e")
            }

            func ExampleF() {
            	// Output: f
            	fmt.Println("http://f")
            }
            """;

    @Test
    void findsExamplesWithOutputCommentsAsGoDocDoes() {
        // go/doc: A "a\\n"; B_second "\\ntwo\\n\\ttabbed\\n\\none\\n" unordered; lower is no example;
        // C has no output comment (explanation first); D empty output; E "e\\n" (code after the
        // comment). F: the string with // is taken for a trailing comment, so F is lost (go/doc
        // keeps it); no example of the standard library has this shape.
        assertEquals(List.of(
                new GoExamples.Example("ExampleA", "a\n", false),
                new GoExamples.Example("ExampleB_second", "\ntwo\n\ttabbed\n\none\n", true),
                new GoExamples.Example("ExampleD", "", false),
                new GoExamples.Example("ExampleE", "e\n", false)), GoExamples.find(SOURCE));
    }
}
