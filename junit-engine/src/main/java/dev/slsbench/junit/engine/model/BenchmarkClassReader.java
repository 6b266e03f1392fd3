package dev.slsbench.junit.engine.model;

import dev.slsbench.emulator.images.BuiltInImage;
import dev.slsbench.junit.Payload;
import dev.slsbench.junit.PayloadFile;
import dev.slsbench.junit.ServerlessBenchmark;
import dev.slsbench.junit.Sla;
import dev.slsbench.junit.Verify;
import dev.slsbench.junit.engine.config.EngineSettings;
import dev.slsbench.junit.engine.verdict.SlaAnnotation;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;
import dev.slsbench.sla.SlaThresholds;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a class's slsbench annotations into a {@link BenchmarkClassModel}, checking everything
 * that can be checked without running user code: the plan, payload methods and files, SLAs,
 * verify methods and the class's shape. All problems are collected and thrown together.
 */
public final class BenchmarkClassReader {

    private final EngineSettings settings;

    public BenchmarkClassReader(EngineSettings settings) {
        this.settings = settings;
    }

    /** The benchmark annotation, direct or meta-present, if any. */
    public static Optional<ServerlessBenchmark> annotation(Class<?> candidate) {
        return AnnotationSupport.findAnnotation(candidate, ServerlessBenchmark.class);
    }

    /**
     * Whether the engine takes {@code candidate}: annotated (directly or through a composed
     * annotation), and a concrete class. Abstract classes are left alone, as bases of benchmarks.
     */
    public static boolean isBenchmarkClass(Class<?> candidate) {
        return !candidate.isInterface() && !candidate.isAnnotation() && !candidate.isEnum()
                && !candidate.isAnonymousClass() && !candidate.isLocalClass()
                && !ModifierSupport.isAbstract(candidate) && annotation(candidate).isPresent();
    }

    /**
     * Reads {@code testClass}.
     *
     * @throws InvalidBenchmarkClassException listing every problem found
     */
    public BenchmarkClassModel read(Class<?> testClass) {
        ServerlessBenchmark benchmark = annotation(testClass)
                .orElseThrow(() -> new IllegalArgumentException(testClass + " is not annotated @ServerlessBenchmark"));
        List<String> problems = new ArrayList<>();

        Optional<BenchmarkPlan> plan = plan(testClass, benchmark, problems);
        Optional<String> image = benchmark.image().isBlank() ? Optional.empty() : Optional.of(benchmark.image().strip());
        if (image.isEmpty() && settings.startsEmulator()) {
            problems.add("@ServerlessBenchmark(model = \"" + benchmark.model() + "\") names no image; the engine's"
                    + " local emulator creates the model from one, e.g. image = \"slsbench/echo\" or an image mapped"
                    + " with slsbench.emulator.image.<IMAGE>=<COMMAND>");
        }
        if (image.isPresent() && settings.startsEmulator() && BuiltInImage.named(image.get()).isEmpty()
                && !settings.emulatorImages().containsKey(image.get())) {
            problems.add("@ServerlessBenchmark(image = \"" + image.get() + "\") is not a built-in image of the"
                    + " engine's local emulator ("
                    + Arrays.stream(BuiltInImage.values()).map(BuiltInImage::imageName).collect(Collectors.joining(", "))
                    + "); map it to a model server command with"
                    + " the configuration parameter slsbench.emulator.image." + image.get() + "=<COMMAND>");
        }
        Map<String, String> environment = environment(benchmark, problems);

        List<PayloadMethod> payloadMethods = new ArrayList<>();
        for (Method method : AnnotationSupport.findAnnotatedMethods(testClass, Payload.class, HierarchyTraversalMode.TOP_DOWN)) {
            Optional<String> problem = PayloadMethod.problem(method);
            problem.ifPresent(problems::add);
            if (problem.isEmpty()) {
                payloadMethods.add(PayloadMethod.of(method,
                        AnnotationSupport.findAnnotation(method, Payload.class).orElseThrow()));
            }
        }
        List<String> payloadFiles = new ArrayList<>();
        for (PayloadFile file : AnnotationSupport.findRepeatableAnnotations(testClass, PayloadFile.class)) {
            if (PayloadFileLocator.locate(testClass, file.value()).isEmpty()) {
                problems.add("@PayloadFile(\"" + file.value() + "\") was not found: "
                        + PayloadFileLocator.searched(testClass, file.value()));
            }
            payloadFiles.add(file.value());
        }
        if (payloadMethods.isEmpty() && payloadFiles.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("@Payload"))) {
            problems.add("no payloads: add a @Payload method (returning an Invocation, String, byte[] or a collection"
                    + " of them) or a @PayloadFile(\"...jsonl\")");
        }

