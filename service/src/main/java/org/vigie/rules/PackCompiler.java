package org.vigie.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Turns a pack folder into a {@link RulePack}: reads the manifest and parameters, compiles every
 * {@code *.drl} with the classic KIE API, and reports every problem with its file and line.
 * Compiling activates nothing; {@link RulePacks} decides what serves.
 */
public final class PackCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("\\[(\\d+):(\\d+)]|Line (\\d+):(\\d+)");
    private static final Pattern PARAMETER_USE =
            Pattern.compile("\\bparams\\s*\\.\\s*(number|has|codes|codesWhere|attribute)\\s*\\(\\s*\"([^\"]*)\"\\s*[,)]");
    private static final AtomicLong BUILDS = new AtomicLong();

    private PackCompiler() {
    }

    public static RulePack compile(Path packDir) {
        packDir = packDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(packDir.resolve(PackManifest.FILE))) {
            throw new PackException(new PackProblem(PackManifest.FILE, 0, 0, "missing: every pack needs a pack.yaml"));
        }
        List<PackProblem> problems = new ArrayList<>();
        PackManifest manifest = null;
        PackParameters parameters = null;
        try {
            manifest = PackManifest.read(packDir);
        } catch (PackException e) {
            problems.addAll(e.problems());
        }
        try {
            parameters = PackParameters.read(packDir, manifest == null ? PackManifest.DEFAULT_ZONE : manifest.zone());
        } catch (PackException e) {
            problems.addAll(e.problems());
        }
        List<Path> drlFiles = ruleFiles(packDir);
        if (drlFiles.isEmpty()) {
            problems.add(new PackProblem(".", 0, 0, "no rule file (*.drl) in the pack"));
        }
        if (problems.isEmpty()) {
            checkParameterNames(packDir, drlFiles, manifest, parameters, problems);
        }
        KieBase kieBase = problems.isEmpty() ? build(packDir, drlFiles, problems) : null;
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new RulePack(manifest, parameters, kieBase, hash(packDir));
    }

    /** A pack that compiles and passes its author cases, and how many cases it has. */
    public record TestedPack(RulePack pack, int cases) {
    }

    /**
     * Compiles a pack and runs its author cases ({@code tests/*.yaml}): what may be activated.
     * Throws with every compilation problem, or else with every failing case.
     */
    public static TestedPack compileAndTest(Path packDir) {
        RulePack pack = compile(packDir);
        Path folder = packDir.toAbsolutePath().normalize();
        List<AuthorCases.Case> cases = AuthorCases.read(folder);
        List<PackProblem> failures = AuthorCases.problems(pack, folder, cases);
        if (!failures.isEmpty()) {
            throw new PackException(failures);
        }
        return new TestedPack(pack, cases.size());
    }

    private static KieBase build(Path packDir, List<Path> drlFiles, List<PackProblem> problems) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        String packName = packDir.getFileName().toString();
        for (Path drl : drlFiles) {
            files.write(RESOURCES + "rules/" + packName + "/" + packDir.relativize(drl), read(drl));
        }
        ReleaseId releaseId = kie.newReleaseId("org.vigie.rules", packName, "1.0." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(releaseId);
        KieBuilder builder = kie.newKieBuilder(files).buildAll(DrlProject.class);
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (message.getText().contains("Parser returned a null Package")) {
                continue;
            }
            problems.add(problem(packName, message));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        KieBase kieBase = kie.newKieContainer(releaseId).getKieBase();
        kie.getRepository().removeKieModule(releaseId);
        if (kieBase.getKiePackages().stream().allMatch(p -> p.getRules().isEmpty())) {
            problems.add(new PackProblem(".", 0, 0, "the rule files define no rule"));
        }
        return kieBase;
    }

    /**
     * Every parameter a rule file quotes by name ({@code params.number("total.required")},
     * {@code params.codes("categories")}...) must exist, and a number must have a value in force at
     * the start of every cycle; otherwise the author gets the file, line and column now rather than a
     * failed evaluation later. {@code params.has(...)} asks about an optional number and is not checked, nor is a name
     * built at run time ({@code params.number("credit.cap." + $category)}).
     */
    private static void checkParameterNames(Path packDir, List<Path> drlFiles, PackManifest manifest,
                                            PackParameters parameters, List<PackProblem> problems) {
        for (Path drl : drlFiles) {
            String file = packDir.relativize(drl).toString();
            String[] lines = read(drl).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = PARAMETER_USE.matcher(lines[i]);
                while (m.find()) {
                    String name = m.group(2);
                    String problem = switch (m.group(1)) {
                        case "number" -> numberProblem(name, manifest, parameters);
                        case "has" -> null;
                        default -> parameters.definesList(name) ? null : "no list '" + name + "' in parameters/*.yaml";
                    };
                    if (problem != null) {
                        problems.add(new PackProblem(file, i + 1, m.start(2) + 1, problem));
                    }
                }
            }
        }
    }

    private static String numberProblem(String name, PackManifest manifest, PackParameters parameters) {
        if (!parameters.definesNumber(name)) {
            return "no number '" + name + "' in parameters/*.yaml";
        }
        for (PackManifest.Cycle cycle : manifest.cycles()) {
            if (parameters.firstDate(name).isAfter(cycle.start())) {
                return "number '" + name + "' has no value in force on " + cycle.start() + ", the start of cycle " + cycle.id()
                        + " (its first value is dated " + parameters.firstDate(name) + ")";
            }
        }
        return null;
    }

    private static PackProblem problem(String packName, Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        String file = path;
        for (String prefix : List.of(RESOURCES + "rules/" + packName + "/", "rules/" + packName + "/")) {
            if (file.startsWith(prefix)) {
                file = file.substring(prefix.length());
            }
        }
        int line = Math.max(message.getLine(), 0);
        int column = 0;
        Matcher m = LINE_AND_COLUMN.matcher(message.getText());
        if (m.find()) {
            String l = m.group(1) != null ? m.group(1) : m.group(3);
            String c = m.group(2) != null ? m.group(2) : m.group(4);
            line = line > 0 ? line : Integer.parseInt(l);
            column = Integer.parseInt(c) + 1; // Drools counts columns from 0, editors from 1
        }
        return new PackProblem(file, line, column, message.getText().trim());
    }

    private static List<Path> ruleFiles(Path packDir) {
        try (Stream<Path> files = Files.walk(packDir)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new PackException(new PackProblem(".", 0, 0, "cannot list the pack: " + e.getMessage()));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PackException(new PackProblem(file.getFileName().toString(), 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** A short fingerprint of every file in the pack, so that a result names exactly the files behind it. */
    static String hash(Path packDir) {
        try (Stream<Path> files = Files.walk(packDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(packDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new PackException(new PackProblem(".", 0, 0, "cannot read the pack: " + e.getMessage()));
        }
    }
}
