// goloom's command line, shaped like the go command: run, translate, version, help.
package dev.goloom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Argument parsing and nothing else: each subcommand delegates to the build package.
 * Exit statuses follow the go command: 0 success, 1 errors in the Go code, 2 usage errors;
 * {@code run} passes the program's own status through.
 */
@Command(name = "goloom",
        description = "goloom translates Go packages into readable Java and runs them on the JVM.",
        subcommands = {RunCommand.class, TranslateCommand.class, CheckCommand.class, VersionCommand.class,
                CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "<command>",
        footer = {"", "Use \"goloom help <command>\" for more information about a command."})
public final class Main implements Runnable {
    /** Exit status for a usage error, as the go command uses. */
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        System.exit(USAGE);
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("run") && !args[1].startsWith("-")) {
            // goloom run PACKAGE [arguments...]: as go run, everything after the package goes to
            // the program verbatim ("-v", "--"), which picocli would parse; and skipping picocli
            // saves ~0.3 s of start-up (its classes predate class data sharing's class files).
            RunCommand run = new RunCommand();
            run.args = new java.util.ArrayList<>(java.util.List.of(args).subList(1, args.length));
            onLargeStack(() -> {
                try {
                    return run.call();
                } catch (Exception e) {
                    System.err.println("goloom: internal error: " + e);
                    e.printStackTrace();
                    return 3;
                }
            });
            return;
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            if (cmd.getParent() == null && ex instanceof CommandLine.UnmatchedArgumentException && a.length > 0) {
                // As the go command says it.
                System.err.println("goloom " + a[0] + ": unknown command");
                System.err.println("Run 'goloom help' for usage.");
                return USAGE;
            }
            String name = cmd.getParent() == null ? "goloom" : "goloom " + cmd.getCommandName();
            System.err.println(name + ": " + ex.getMessage());
            System.err.println("Run '" + (cmd.getParent() == null ? "goloom help" : "goloom help " + cmd.getCommandName())
                    + "' for usage.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            System.err.println("goloom: internal error: " + ex);
            ex.printStackTrace();
            return 3;
        });
        // The checker and the lowering recurse as deep as the Go code nests, and generated
        // tables nest deep: a binary chain of thousands of "+" (x/text's unicode/norm) overflowed
        // the main thread's 1 MB stack (with C1's larger frames). Go's stacks grow; ours is
        // reserved large here and only touched as far as it is used.
        onLargeStack(() -> cli.execute(args));
    }

    /** Runs {@code command} on a thread with a large stack (see above) and exits with its status. */
    private static void onLargeStack(java.util.function.IntSupplier command) {
        int[] status = {0};
        Thread main = new Thread(null, () -> status[0] = command.getAsInt(), "main", STACK_SIZE);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(status[0]);
    }

    /** Stack reserved for the command's thread. */
    private static final long STACK_SIZE = 1L << 30;
}
