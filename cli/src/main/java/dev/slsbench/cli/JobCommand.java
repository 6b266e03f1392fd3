package dev.slsbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.cost.PriceTable;
import dev.slsbench.job.InvalidJobException;
import dev.slsbench.job.JobRequest;
import dev.slsbench.job.JobState;
import dev.slsbench.job.ProcessingJobBenchmarks;
import dev.slsbench.job.S3Location;
import dev.slsbench.output.ResultsJsonReader;
import dev.slsbench.output.ResultsLayout;
import dev.slsbench.payload.InvalidPayloadException;
import dev.slsbench.payload.PayloadFile;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.InvalidPlanException;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.SlaVerdict;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobStatus;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code slsbench job MODEL PAYLOADS.jsonl --role-arn ARN [run's options]}: the same benchmark as
 * {@code slsbench run}, inside a SageMaker Processing job (the Python toolkit's
 * {@code run_as_sagemaker_job}), through {@link ProcessingJobBenchmarks}. Several
 * {@code MODEL=PAYLOADS.jsonl} pairs run one job per model in parallel and get an index page.
 * Every input is checked before anything is uploaded or created (exit code 2).
 */
@Command(name = "job", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = SlsbenchVersion.class,
        customSynopsis = {"slsbench job MODEL PAYLOADS.jsonl --role-arn ARN [OPTIONS]",
                "slsbench job MODEL=PAYLOADS.jsonl... --role-arn ARN [OPTIONS]",
                "slsbench job --attach NAME [--output DIR] [--region R | --endpoint-url URL]"},
        description = {
                "Runs slsbench run's benchmark as a SageMaker Processing job (one per model): uploads the payload"
                        + " file and the plan to S3, creates the job, shows its status until it ends and downloads"
                        + " the results folder the job wrote (report and CSVs) to --output.",
                "Exit codes: 0 completed and every SLA held, 1 an SLA failed, 2 bad input (nothing created or"
                        + " uploaded), 3 a job failed or was stopped."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  # on a local emulator, which runs the job itself:",
                "  slsbench job echo-model payloads.jsonl --local --image slsbench/echo \\",
                "      --role-arn arn:aws:iam::000000000000:role/job --no-concurrency",
                "  # on AWS, two models at once, image pushed to ECR:",
                "  slsbench job a=a.jsonl b=b.jsonl --region us-east-1 \\",
                "      --role-arn arn:aws:iam::123456789012:role/slsbench-job \\",
                "      --job-image 123456789012.dkr.ecr.us-east-1.amazonaws.com/slsbench:latest"})
final class JobCommand implements Callable<Integer> {

    /** The image name the emulator started by {@code --local} maps to this slsbench. */
    static final String LOCAL_IMAGE = "slsbench/cli";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /** Run options that describe where results go on this machine, not the benchmark. */
    private static final Set<String> NOT_UPLOADED = Set.of("output");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "MODEL PAYLOADS.jsonl | MODEL=PAYLOADS.jsonl",
            description = "One model and its payload file, or several MODEL=PAYLOADS.jsonl pairs (one job each).")
    List<String> targets = new ArrayList<>();

    @ArgGroup(validate = false, heading = "%nBenchmark (as slsbench run takes them):%n")
    PlanOptions plan = new PlanOptions();

    @ArgGroup(validate = false, heading = "%nTarget:%n")
    TargetOptions target = new TargetOptions();

    @ArgGroup(validate = false, heading = "%nSLA (judged in the job; a failure exits with 1):%n")
    SlaOptions sla = new SlaOptions();

    @ArgGroup(validate = false, heading = "%nProcessing job:%n")
    JobOptions job = new JobOptions();

    /** The options about the Processing job itself. */
    static final class JobOptions {

        @Option(names = "--s3-prefix", paramLabel = "S3_URI",
                description = "Where inputs go and results come back. Default: s3://sagemaker-REGION-ACCOUNT/slsbench-jobs"
                        + " (the toolkit's default bucket; ACCOUNT from --role-arn), created when missing.")
        String s3Prefix;

        @Option(names = "--job-instance-type", paramLabel = "TYPE", defaultValue = JobRequest.DEFAULT_INSTANCE_TYPE,
                description = "The Processing instance type. Default: ${DEFAULT-VALUE}.")
        String instanceType;

        @Option(names = "--job-image", paramLabel = "IMAGE",
                description = "The slsbench container image (the repository's Dockerfile, pushed to ECR). Required on"
                        + " AWS; default on an emulator: " + LOCAL_IMAGE + ".")
        String image;

        @Option(names = "--max-runtime", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "The job's MaxRuntimeInSeconds. Default: the plan's dry-run estimate x --runtime-margin,"
                        + " plus 10 minutes for the job to start.")
        Duration maxRuntime;

        @Option(names = "--runtime-margin", paramLabel = "X", defaultValue = "3",
                description = "The margin on the estimate for the default --max-runtime. Default: ${DEFAULT-VALUE}.")
        double runtimeMargin;

        @Option(names = "--assumed-latency", paramLabel = "DURATION", converter = DurationConverter.class,
                defaultValue = "100ms", description = "The latency per call the estimate assumes. Default: ${DEFAULT-VALUE}.")
        Duration assumedLatency;

        @Option(names = "--max-parallel-jobs", paramLabel = "N", defaultValue = "4",
                description = "The most jobs running at once. Default: ${DEFAULT-VALUE}.")
        int maxParallelJobs;

        @Option(names = "--no-wait", description = "Print the job names and return once the jobs are created.")
        boolean noWait;

        @Option(names = "--attach", paramLabel = "NAME",
                description = "Follow a job created before (e.g. with --no-wait) and download its results.")
        String attach;

        @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "How often the job's status is read. Default: 10s on AWS, 250ms on an emulator.")
        Duration pollInterval;

        @Option(names = "--plan", paramLabel = "FILE",
                description = "Run options as a JSON object, as slsbench run --plan takes them. Flags given here win.")
        Path planFile;
    }

    /** One model to benchmark in a job of its own. */
    private record ModelJob(String model, Path payloadFile, Payloads payloads, BenchmarkPlan plan, String jobName) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (job.attach != null) {
            return attach(out, err);
        }
        List<ModelJob> models = validate();
        boolean emulatorTarget = target.local || target.endpointUrl != null && AwsTarget.builder()
                .endpointUrl(target.endpointUrl).build().isLocal();
        String planJson = planJson();
        EmbeddedEmulator emulator = null;
        try {
            URI endpointUrl = target.endpointUrl;
            if (target.local) {
                emulator = EmbeddedEmulator.start(target.emulatorImages, Map.of(LOCAL_IMAGE, selfCommand()),
                        outputRoot(models).resolve("emulator-containers.log"), target.verbose);
                endpointUrl = emulator.endpointUrl();
                out.println("emulator: started on " + endpointUrl + " (it runs the jobs; they stop when slsbench does)");
            }
            AwsTarget awsTarget = AwsTarget.builder().region(target.region).endpointUrl(endpointUrl)
                    .credentialsProvider(emulatorTarget ? AwsTarget.dummyCredentials() : null).build();
            try (ProcessingJobBenchmarks jobs = ProcessingJobBenchmarks.create(awsTarget)) {
                if (target.image != null) {
                    try (AwsClients clients = AwsClients.create(awsTarget, 1)) {
                        for (ModelJob model : models) {
                            out.println(ModelFromImage.ensure(clients.sageMaker(), model.model(), target.image,
                                    target.imageEnvironment, emulatorTarget, Optional.ofNullable(target.roleArn)));
                        }
                    }
                }
                S3Location prefix = job.s3Prefix != null ? S3Location.parse(job.s3Prefix)
                        : new S3Location(JobRequest.defaultBucket(jobs.region(), emulatorTarget ? "000000000000"
                                : JobRequest.accountOf(target.roleArn)), "slsbench-jobs");
                List<String> extra = new ArrayList<>();
                if (endpointUrl != null) {
                    extra.addAll(List.of("--endpoint-url", endpointUrl.toString()));
                }
                if (target.region != null || endpointUrl == null) {
                    extra.addAll(List.of("--region", target.region != null ? target.region : jobs.region()));
                }
                String image = job.image != null ? job.image : LOCAL_IMAGE;
                Duration poll = job.pollInterval != null ? job.pollInterval
                        : emulatorTarget ? Duration.ofMillis(250) : Duration.ofSeconds(10);
                return runAll(jobs, models, planJson, prefix, image, extra, poll, emulatorTarget, out, err);
            }
        } catch (IOException e) {
            err.println("slsbench job: " + e.getMessage());
            return ExitCodes.INCOMPLETE;
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    private int runAll(ProcessingJobBenchmarks jobs, List<ModelJob> models, String planJson, S3Location prefix,
            String image, List<String> extra, Duration poll, boolean emulatorTarget, PrintWriter out, PrintWriter err)
            throws Exception {
        Path root = outputRoot(models);
        boolean several = models.size() > 1;
        JobInterrupt interrupt = JobInterrupt.install(jobs, err, target.local);
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(job.maxParallelJobs, models.size()),
                Thread.ofPlatform().name("slsbench-job-", 0).daemon().factory())) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (ModelJob model : models) {
                Path folder = several ? root.resolve(model.model()) : root;
                JobRequest request = new JobRequest(model.jobName(), model.model(), model.payloadFile(), planJson,
                        target.roleArn, prefix, image, job.instanceType, maxRuntime(model, emulatorTarget), extra);
                futures.add(pool.submit(() -> runOne(jobs, request, folder, poll, interrupt, out)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            if (job.noWait) {
                return ExitCodes.OK;
            }
            if (several) {
                Path index = JobIndexPage.write(root, outcomes.stream().map(o -> new JobIndexPage.Entry(o.model(),
                        o.jobName(), o.words(), o.model())).toList());
                out.println("index: " + index);
            }
            return outcomes.stream().mapToInt(Outcome::exitCode).max().orElse(ExitCodes.OK);
        } finally {
            interrupt.close();
            out.flush();
        }
    }

    /** How one job ended. */
    private record Outcome(String model, String jobName, String words, int exitCode) {
    }

    private Outcome runOne(ProcessingJobBenchmarks jobs, JobRequest request, Path folder, Duration poll,
            JobInterrupt interrupt, PrintWriter out) throws Exception {
        JobState created = jobs.submit(request);
        interrupt.watch(created.name());
        say(out, "job " + created.name() + " (model " + request.model() + "): created, results to " + created.resultsUri());
        if (job.noWait) {
            say(out, created.name());
            say(out, "follow it with: slsbench job --attach " + created.name() + attachTarget());
            return new Outcome(request.model(), created.name(), "created", ExitCodes.OK);
        }
        return follow(jobs, created.name(), request.model(), folder, poll, interrupt, out);
    }

    private Outcome follow(ProcessingJobBenchmarks jobs, String jobName, String model, Path folder, Duration poll,
            JobInterrupt interrupt, PrintWriter out) throws Exception {
        long start = System.nanoTime();
        JobState end = jobs.awaitEnd(jobName, poll, state -> say(out, "job " + jobName + ": " + state.status()
                + " after " + ConfigurationLabels.duration(Duration.ofNanos(System.nanoTime() - start))));
        interrupt.ended(jobName);
        int files = jobs.download(end, folder);
        if (files > 0) {
            say(out, "job " + jobName + ": " + files + " result files in " + folder);
        }
        Optional<BenchmarkResult> result = readResult(folder);
        if (end.status() == ProcessingJobStatus.COMPLETED) {
            boolean held = result.map(r -> r.slaVerdicts().stream().allMatch(SlaVerdict::passed)).orElse(true);
            if (!held) {
                say(out, "job " + jobName + ": an SLA failed (verdicts in " + folder.resolve(ResultsLayout.RESULTS_JSON) + ")");
            }
            return new Outcome(model, jobName, held ? "Completed" : "Completed, an SLA failed",
                    held ? ExitCodes.OK : ExitCodes.SLA_FAILED);
        }
        String reason = end.failureReason().orElse("");
        say(out, "job " + jobName + ": " + end.status() + (reason.isEmpty() ? "" : ": " + reason));
        if (result.isPresent() && result.get().slaVerdicts().stream().anyMatch(verdict -> !verdict.passed())) {
            say(out, "job " + jobName + ": an SLA failed (verdicts in " + folder.resolve(ResultsLayout.RESULTS_JSON) + ")");
            return new Outcome(model, jobName, "an SLA failed", ExitCodes.SLA_FAILED);
        }
        return new Outcome(model, jobName, end.status().toString(), ExitCodes.INCOMPLETE);
    }

    private int attach(PrintWriter out, PrintWriter err) throws Exception {
        if (target.local) {
            throw new BadInputException(List.of("--attach and --local: a job on an embedded emulator ends with the"
                    + " command that started it; attach to AWS (--region) or a running emulator (--endpoint-url)"));
        }
        if (!targets.isEmpty()) {
            throw new BadInputException(List.of("--attach NAME takes no MODEL or PAYLOADS"));
        }
        boolean emulatorTarget = target.endpointUrl != null && AwsTarget.builder().endpointUrl(target.endpointUrl).build().isLocal();
        AwsTarget awsTarget = AwsTarget.builder().region(target.region).endpointUrl(target.endpointUrl)
                .credentialsProvider(emulatorTarget ? AwsTarget.dummyCredentials() : null).build();
        Path folder = plan.output != null ? plan.output : BenchmarkPlan.DEFAULT_OUTPUT_ROOT.resolve(job.attach);
        Duration poll = job.pollInterval != null ? job.pollInterval : emulatorTarget ? Duration.ofMillis(250) : Duration.ofSeconds(10);
        try (ProcessingJobBenchmarks jobs = ProcessingJobBenchmarks.create(awsTarget)) {
            JobInterrupt interrupt = JobInterrupt.install(jobs, err, false);
            try {
                interrupt.watch(job.attach);
                return follow(jobs, job.attach, job.attach, folder, poll, interrupt, out).exitCode();
            } finally {
                interrupt.close();
            }
        }
    }

    /**
     * Checks the models, payload files, plan, role, S3 prefix, instance type, image and runtime, all
     * before anything is uploaded or created.
     *
     * @throws BadInputException naming every problem
     */
    private List<ModelJob> validate() {
        List<String> problems = new ArrayList<>(target.problems());
        problems.addAll(sla.problems());
        List<String[]> pairs = pairs(problems);
        List<ModelJob> models = new ArrayList<>();
        String stamp = LocalDateTime.now().format(STAMP);
        for (String[] pair : pairs) {
            BenchmarkPlan benchmarkPlan = null;
            try {
                benchmarkPlan = plan.builder(pair[0]).region(target.region).endpointUrl(target.endpointUrl).build();
            } catch (InvalidPlanException e) {
                e.planProblems().stream().map(PlanProblemNames::withFlagName).forEach(problems::add);
            }
            Payloads payloads = null;
            try {
                payloads = PayloadFile.read(Path.of(pair[1]));
            } catch (InvalidPayloadException e) {
                problems.add(pair[1] + " " + e.getMessage());
            }
            models.add(new ModelJob(pair[0], Path.of(pair[1]), payloads, benchmarkPlan, jobName(pair[0], stamp)));
        }
        if (models.stream().map(ModelJob::model).distinct().count() < models.size()) {
            problems.add("each MODEL may appear once");
        }
        boolean emulatorTarget = target.local || target.endpointUrl != null;
        String image = job.image != null ? job.image : emulatorTarget ? LOCAL_IMAGE : null;
        Duration runtime = job.maxRuntime != null ? job.maxRuntime : Duration.ofSeconds(1);
        Path payloadFile = models.isEmpty() ? null : models.getFirst().payloadFile();
        problems.addAll(JobRequest.problems(models.isEmpty() ? "x" : models.getFirst().jobName(), target.roleArn,
                        job.instanceType, runtime, payloadFile, image).stream()
                .filter(problem -> !problem.startsWith("PAYLOADS.jsonl")).toList());
        if (job.s3Prefix != null) {
            try {
                S3Location.parse(job.s3Prefix);
            } catch (IllegalArgumentException e) {
                problems.add("--s3-prefix " + e.getMessage());
            }
        }
        if (job.maxParallelJobs < 1) {
            problems.add("--max-parallel-jobs " + job.maxParallelJobs + " must be at least 1");
        }
        if (!(job.runtimeMargin >= 1)) {
            problems.add("--runtime-margin " + job.runtimeMargin + " must be at least 1");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return models;
    }

    private List<String[]> pairs(List<String> problems) {
        if (targets.size() == 2 && !targets.get(0).contains("=")) {
            return List.<String[]>of(new String[] {targets.get(0), targets.get(1)});
        }
        if (targets.isEmpty()) {
            problems.add("name MODEL PAYLOADS.jsonl, or MODEL=PAYLOADS.jsonl pairs, or --attach NAME");
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : targets) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                problems.add("'" + pair + "' is not MODEL=PAYLOADS.jsonl (give one MODEL PAYLOADS.jsonl, or pairs)");
            } else {
                pairs.add(new String[] {pair.substring(0, equals), pair.substring(equals + 1)});
            }
        }
        return pairs;
    }

    /** The job's MaxRuntime: the flag, or the dry-run estimate x the margin, plus time for the job to start. */
    private Duration maxRuntime(ModelJob model, boolean emulatorTarget) {
        if (job.maxRuntime != null) {
            return job.maxRuntime;
        }
        Duration estimate = new DryRunReport(model.plan(), model.payloads(), PriceTable.bundled(), job.assumedLatency,
                emulatorTarget, model.plan().region().orElse(AwsTarget.DEFAULT_LOCAL_REGION), false).estimatedDuration();
        Duration runtime = Duration.ofMillis((long) (estimate.toMillis() * job.runtimeMargin)).plusMinutes(10);
        return runtime.compareTo(JobRequest.MAX_RUNTIME) > 0 ? JobRequest.MAX_RUNTIME : runtime;
    }

    /**
     * The run options to upload as the job's {@code --plan}: the user's plan file, with the benchmark
     * and SLA flags given on the command line on top (as strings, which {@code --plan} converts like flags).
     */
    private String planJson() throws IOException {
        ObjectNode planNode = job.planFile != null && Files.isRegularFile(job.planFile)
                ? (ObjectNode) JSON.readTree(Files.readString(job.planFile)) : JSON.createObjectNode();
        Set<String> runOptions = Stream.of(new PlanOptions(), new SlaOptions())
                .flatMap(group -> CommandSpec.forAnnotatedObject(group).options().stream())
                .map(OptionSpec::longestName).collect(Collectors.toSet());
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            String key = option.longestName().replaceFirst("^--", "");
            if (!runOptions.contains(option.longestName()) || NOT_UPLOADED.contains(key)) {
                continue;
            }
            List<String> values = option.originalStringValues();
            planNode.put(key, values.isEmpty() ? "true" : String.join(",", values));
        }
        NOT_UPLOADED.forEach(planNode::remove);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(planNode);
    }

    private Path outputRoot(List<ModelJob> models) {
        if (plan.output != null) {
            return plan.output;
        }
        return BenchmarkPlan.DEFAULT_OUTPUT_ROOT.resolve(models.size() == 1 ? models.getFirst().jobName()
                : "jobs-" + LocalDateTime.now().format(STAMP));
    }

    private static Optional<BenchmarkResult> readResult(Path folder) {
        Path file = folder.resolve(ResultsLayout.RESULTS_JSON);
        try {
            return Files.isRegularFile(file) ? Optional.of(ResultsJsonReader.read(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String attachTarget() {
        return target.endpointUrl != null ? " --endpoint-url " + target.endpointUrl
                : target.region != null ? " --region " + target.region : "";
    }

    /** A job name from the model: {@code slsbench-MODEL-STAMP-XXXX}, within SageMaker's 63 characters. */
    static String jobName(String model, String stamp) {
        String cleaned = model.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        String suffix = "-" + stamp + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        String head = "slsbench-" + cleaned;
        return head.substring(0, Math.min(head.length(), 63 - suffix.length())).replaceAll("-+$", "") + suffix;
    }

    /** The command that runs this slsbench: its jar, or its class path when it runs from classes (tests). */
    static List<String> selfCommand() {
        String javaCommand = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(java.io.File.pathSeparator));
        return List.of(javaCommand, "-cp", classPath, SlsbenchCli.class.getName());
    }

    private static void say(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
