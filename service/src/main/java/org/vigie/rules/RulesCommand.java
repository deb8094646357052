package org.vigie.rules;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * The rule author's command line, run from the service jar without starting the service:
 * <pre>
 * java -jar vigie-service-exec.jar rules validate [pack folder...]   compile, list every problem
 * java -jar vigie-service-exec.jar rules test [pack folder...]       compile and run the author cases
 * </pre>
 * Without a folder, every pack under {@code rules/}. Exit status 0 when all is well, 1 otherwise.
 * Nothing is activated: the running service picks up the files itself.
 */
public final class RulesCommand {
    private RulesCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("rules");
    }

    public static int run(String[] args, PrintStream out) {
        quietenLibraries();
        if (args.length < 2 || !List.of("validate", "test").contains(args[1])) {
            out.println("usage: rules validate|test [pack folder...]");
            return 2;
        }
        boolean test = args[1].equals("test");
        List<Path> packs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            packs.add(Path.of(args[i]));
        }
        if (packs.isEmpty()) {
            packs.addAll(packsUnder(Path.of("rules")));
        }
        boolean allGood = !packs.isEmpty();
        for (Path pack : packs) {
            allGood &= test ? test(pack, out) : validate(pack, out);
        }
        return allGood ? 0 : 1;
    }

    private static boolean validate(Path folder, PrintStream out) {
        try {
            RulePack pack = PackCompiler.compile(folder);
            printWarnings(folder, pack, out);
            out.printf("%s %s (%s): compiles%n", pack.regulator(), pack.version(), pack.hash());
            return true;
        } catch (PackException e) {
            printProblems(folder, e, out);
            return false;
        }
    }

    private static boolean test(Path folder, PrintStream out) {
        RulePack pack;
        try {
            pack = PackCompiler.compile(folder);
        } catch (PackException e) {
            printProblems(folder, e, out);
            return false;
        }
        printWarnings(folder, pack, out);
        List<AuthorCases.Case> cases;
        try {
            cases = AuthorCases.read(folder.toAbsolutePath().normalize());
        } catch (PackException e) {
            printProblems(folder, e, out);
            return false;
        }
        int failed = 0;
        for (AuthorCases.Case testCase : cases) {
            List<String> differences = AuthorCases.run(pack, testCase);
            out.printf("%s  %s: %s%n", differences.isEmpty() ? "ok  " : "FAIL", testCase.file(), testCase.name());
            for (String difference : differences) {
                out.println("        " + difference.replace("\n", "\n        "));
            }
            failed += differences.isEmpty() ? 0 : 1;
        }
        out.printf("%s %s: %d case(s), %d failed%n", pack.regulator(), pack.version(), cases.size(), failed);
        return failed == 0 && !cases.isEmpty();
    }

    /** One line per problem, {@code file:line:column: message}, the file as the author would open it from here. */
    private static void printProblems(Path folder, PackException e, PrintStream out) {
        print(folder, e.problems(), out);
    }

    /** What refuses nothing, in the same form ({@code file:line:column: warning: message}): the verdict stays the compiler's. */
    private static void printWarnings(Path folder, RulePack pack, PrintStream out) {
        print(folder, pack.parameters().warnings(), out);
    }

    private static void print(Path folder, List<PackProblem> problems, PrintStream out) {
        for (PackProblem p : problems) {
            String file = ".".equals(p.file()) || p.file().isEmpty() ? folder.toString() : folder.resolve(p.file()).normalize().toString();
            out.printf("%s:%d:%d: %s%n", file, p.line(), p.column(), p.message().replace("\n", " "));
        }
    }

    private static List<Path> packsUnder(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve(PackManifest.FILE))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Drools logs its progress, and its compilation errors, itself: the command prints the problems once, in its own form. */
    private static void quietenLibraries() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }
}
