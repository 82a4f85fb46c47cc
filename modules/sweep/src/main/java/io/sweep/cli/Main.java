package io.sweep.cli;

import io.sweep.cli.args.Arguments;
import io.sweep.config.BadInputException;
import io.sweep.config.ConfigFile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Entry point of the sweep command line. The one place that turns bad input into exit code 2
 * with one line on stderr; everything else reports through the commands' own exit codes.
 */
public final class Main {
    /** Exit code for invalid usage. */
    public static final int BAD_INPUT = 2;
    /** The option whose file gives the others' defaults, read before them. */
    static final String CONFIG = "--config";

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
            return execute(List.of(args), out, env);
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

    private static int execute(List<String> args, PrintStream out, Map<String, String> env) throws Exception {
        List<String> rest = args.isEmpty() ? args : args.subList(1, args.size());
        switch (args.isEmpty() ? "" : args.get(0)) {
            case "compare":
                return new CompareCommand(env).run(rest, out);
            case "report":
                return new ReportCommand().run(rest, out);
            case "bench":
                return new BenchCommand().run(rest, out);
            default:
                break;
        }
        SweepCommand command = SweepCommand.create(env);
        Arguments arguments = command.arguments();
        String configFile = configFile(args);
        Map<String, String> config = configFile == null ? Map.of()
                : ConfigFile.load(Path.of(configFile), configKeys(arguments));
        if (answered(command.parse(arguments, args, config), command::help, out)) {
            return 0;
        }
        io.sweep.engine.Trace.mark("parsed");
        return command.call();
    }

    /** Prints the help or the version when the command line asks for one, for every command; whether it did. */
    static boolean answered(Arguments.Parsed parsed, Supplier<String> help, PrintStream out) {
        if (parsed.help()) {
            out.print(help.get());
        } else if (parsed.version()) {
            out.print(VersionInfo.text());
        }
        return parsed.help() || parsed.version();
    }

    /** What a config file may give: every option but --config itself. */
    private static List<String> configKeys(Arguments arguments) {
        List<String> keys = new ArrayList<>(arguments.configKeys());
        keys.remove(CONFIG.substring(2));
        return keys;
    }

    /** The value of --config, found before parsing since the file supplies the parser's defaults. */
    private static String configFile(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith(CONFIG + "=")) {
                return arg.substring(CONFIG.length() + 1);
            }
            if (arg.equals(CONFIG) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
        }
        return null;
    }
}
