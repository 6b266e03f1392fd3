package dev.slsbench.plan;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What to benchmark and how: the Python toolkit's options with its defaults, plus the options
 * slsbench adds (pinned concurrency memory, provisioned concurrency, target, run id, think time,
 * open-loop phases, recommendation strategy, price table).
 *
 * <p>Immutable; made by {@link #builder(String)} and changed by {@link #toBuilder()}. Every
 * option is validated once, in {@link Builder#build()}, which throws an
 * {@link InvalidPlanException} naming each bad option and value, so a bad plan is rejected
 * before any endpoint is created. The plan also derives the configurations to run
 * ({@link #stabilityConfigurations()}, {@link #concurrencyConfigurations(int)},
 * {@link #openLoopConfigurations()}) in the toolkit's order.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BenchmarkPlan {

    /** The memory sizes SageMaker Serverless accepts, in MB. */
    public static final List<Integer> ALLOWED_MEMORY_SIZES_MB = List.of(1024, 2048, 3072, 4096, 5120, 6144);
    /** The largest MaxConcurrency SageMaker Serverless accepts per endpoint. */
    public static final int MAX_CONCURRENCY_LIMIT = 200;
    /** The toolkit's default stability invocations per memory size. */
    public static final int DEFAULT_STABILITY_INVOCATIONS = 1000;
    /** The toolkit's default number of failed calls after which a configuration is abandoned. */
    public static final int DEFAULT_ERROR_THRESHOLD = 3;
    /** The toolkit's default MaxConcurrency values for the concurrency phase. */
    public static final List<Integer> DEFAULT_CONCURRENCY_MAX_VALUES = List.of(2, 4, 8);
    /** The toolkit's default client multipliers for the concurrency phase. */
    public static final List<Double> DEFAULT_CLIENT_MULTIPLIERS = List.of(1.0, 1.5, 1.75, 2.0);
    /** The toolkit's default calls per concurrency configuration. */
    public static final int DEFAULT_CONCURRENCY_INVOCATIONS = 1000;
    /** The parent of the default output directory, {@code slsbench-results/<runId>}. */
    public static final Path DEFAULT_OUTPUT_ROOT = Path.of("slsbench-results");
    /** The most forced cold starts per memory size: each one is an endpoint, and an account has 50. */
    public static final int MAX_COLD_STARTS = 50;

    private final String modelName;
    private final List<Integer> memorySizesMb;
    private final int stabilityInvocations;
    private final int errorThreshold;
    private final boolean includeConcurrency;
    private final List<Integer> concurrencyMaxValues;
    private final List<Double> clientMultipliers;
    private final int concurrencyInvocations;
    private final Duration coldStartDelay;
    private final Path explicitOutputDirectory;
    private final Optional<Integer> concurrencyMemoryMb;
    private final List<Integer> provisionedConcurrencyValues;
    private final Optional<String> region;
    private final Optional<URI> endpointUrl;
    private final String runId;
    private final Duration thinkTime;
    private final List<OpenLoopPhase> openLoopPhases;
    private final RecommendationStrategy recommendationStrategy;
    private final Optional<Path> priceTableFile;
    private final PayloadOrder payloadOrder;
    private final Optional<Long> payloadSeed;
    private final Optional<Long> monthlyInvocations;
    private final Optional<String> priceRegion;
    private final boolean errorThresholdCountsThrottles;
    private final boolean includeColdStartsInLatency;
    private final int warmupInvocations;
    private final int coldStarts;
    private final List<StairsPhase> stairsPhases;
    private final List<RampPhase> rampPhases;
    private final Optional<Double> stopP99Millis;
    private final Optional<Double> stopErrorRate;
    private final Optional<Duration> maxDuration;

    private BenchmarkPlan(Builder b) {
        modelName = b.modelName;
        memorySizesMb = b.memorySizesMb.stream().sorted().toList();
        stabilityInvocations = b.stabilityInvocations;
        errorThreshold = b.errorThreshold;
        includeConcurrency = b.includeConcurrency;
        concurrencyMaxValues = List.copyOf(b.concurrencyMaxValues);
        clientMultipliers = List.copyOf(b.clientMultipliers);
        concurrencyInvocations = b.concurrencyInvocations;
        coldStartDelay = b.coldStartDelay;
        explicitOutputDirectory = b.outputDirectory;
        concurrencyMemoryMb = Optional.ofNullable(b.concurrencyMemoryMb);
        provisionedConcurrencyValues = List.copyOf(b.provisionedConcurrencyValues);
        region = Optional.ofNullable(b.region);
        endpointUrl = Optional.ofNullable(b.endpointUrl);
        runId = b.runId != null ? b.runId : RunIdGenerator.newRunId();
        thinkTime = b.thinkTime;
        openLoopPhases = List.copyOf(b.openLoopPhases);
        recommendationStrategy = b.recommendationStrategy;
        priceTableFile = Optional.ofNullable(b.priceTableFile);
        payloadOrder = b.payloadOrder;
        errorThresholdCountsThrottles = b.errorThresholdCountsThrottles;
        monthlyInvocations = Optional.ofNullable(b.monthlyInvocations);
        priceRegion = Optional.ofNullable(b.priceRegion);
        includeColdStartsInLatency = b.includeColdStartsInLatency;
        warmupInvocations = b.warmupInvocations;
        coldStarts = b.coldStarts;
        stairsPhases = List.copyOf(b.stairsPhases);
        rampPhases = List.copyOf(b.rampPhases);
        stopP99Millis = Optional.ofNullable(b.stopP99Millis);
        stopErrorRate = Optional.ofNullable(b.stopErrorRate);
        maxDuration = Optional.ofNullable(b.maxDuration);
        payloadSeed = b.payloadSeed != null || payloadOrder != PayloadOrder.RANDOM ? Optional.ofNullable(b.payloadSeed)
                : Optional.of(new SecureRandom().nextLong());
    }

    /** A builder with the toolkit's defaults for the SageMaker model {@code modelName}. */
    public static Builder builder(String modelName) {
        return new Builder().modelName(modelName);
    }

    /** A builder holding this plan's values; an output directory left to default stays defaulted. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The SageMaker model every endpoint serves. */
    public String modelName() { return modelName; }

    /** The memory sizes of the stability phase, ascending; default 1024..6144. */
    public List<Integer> memorySizesMb() { return memorySizesMb; }

    /** Sequential calls per memory size in the stability phase; default 1000. */
    public int stabilityInvocations() { return stabilityInvocations; }

    /** Failed calls after which a stability configuration is abandoned; default 3. */
    public int errorThreshold() { return errorThreshold; }

    /** Whether the concurrency phase runs; default true. */
    public boolean includeConcurrency() { return includeConcurrency; }

    /** MaxConcurrency values of the concurrency phase, in the order given; default 2, 4, 8. */
    public List<Integer> concurrencyMaxValues() { return concurrencyMaxValues; }

    /** Client multipliers of the concurrency phase, in the order given; default 1, 1.5, 1.75, 2. */
    public List<Double> clientMultipliers() { return clientMultipliers; }

    /** Calls per concurrency configuration; default 1000. */
    public int concurrencyInvocations() { return concurrencyInvocations; }

    /** Time waited after deployment before the first call, to make it cold; default zero. */
    public Duration coldStartDelay() { return coldStartDelay; }

    /** Where results are written; default {@code slsbench-results/<runId>}. */
    public Path outputDirectory() {
        return explicitOutputDirectory != null ? explicitOutputDirectory : DEFAULT_OUTPUT_ROOT.resolve(runId);
    }

    /**
     * Whether throttled calls count toward {@link #errorThreshold()} as the Python toolkit counts
     * them; default false: a throttle says the endpoint or account was at its concurrency limit,
     * not that the configuration fails, and is judged by its own SLA.
     */
    public boolean errorThresholdCountsThrottles() { return errorThresholdCountsThrottles; }

    /** Whether latency statistics include the calls judged cold (default false: warm calls only). */
    public boolean includeColdStartsInLatency() { return includeColdStartsInLatency; }

    /** Warm-up calls per configuration, made before the measured ones and counted in no statistic (default 0). */
    public int warmupInvocations() { return warmupInvocations; }
    /**
     * Forced cold starts measured per memory size in the cold-start phase, before the stability
     * phase; default 0 (no cold-start phase).
     */
    public int coldStarts() { return coldStarts; }

    /** How each call picks its example; default round-robin (the toolkit picks at random). */
    public PayloadOrder payloadOrder() { return payloadOrder; }

    /**
     * The seed of {@link PayloadOrder#RANDOM} picks: the one given, else drawn when the plan was
     * built (and recorded in results.json so the run can be repeated); empty for round-robin
     * without a seed.
     */
    public Optional<Long> payloadSeed() { return payloadSeed; }

    /**
     * The user's traffic, calls per month, at which cost is shown per month (compute, data processing and
     * provisioned concurrency); empty when not given.
     */
    public Optional<Long> monthlyInvocations() { return monthlyInvocations; }

    /**
     * The region whose prices are borrowed for a run in a region nobody prices; the results mark them
     * as borrowed. Empty: the run's own region.
     */
    public Optional<String> priceRegion() { return priceRegion; }

    /** The memory size pinned for the concurrency phase; empty means the recommended one. */
    public Optional<Integer> concurrencyMemoryMb() { return concurrencyMemoryMb; }

    /**
     * The first of {@link #provisionedConcurrencyValues()}; default 0 (none). The memory size is
     * recommended among the stability configurations at this value, and the open-loop and traffic
     * endpoints run at it (validation makes sure it is at most their MaxConcurrency).
     */
    public int provisionedConcurrency() { return provisionedConcurrencyValues.getFirst(); }

    /**
     * The ProvisionedConcurrency values to measure, in the order given; default {@code [0]}. The
     * cold-start, stability and concurrency phases run their configurations at each of them; open-loop
     * phases and traffic shapes at the first. Each is at most every MaxConcurrency it meets (SageMaker
     * refuses more), else the plan is refused.
     */
    public List<Integer> provisionedConcurrencyValues() { return provisionedConcurrencyValues; }

    /** Whether ProvisionedConcurrency is measured at all: any value other than the default single 0. */
    public boolean measuresProvisionedConcurrency() {
        return !provisionedConcurrencyValues.equals(List.of(0));
    }

    /** The AWS region; empty means the SDK's default region chain. */
    public Optional<String> region() { return region; }

    /** A SageMaker-compatible endpoint (e.g. the emulator); empty means AWS itself. */
    public Optional<URI> endpointUrl() { return endpointUrl; }

    /** A short id tagging every resource of this run, valid inside endpoint names. */
    public String runId() { return runId; }

    /** Client think time before each closed-loop call, not counted in latency; default zero. */
    public Duration thinkTime() { return thinkTime; }

    /** Open-loop phases run after the closed-loop ones; default none. */
    public List<OpenLoopPhase> openLoopPhases() { return openLoopPhases; }

    /** How the recommended memory size is chosen; default {@link RecommendationStrategy#TOOLKIT}. */
    public RecommendationStrategy recommendationStrategy() { return recommendationStrategy; }

    /** A user price table replacing the bundled one; empty means the bundled table. */
    public Optional<Path> priceTableFile() { return priceTableFile; }

    /** One stability configuration per memory size, ascending, and per ProvisionedConcurrency value, in order. */
    public List<StabilityConfiguration> stabilityConfigurations() {
        return memorySizesMb.stream().flatMap(memoryMb -> provisionedConcurrencyValues.stream()
                .map(provisioned -> new StabilityConfiguration(memoryMb, provisioned))).toList();
    }

    /**
     * The concurrency configurations at {@code memoryMb}: for each MaxConcurrency in order, for
     * each ProvisionedConcurrency value in order, for each multiplier in order,
     * {@code clients = ceil(maxConcurrency × multiplier)}; a client count already seen for that
     * MaxConcurrency is run once (ceil(2 × 1.75) = ceil(2 × 2) = 4), as the toolkit does. Empty when
     * the concurrency phase is off.
     *
     * <p>The product is computed in decimal, not binary floating point, so 10 × 1.1 gives 11
     * clients where Python's {@code math.ceil(10 * 1.1)} gives 12.
     */
    public List<ConcurrencyConfiguration> concurrencyConfigurations(int memoryMb) {
        if (!includeConcurrency) {
            return List.of();
        }
        List<ConcurrencyConfiguration> configurations = new ArrayList<>();
        for (int maxConcurrency : concurrencyMaxValues) {
            for (int provisioned : provisionedConcurrencyValues) {
                Set<Integer> seen = new LinkedHashSet<>();
                for (double multiplier : clientMultipliers) {
                    int clients = clientsFor(maxConcurrency, multiplier);
                    if (seen.add(clients)) {
                        configurations.add(new ConcurrencyConfiguration(memoryMb, maxConcurrency, clients, provisioned));
                    }
                }
            }
        }
        return List.copyOf(configurations);
    }

    /** Stairs phases (closed-loop users added per step), run with the ramps after the open-loop phases; default none. */
    public List<StairsPhase> stairsPhases() { return stairsPhases; }

    /** Ramping arrival rates (open loop), run after the stairs phases; default none. */
    public List<RampPhase> rampPhases() { return rampPhases; }

    /** Stop a configuration when the rolling p99 of its successful calls exceeds this many ms; default none. */
    public Optional<Double> stopP99Millis() { return stopP99Millis; }

    /** Stop a configuration when the rolling fraction of its failed calls (throttles not counted) exceeds this; default none. */
    public Optional<Double> stopErrorRate() { return stopErrorRate; }

    /** Stop a configuration that has run this long; default none. */
    public Optional<Duration> maxDuration() { return maxDuration; }

    /** The conditions that stop a configuration early, together. */
    public StopConditions stopConditions() {
        return new StopConditions(stopP99Millis, stopErrorRate, maxDuration);
    }

    /** One configuration per traffic shape: the stairs phases in order, then the ramps. */
    public List<TrafficConfiguration> trafficConfigurations() {
        List<TrafficShape> shapes = new ArrayList<>(stairsPhases);
        shapes.addAll(rampPhases);
        return IntStream.range(0, shapes.size()).mapToObj(i -> new TrafficConfiguration(i, shapes.get(i), provisionedConcurrency())).toList();
    }

    /** One configuration per open-loop phase, in order. */
    public List<OpenLoopConfiguration> openLoopConfigurations() {
        return IntStream.range(0, openLoopPhases.size())
                .mapToObj(i -> new OpenLoopConfiguration(i, openLoopPhases.get(i), provisionedConcurrency()))
                .toList();
    }

    static int clientsFor(int maxConcurrency, double multiplier) {
        return BigDecimal.valueOf(maxConcurrency)
                .multiply(BigDecimal.valueOf(multiplier))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BenchmarkPlan p
                && modelName.equals(p.modelName)
                && memorySizesMb.equals(p.memorySizesMb)
                && stabilityInvocations == p.stabilityInvocations
                && errorThreshold == p.errorThreshold
                && includeConcurrency == p.includeConcurrency
                && concurrencyMaxValues.equals(p.concurrencyMaxValues)
                && clientMultipliers.equals(p.clientMultipliers)
                && concurrencyInvocations == p.concurrencyInvocations
                && coldStartDelay.equals(p.coldStartDelay)
                && outputDirectory().equals(p.outputDirectory())
                && concurrencyMemoryMb.equals(p.concurrencyMemoryMb)
                && provisionedConcurrencyValues.equals(p.provisionedConcurrencyValues)
                && region.equals(p.region)
                && endpointUrl.equals(p.endpointUrl)
                && runId.equals(p.runId)
                && thinkTime.equals(p.thinkTime)
                && openLoopPhases.equals(p.openLoopPhases)
                && recommendationStrategy == p.recommendationStrategy
                && priceTableFile.equals(p.priceTableFile)
                && payloadOrder == p.payloadOrder
                && payloadSeed.equals(p.payloadSeed)
                && monthlyInvocations.equals(p.monthlyInvocations)
                && priceRegion.equals(p.priceRegion)
                && errorThresholdCountsThrottles == p.errorThresholdCountsThrottles
                && includeColdStartsInLatency == p.includeColdStartsInLatency
                && warmupInvocations == p.warmupInvocations
                && coldStarts == p.coldStarts
                && stairsPhases.equals(p.stairsPhases)
                && rampPhases.equals(p.rampPhases)
                && stopP99Millis.equals(p.stopP99Millis)
                && stopErrorRate.equals(p.stopErrorRate)
                && maxDuration.equals(p.maxDuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelName, memorySizesMb, stabilityInvocations, errorThreshold, includeConcurrency,
                concurrencyMaxValues, clientMultipliers, concurrencyInvocations, coldStartDelay, outputDirectory(),
                concurrencyMemoryMb, provisionedConcurrencyValues, region, endpointUrl, runId, thinkTime, openLoopPhases,
                recommendationStrategy, priceTableFile, payloadOrder, payloadSeed,
                errorThresholdCountsThrottles, monthlyInvocations, priceRegion,
                includeColdStartsInLatency, warmupInvocations, coldStarts, stairsPhases, rampPhases, stopP99Millis,
                stopErrorRate, maxDuration);
    }

    @Override
    public String toString() {
        return "BenchmarkPlan[model=" + modelName + ", runId=" + runId + ", memorySizesMb=" + memorySizesMb
                + ", stabilityInvocations=" + stabilityInvocations + ", includeConcurrency=" + includeConcurrency
                + ", concurrencyMaxValues=" + concurrencyMaxValues + ", clientMultipliers=" + clientMultipliers
                + ", concurrencyInvocations=" + concurrencyInvocations + ", openLoopPhases=" + openLoopPhases
                + ", stairsPhases=" + stairsPhases + ", rampPhases=" + rampPhases
                + ", strategy=" + recommendationStrategy + "]";
    }

    /**
     * Collects a plan's options; {@link #build()} validates them all at once. Setters accept
     * anything (even nulls and out-of-range values) so that every problem can be reported
     * together.
     */
    public static final class Builder {
        String modelName;
        List<Integer> memorySizesMb = ALLOWED_MEMORY_SIZES_MB;
        int stabilityInvocations = DEFAULT_STABILITY_INVOCATIONS;
        int errorThreshold = DEFAULT_ERROR_THRESHOLD;
        boolean includeConcurrency = true;
        List<Integer> concurrencyMaxValues = DEFAULT_CONCURRENCY_MAX_VALUES;
        List<Double> clientMultipliers = DEFAULT_CLIENT_MULTIPLIERS;
        int concurrencyInvocations = DEFAULT_CONCURRENCY_INVOCATIONS;
        Duration coldStartDelay = Duration.ZERO;
        Path outputDirectory;
        Integer concurrencyMemoryMb;
        List<Integer> provisionedConcurrencyValues = List.of(0);
        String region;
        URI endpointUrl;
        String runId;
        Duration thinkTime = Duration.ZERO;
        List<OpenLoopPhase> openLoopPhases = List.of();
        RecommendationStrategy recommendationStrategy = RecommendationStrategy.TOOLKIT;
        Path priceTableFile;
        PayloadOrder payloadOrder = PayloadOrder.ROUND_ROBIN;
        Long payloadSeed;
        boolean errorThresholdCountsThrottles;
        Long monthlyInvocations;
        String priceRegion;
        boolean includeColdStartsInLatency;
        int warmupInvocations;
        int coldStarts;
        List<StairsPhase> stairsPhases = List.of();
        List<RampPhase> rampPhases = List.of();
        Double stopP99Millis;
        Double stopErrorRate;
        Duration maxDuration;

        private Builder() {
        }

        private Builder(BenchmarkPlan p) {
            modelName = p.modelName;
            memorySizesMb = p.memorySizesMb;
            stabilityInvocations = p.stabilityInvocations;
            errorThreshold = p.errorThreshold;
            includeConcurrency = p.includeConcurrency;
            concurrencyMaxValues = p.concurrencyMaxValues;
            clientMultipliers = p.clientMultipliers;
            concurrencyInvocations = p.concurrencyInvocations;
            coldStartDelay = p.coldStartDelay;
            outputDirectory = p.explicitOutputDirectory;
            concurrencyMemoryMb = p.concurrencyMemoryMb.orElse(null);
            provisionedConcurrencyValues = p.provisionedConcurrencyValues;
            region = p.region.orElse(null);
            endpointUrl = p.endpointUrl.orElse(null);
            runId = p.runId;
            thinkTime = p.thinkTime;
            openLoopPhases = p.openLoopPhases;
            recommendationStrategy = p.recommendationStrategy;
            priceTableFile = p.priceTableFile.orElse(null);
            payloadOrder = p.payloadOrder;
            payloadSeed = p.payloadSeed.orElse(null);
            errorThresholdCountsThrottles = p.errorThresholdCountsThrottles;
            monthlyInvocations = p.monthlyInvocations.orElse(null);
            priceRegion = p.priceRegion.orElse(null);
            includeColdStartsInLatency = p.includeColdStartsInLatency;
            warmupInvocations = p.warmupInvocations;
            coldStarts = p.coldStarts;
            stairsPhases = p.stairsPhases;
            rampPhases = p.rampPhases;
            stopP99Millis = p.stopP99Millis.orElse(null);
            stopErrorRate = p.stopErrorRate.orElse(null);
            maxDuration = p.maxDuration.orElse(null);
        }

        /** Stairs phases: closed-loop users added per step. */
        public Builder stairsPhases(List<StairsPhase> phases) { this.stairsPhases = copy(phases); return this; }

        /** Ramping arrival rates. */
        public Builder rampPhases(List<RampPhase> phases) { this.rampPhases = copy(phases); return this; }

        /** The rolling p99 in ms above which a configuration stops; {@code null} for none. */
        public Builder stopP99Millis(Double millis) { this.stopP99Millis = millis; return this; }

        /** The rolling error rate (0..1, throttles not counted) above which a configuration stops; {@code null} for none. */
        public Builder stopErrorRate(Double fraction) { this.stopErrorRate = fraction; return this; }

        /** How long a configuration may run before it stops; {@code null} for no limit. */
        public Builder maxDuration(Duration duration) { this.maxDuration = duration; return this; }

        /** Calls per month at which cost is shown per month; {@code null} for none (must be &gt; 0). */
        public Builder monthlyInvocations(Long invocations) { this.monthlyInvocations = invocations; return this; }

        /** The region whose prices to borrow; {@code null} for the run's own. */
        public Builder priceRegion(String region) { this.priceRegion = region; return this; }

        /**
         * Whether latency statistics, headline figures, recommendation inputs and latency SLAs
         * include the calls judged cold, as they did before cold starts were told apart (default
         * false: they describe warm calls, and cold calls get their own summary).
         */
        public Builder includeColdStartsInLatency(boolean include) { this.includeColdStartsInLatency = include; return this; }

        /**
         * Calls made at the start of each configuration before the measured ones (default 0): they
         * run and are kept in the raw CSV, marked {@code warmup}, and count in no statistic or SLA.
         */
        public Builder warmupInvocations(int n) { this.warmupInvocations = n; return this; }

        /** Forced cold starts per memory size (default 0: no cold-start phase). */
        public Builder coldStarts(int n) { this.coldStarts = n; return this; }

        /** Whether throttles count toward the error threshold, as the toolkit counts them (default false). */
        public Builder errorThresholdCountsThrottles(boolean count) { this.errorThresholdCountsThrottles = count; return this; }

        /** How each call picks its example (default round-robin). */
        public Builder payloadOrder(PayloadOrder order) { this.payloadOrder = order; return this; }

        /** The seed of random example picks; {@code null} draws one when the order is random. */
        public Builder payloadSeed(Long seed) { this.payloadSeed = seed; return this; }

        /** The SageMaker model to benchmark (required). */
        public Builder modelName(String modelName) { this.modelName = modelName; return this; }

        /** Memory sizes of the stability phase. */
        public Builder memorySizesMb(int... memorySizesMb) {
            return memorySizesMb(IntStream.of(memorySizesMb).boxed().toList());
        }

        /** Memory sizes of the stability phase. */
        public Builder memorySizesMb(List<Integer> memorySizesMb) { this.memorySizesMb = copy(memorySizesMb); return this; }

        /** Sequential calls per memory size. */
        public Builder stabilityInvocations(int n) { this.stabilityInvocations = n; return this; }

        /** Failed calls after which a stability configuration is abandoned. */
        public Builder errorThreshold(int n) { this.errorThreshold = n; return this; }

        /** Whether to run the concurrency phase. */
        public Builder includeConcurrency(boolean include) { this.includeConcurrency = include; return this; }

        /** MaxConcurrency values of the concurrency phase. */
        public Builder concurrencyMaxValues(int... values) {
            return concurrencyMaxValues(IntStream.of(values).boxed().toList());
        }

        /** MaxConcurrency values of the concurrency phase. */
        public Builder concurrencyMaxValues(List<Integer> values) { this.concurrencyMaxValues = copy(values); return this; }

        /** Client multipliers of the concurrency phase. */
        public Builder clientMultipliers(double... multipliers) {
            return clientMultipliers(java.util.stream.DoubleStream.of(multipliers).boxed().toList());
        }

        /** Client multipliers of the concurrency phase. */
        public Builder clientMultipliers(List<Double> multipliers) { this.clientMultipliers = copy(multipliers); return this; }

        /** Calls per concurrency configuration. */
        public Builder concurrencyInvocations(int n) { this.concurrencyInvocations = n; return this; }

        /** Time to wait after deployment before the first call. */
        public Builder coldStartDelay(Duration delay) { this.coldStartDelay = delay; return this; }

        /** Where results are written (default {@code slsbench-results/<runId>}). */
        public Builder outputDirectory(Path directory) { this.outputDirectory = directory; return this; }

        /** Pins the concurrency phase's memory size; {@code null} means the recommended one. */
        public Builder concurrencyMemoryMb(Integer memoryMb) { this.concurrencyMemoryMb = memoryMb; return this; }

        /** One ProvisionedConcurrency value for every endpoint. */
        public Builder provisionedConcurrency(int n) { this.provisionedConcurrencyValues = List.of(n); return this; }

        /**
         * ProvisionedConcurrency values to measure: the cold-start, stability and concurrency phases run at
         * each; the first is the open-loop phases' and traffic shapes' and the one the memory size is
         * recommended at.
         */
        public Builder provisionedConcurrency(List<Integer> values) {
            this.provisionedConcurrencyValues = copy(values);
            return this;
        }

        /** The AWS region; {@code null} means the SDK's default chain. */
        public Builder region(String region) { this.region = region; return this; }

        /** A SageMaker-compatible endpoint URL; {@code null} means AWS. */
        public Builder endpointUrl(URI url) { this.endpointUrl = url; return this; }

        /** The run id; {@code null} generates one. */
        public Builder runId(String runId) { this.runId = runId; return this; }

        /** Think time before each closed-loop call. */
        public Builder thinkTime(Duration thinkTime) { this.thinkTime = thinkTime; return this; }

        /** Open-loop phases. */
        public Builder openLoopPhases(List<OpenLoopPhase> phases) { this.openLoopPhases = copy(phases); return this; }

        /** Adds one open-loop phase. */
        public Builder addOpenLoopPhase(OpenLoopPhase phase) {
            List<OpenLoopPhase> phases = new ArrayList<>(openLoopPhases == null ? List.of() : openLoopPhases);
            phases.add(phase);
            this.openLoopPhases = phases;
            return this;
        }

        /** How the recommended memory size is chosen. */
        public Builder recommendationStrategy(RecommendationStrategy strategy) { this.recommendationStrategy = strategy; return this; }

        /** A JSON price table replacing the bundled one; {@code null} means the bundled table. */
        public Builder priceTableFile(Path file) { this.priceTableFile = file; return this; }

        /**
         * Validates every option and returns the plan.
         *
         * @throws InvalidPlanException naming each invalid option and its value
         */
        public BenchmarkPlan build() {
            List<PlanProblem> problems = new PlanValidator(this).problems();
            if (!problems.isEmpty()) {
                throw new InvalidPlanException(problems);
            }
            return new BenchmarkPlan(this);
        }

        private static <T> List<T> copy(List<T> values) {
            return values == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
