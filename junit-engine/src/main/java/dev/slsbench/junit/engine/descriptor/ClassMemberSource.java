package dev.slsbench.junit.engine.descriptor;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;

import java.util.List;

/**
 * The source of every node inside a benchmark class that is not a method (phases, configuration
 * tests, {@code cost & recommendation}): the class, wrapped in a {@link CompositeTestSource}.
 *
 * <p>IDEs read composite sources and jump to the class. Maven Surefire and Failsafe, on the other
 * hand, give every test whose source is a plain {@link ClassSource} the same flat name,
 * {@code Class.null}: a class's configurations would be merged into one test, a failure listed as
 * "Run 1" beside a passing "Run 2", and with {@code rerunFailingTestsCount} a broken SLA counted
 * as a flaky test that passes the build. A test with any other source they name after its
 * display name ({@code Class.memory=1024 MB}), and report it under the class's legacy name.
 */
final class ClassMemberSource {

    private ClassMemberSource() {
    }

    static TestSource of(Class<?> testClass) {
        return CompositeTestSource.from(List.of(ClassSource.from(testClass)));
    }
}
