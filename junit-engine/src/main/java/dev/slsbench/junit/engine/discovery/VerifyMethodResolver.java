package dev.slsbench.junit.engine.discovery;

import dev.slsbench.junit.Verify;
import dev.slsbench.junit.engine.descriptor.BenchmarkClassDescriptor;
import dev.slsbench.junit.engine.descriptor.PhaseDescriptor;
import dev.slsbench.junit.engine.descriptor.VerifyTestDescriptor;
import dev.slsbench.junit.engine.model.BenchmarkClassReader;
import dev.slsbench.junit.engine.model.VerifyMethod;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Resolves method selectors ("run this method" in an IDE) of {@link Verify @Verify} methods: a
 * phase or whole-run check selects its own test(s); a configuration check selects the phases
 * whose configuration tests call it. Other methods are left to other engines.
 */
final class VerifyMethodResolver implements SelectorResolver {

    private final UniqueId engineId;

    VerifyMethodResolver(UniqueId engineId) {
        this.engineId = engineId;
    }

    @Override
    public Resolution resolve(MethodSelector selector, Context context) {
        Class<?> testClass = selector.getJavaClass();
        Method method = selector.getJavaMethod();
        if (!BenchmarkClassReader.isBenchmarkClass(testClass) || !AnnotationSupport.isAnnotated(method, Verify.class)) {
            return Resolution.unresolved();
        }
        UniqueId classId = engineId.append(BenchmarkClassDescriptor.SEGMENT_TYPE, testClass.getName());
        VerifyMethod verify;
        try {
            verify = VerifyMethod.of(method);
        } catch (VerifyMethod.InvalidVerifyMethodException e) {
            return Resolution.selectors(Set.of(DiscoverySelectors.selectUniqueId(classId)));
        }
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        if (verify.scope() == VerifyMethod.Scope.RUN) {
            selectors.add(DiscoverySelectors.selectUniqueId(
                    classId.append(VerifyTestDescriptor.SEGMENT_TYPE, verify.displayName())));
        } else {
            for (PhaseDescriptor.Kind kind : PhaseDescriptor.Kind.values()) {
                if (verify.phase().includes(kind.phase())) {
                    UniqueId phaseId = classId.append(PhaseDescriptor.SEGMENT_TYPE, kind.segmentValue());
                    selectors.add(DiscoverySelectors.selectUniqueId(verify.scope() == VerifyMethod.Scope.PHASE
                            ? phaseId.append(VerifyTestDescriptor.SEGMENT_TYPE, verify.displayName()) : phaseId));
                }
            }
        }
        return Resolution.selectors(selectors);
    }
}
