package budgetledger.app.arch;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small, clear units: no source file under any module's src/main over 400 lines, no method or constructor over 60.
 * Methods are measured on the syntax tree the JDK's own parser builds, from the declaration to its closing brace.
 */
class SourceSizeTest {
    static final int MAX_FILE_LINES = 400;
    static final int MAX_METHOD_LINES = 60;
    static final List<String> MODULES = List.of("ledger-core", "projections", "ledger-app", "benchmarks");

    @Test
    void noSourceFileIsOverFourHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            if (lines > MAX_FILE_LINES) {
                tooLong.add(file + " (" + lines + " lines)");
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noMethodIsOverSixtyLines() throws IOException {
        assertThat(methodsOver(MAX_METHOD_LINES, sources())).isEmpty();
    }

    /** The measure itself must see long methods, or the rule above passes by construction. */
    @Test
    void theMeasureFindsALongMethod(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        StringBuilder body = new StringBuilder("class Long {\n  void m() {\n");
        for (int i = 0; i < 70; i++) {
            body.append("    int x").append(i).append(" = ").append(i).append(";\n");
        }
        Path file = Files.writeString(dir.resolve("Long.java"), body.append("  }\n  void n() {\n  }\n}\n"));
        assertThat(methodsOver(MAX_METHOD_LINES, List.of(file))).singleElement().asString().contains("m (72 lines)");
    }

    static List<String> methodsOver(int max, List<Path> files) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> found = new ArrayList<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) compiler.getTask(null, fm, d -> { }, List.of("-proc:none"), null, units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        long start = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, method));
                        long end = unit.getLineMap().getLineNumber(positions.getEndPosition(unit, method));
                        if (end - start + 1 > max) {
                            found.add(unit.getSourceFile().getName() + ": " + method.getName()
                                    + " (" + (end - start + 1) + " lines)");
                        }
                        return super.visitMethod(method, unused);
                    }
                }.scan(unit, null);
            }
        }
        return found;
    }

    /** Maven runs this module's tests from ledger-app/; its sibling modules sit beside it. */
    static List<Path> sources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        for (String module : MODULES) {
            Path main = root.resolve(module).resolve("src/main/java");
            assertThat(main).as("sources of " + module).isDirectory();
            try (Stream<Path> walk = Files.walk(main)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files;
    }
}
