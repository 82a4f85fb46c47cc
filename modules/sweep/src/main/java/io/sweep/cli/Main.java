package io.sweep.cli;

import io.sweep.config.BadInputException;
import io.sweep.config.ConfigFile;
import io.sweep.workloads.WorkloadCatalog;
import io.sweep.workloads.WorkloadEntry;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Entry point of the sweep command line. The one place that turns bad input into exit code 2
 * with one line on stderr; everything else reports through the commands' own exit codes.
 */
public final class Main {
    /** Exit code for invalid usage. */
    public static final int BAD_INPUT = 2;
    private static final Set<String> NOT_IN_CONFIG = Set.of("config", "help", "version");

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err, System.getenv());
        io.sweep.engine.Trace.threads("parent");
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        io.sweep.engine.Trace.mark("main");
        io.sweep.engine.Trace.command("parent");
        try {
            return execute(args, out, env);
        } catch (BadInputException e) {
            err.println("sweep: " + e.getMessage());
            return BAD_INPUT;
        } catch (Exception e) {
            // An IOException's message names the file (AtomicFiles says "cannot write FILE: why").
            err.println("sweep: failed: " + (e instanceof java.io.IOException && e.getMessage() != null
                    ? e.getMessage() : e));
            if (env.containsKey("SWEEP_DEBUG")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static int execute(String[] args, PrintStream out, Map<String, String> env) throws Exception {
        CommandLine commandLine = create(env);
        String configFile = configFile(args);
        if (configFile != null) {
            commandLine.setDefaultValueProvider(new ConfigDefaults(
                    ConfigFile.load(Path.of(configFile), configKeys(commandLine))));
        }
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            String first = e.getMessage() == null ? "invalid usage" : e.getMessage().lines().findFirst().orElse("");
            throw new BadInputException(first + " (see sweep --help)", e);
        }
        commandLine.setOut(new java.io.PrintWriter(out, true));
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        io.sweep.engine.Trace.mark("parsed");
        List<CommandLine> chain = parsed.asCommandLineList();
        Object command = chain.get(chain.size() - 1).getCommand();
        if (command instanceof Callable<?> callable) {
            Object code = callable.call();
            return code instanceof Integer i ? i : 0;
        }
        ((Runnable) command).run();
        return 0;
    }

    /** The command with every workload's options mixed in, and the subcommands. */
    public static CommandLine create(Map<String, String> env) {
        List<WorkloadEntry.Bound<?>> workloads = new ArrayList<>();
        for (WorkloadEntry<?> entry : WorkloadCatalog.entries()) {
            workloads.add(entry.bind());
        }
        CommandLine commandLine = new CommandLine(new SweepCommand(workloads, env));
        for (WorkloadEntry.Bound<?> bound : workloads) {
            commandLine.addMixin(bound.entry().name(), bound.options());
        }
        commandLine.addSubcommand("compare", new CompareCommand(env));
        commandLine.addSubcommand("bench", new BenchCommand());
        commandLine.addSubcommand("report", new ReportCommand());
        return commandLine;
    }

    private static Set<String> configKeys(CommandLine commandLine) {
        Set<String> keys = new TreeSet<>();
        for (OptionSpec option : commandLine.getCommandSpec().options()) {
            String key = ConfigDefaults.key(option);
            if (!NOT_IN_CONFIG.contains(key) && !option.hidden()) {
                for (String name : option.names()) {
                    if (name.startsWith("--")) {
                        keys.add(name.substring(2));
                    }
                }
                if (ConfigDefaults.takesFamily(option)) {
                    keys.add(key + ".*");
                }
            }
        }
        return keys;
    }

    /** The value of --config, found before parsing since the file supplies the parser's defaults. */
    private static String configFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].startsWith("--config=")) {
                return args[i].substring("--config=".length());
            }
            if (args[i].equals("--config") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }
}