        List<SlaThresholds> slas = new ArrayList<>();
        for (Sla sla : AnnotationSupport.findRepeatableAnnotations(testClass, Sla.class)) {
            List<String> slaProblems = SlaAnnotation.problems(sla);
            for (int size : sla.memory()) {
                if (!BenchmarkPlan.ALLOWED_MEMORY_SIZES_MB.contains(size)) {
                    slaProblems.add("@Sla(memory = " + size + ") is not one of " + BenchmarkPlan.ALLOWED_MEMORY_SIZES_MB);
                }
            }
            if (slaProblems.isEmpty()) {
                slas.add(SlaAnnotation.thresholds(sla));
            }
            problems.addAll(slaProblems);
        }

        List<VerifyMethod> verifyMethods = new ArrayList<>();
        for (Method method : AnnotationSupport.findAnnotatedMethods(testClass, Verify.class, HierarchyTraversalMode.TOP_DOWN)) {
            try {
                verifyMethods.add(VerifyMethod.of(method));
            } catch (VerifyMethod.InvalidVerifyMethodException e) {
                problems.add(e.getMessage());
            }
        }

        boolean needsInstance = payloadMethods.stream().anyMatch(m -> !ModifierSupport.isStatic(m.method()))
                || verifyMethods.stream().anyMatch(m -> !ModifierSupport.isStatic(m.method()));
        classShape(testClass, needsInstance, problems);

