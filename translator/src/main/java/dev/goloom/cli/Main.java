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
        subcommands = {RunCommand.class, TranslateCommand.class, VersionCommand.class, CommandLine.HelpCommand.class},
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
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            System.err.println("goloom " + cmd.getCommandName().replace("goloom", "").trim() + ": " + ex.getMessage());
            System.err.println("run 'goloom help" + (cmd.getParent() == null ? "" : " " + cmd.getCommandName()) + "' for usage.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            System.err.println("goloom: internal error: " + ex);
            ex.printStackTrace();
            return 3;
        });
        System.exit(cli.execute(args));
    }
}
