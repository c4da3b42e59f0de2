// One conformance test case: a program to run, and how to judge what it did against real Go.
package dev.goloom.conformance;

import java.io.IOException;

interface ConformanceCase {
    /** The name in reports and known-failures lists: {@code AREA/NAME} or {@code DIR/FILE}. */
    String name();

    /** How to run the program. */
    ProgramRunner.Spec spec() throws IOException;

    /** Null when the finished run equals real Go's behaviour, else what differs. */
    Verdict judge(ProgramRunner.Outcome.Ran run) throws IOException;
}