        if (!problems.isEmpty()) {
            throw new InvalidBenchmarkClassException(testClass, problems);
        }
        return new BenchmarkClassModel(testClass, plan.orElseThrow(), image, environment, payloadMethods,
                payloadFiles, slas, verifyMethods);
    }

    private Optional<BenchmarkPlan> plan(Class<?> testClass, ServerlessBenchmark b, List<String> problems) {
        if (b.payloadSeed().length > 1) {
            problems.add("@ServerlessBenchmark(payloadSeed): " + Arrays.toString(b.payloadSeed())
                    + " is more than one seed; give one, or none to draw it");
        }
        BenchmarkPlan.Builder builder = BenchmarkPlan.builder(b.model())
                .memorySizesMb(b.memory())
                .stabilityInvocations(settings.scaledInvocations(b.stabilityInvocations()))
                .errorThreshold(b.errorThreshold())
                .includeConcurrency(b.includeConcurrency())
                .concurrencyMaxValues(b.maxConcurrency())
                .clientMultipliers(b.clientMultiplier())
                .concurrencyInvocations(settings.scaledInvocations(b.concurrencyInvocations()))
                .coldStartDelay(Duration.ofMillis(b.coldStartDelayMillis()))
                .warmupInvocations(b.warmupInvocations())
                .includeColdStartsInLatency(b.includeColdStartsInLatency())
                .provisionedConcurrency(Arrays.stream(b.provisionedConcurrency()).boxed().toList())
                .coldStarts(b.coldStarts())
                .monthlyInvocations(b.monthlyInvocations() == 0 ? null : b.monthlyInvocations())
                .concurrencyMemoryMb(b.concurrencyMemory() == 0 ? null : b.concurrencyMemory())
                .recommendationStrategy(b.strategy())
                .payloadOrder(b.payloadOrder())
                .payloadSeed(b.payloadSeed().length == 1 ? b.payloadSeed()[0] : null)
                .region(settings.region().orElse(null))
                .endpointUrl(settings.endpointUrl().orElse(null))
                .priceTableFile(settings.priceTable().orElse(null))
                .outputDirectory(settings.output().resolve(testClass.getName()))
                .stopP99Millis(Double.isNaN(b.stopP99Millis()) ? null : b.stopP99Millis())
                .stopErrorRate(Double.isNaN(b.stopErrorRate()) ? null : b.stopErrorRate())
                .maxDuration(b.maxDuration().isBlank() ? null
                        : TrafficAnnotations.duration("@ServerlessBenchmark(maxDuration)", b.maxDuration(), problems));
        TrafficAnnotations.read(testClass, builder, problems);
        try {
            return Optional.of(builder.build());
        } catch (InvalidPlanException e) {
            e.planProblems().stream().map(BenchmarkClassReader::inAnnotationTerms).forEach(problems::add);
            return Optional.empty();
        }
    }

    /**
     * The {@code @ServerlessBenchmark} attribute that sets {@code option}; empty for options the
     * engine sets from its configuration or never sets (their problems keep the plan's name). The
     * switch has no default, so a new option without an answer here does not compile.
     */
    static Optional<String> attribute(PlanOption option) {
        return Optional.ofNullable(switch (option) {
            case MODEL_NAME -> "model";
            case MEMORY_SIZES_MB -> "memory";
            case STABILITY_INVOCATIONS -> "stabilityInvocations";
            case ERROR_THRESHOLD -> "errorThreshold";
            case INCLUDE_CONCURRENCY -> "includeConcurrency";
            case CONCURRENCY_MAX_VALUES -> "maxConcurrency";
            case CLIENT_MULTIPLIERS -> "clientMultiplier";
            case CONCURRENCY_INVOCATIONS -> "concurrencyInvocations";
            case COLD_START_DELAY -> "coldStartDelayMillis";
            case CONCURRENCY_MEMORY_MB -> "concurrencyMemory";
            case PROVISIONED_CONCURRENCY -> "provisionedConcurrency";
            case WARMUP_INVOCATIONS -> "warmupInvocations";
            case INCLUDE_COLD_STARTS_IN_LATENCY -> "includeColdStartsInLatency";
            case COLD_STARTS -> "coldStarts";
            case RECOMMENDATION_STRATEGY -> "strategy";
            case MONTHLY_INVOCATIONS -> "monthlyInvocations";
            case PAYLOAD_ORDER -> "payloadOrder";
            case PAYLOAD_SEED -> "payloadSeed";
            case STOP_P99_MILLIS -> "stopP99Millis";
            case STOP_ERROR_RATE -> "stopErrorRate";
            case MAX_DURATION -> "maxDuration";
            case OUTPUT_DIRECTORY, REGION, ENDPOINT_URL, RUN_ID, THINK_TIME, OPEN_LOOP_PHASES,
                 OPEN_LOOP_ARRIVALS_PER_SECOND, OPEN_LOOP_DURATION, OPEN_LOOP_MEMORY_MB, OPEN_LOOP_MAX_CONCURRENCY,
                 PRICE_TABLE_FILE, ERROR_THRESHOLD_COUNTS_THROTTLES, PRICE_REGION,
                 STAIRS_PHASES, RAMP_PHASES -> null;
        });
    }

    /** {@code memorySizesMb: 1000 is not ...} as {@code @ServerlessBenchmark(memory): 1000 is not ...}; durations in seconds. */
    static String inAnnotationTerms(PlanProblem problem) {
        Optional<String> phaseAnnotation = switch (problem.option()) {
            case STAIRS_PHASES -> Optional.of("@Stairs");
            case RAMP_PHASES -> Optional.of("@Ramp");
            case OPEN_LOOP_PHASES, OPEN_LOOP_ARRIVALS_PER_SECOND, OPEN_LOOP_DURATION, OPEN_LOOP_MEMORY_MB,
                 OPEN_LOOP_MAX_CONCURRENCY -> Optional.of("@OpenLoop");
            default -> Optional.empty();
        };
        if (phaseAnnotation.isPresent() && problem.index().isPresent()) {
            // the n-th annotation of its kind on the class, in declaration order
            return phaseAnnotation.get() + " #" + (problem.index().getAsInt() + 1)
                    + problem.option().field().map(f -> " (" + f + ")").orElse("") + ": " + problem.detail();
        }
        Optional<String> attribute = attribute(problem.option());
        if (attribute.isEmpty()) {
            return problem.toString();
        }
        String value = problem.value() instanceof Duration d
                ? BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString() + " s" : problem.valueText();
        return "@ServerlessBenchmark(" + attribute.get() + "): " + value + " " + problem.reason();
    }

    private static Map<String, String> environment(ServerlessBenchmark b, List<String> problems) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String pair : b.environment()) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                problems.add("@ServerlessBenchmark(environment): '" + pair + "' is not KEY=value");
            } else if (environment.put(pair.substring(0, equals).strip(), pair.substring(equals + 1)) != null) {
                problems.add("@ServerlessBenchmark(environment): " + pair.substring(0, equals).strip() + " is given twice");
            }
        }
        return environment;
    }

    private static void classShape(Class<?> testClass, boolean needsInstance, List<String> problems) {
        if (!needsInstance) {
            return;
        }
        if (testClass.isMemberClass() && !ModifierSupport.isStatic(testClass)) {
            problems.add("the class is an inner class; make it static (or a top-level class) so the engine can"
                    + " create an instance for its instance methods");
            return;
        }
        boolean noArgConstructor = Arrays.stream(testClass.getDeclaredConstructors()).anyMatch(c -> c.getParameterCount() == 0);
        if (!noArgConstructor) {
            problems.add("the class has no constructor without parameters, which the engine needs to call its"
                    + " instance methods; add one or make the methods static");
        }
    }
}
