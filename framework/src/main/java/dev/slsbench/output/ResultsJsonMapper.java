package dev.slsbench.output;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.LatencyMeasurement;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import dev.slsbench.plan.TrafficConfiguration;
import dev.slsbench.plan.TrafficShape;
import dev.slsbench.record.StopEvent;
import dev.slsbench.result.TrafficResult;
import dev.slsbench.plan.StabilityConfiguration;

import java.io.IOException;

/**
 * The one Jackson configuration for {@code results.json}: ISO-8601 instants and durations,
 * {@code Optional} as value-or-null, decimals kept exact (money keeps its scale), configurations
 * tagged by {@code type} (with their {@code id} and {@code latencyMeasurement} written for
 * readers), the plan through {@link PlanDocument}, only record components and getters (never
 * {@code isX()} helpers) as properties. Result types carry no Jackson annotations;
 * everything JSON-specific lives here.
 */
final class ResultsJsonMapper {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(planModule())
            .addMixIn(BenchmarkConfiguration.class, ConfigurationMixIn.class)
            .addMixIn(StabilityConfiguration.class, IdMixIn.class)
            .addMixIn(ConcurrencyConfiguration.class, IdMixIn.class)
            .addMixIn(OpenLoopConfiguration.class, IdMixIn.class)
            .addMixIn(TrafficConfiguration.class, IdMixIn.class)
            .addMixIn(TrafficShape.class, TrafficShapeMixIn.class)
            .addMixIn(TrafficResult.class, TrafficResultMixIn.class)
            .addMixIn(StopEvent.class, StopEventMixIn.class)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ResultsJsonMapper() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = StabilityConfiguration.class, name = "stability"),
            @JsonSubTypes.Type(value = ConcurrencyConfiguration.class, name = "concurrency"),
            @JsonSubTypes.Type(value = OpenLoopConfiguration.class, name = "open-loop"),
            @JsonSubTypes.Type(value = TrafficConfiguration.class, name = "traffic")})
    interface ConfigurationMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = StairsPhase.class, name = "stairs"),
            @JsonSubTypes.Type(value = RampPhase.class, name = "ramp")})
    interface TrafficShapeMixIn {
    }

    /** The knee's sentence (or why there is none) is written for readers of results.json, and ignored on reading. */
    @JsonIgnoreProperties(value = "kneeSentence", allowGetters = true)
    interface TrafficResultMixIn {
        @JsonProperty("kneeSentence")
        String kneeSentence();
    }

    /** A stop's sentence is written for readers of results.json, and ignored on reading. */
    @JsonIgnoreProperties(value = "description", allowGetters = true)
    interface StopEventMixIn {
        @JsonProperty("description")
        String describe();
    }

    @JsonIgnoreProperties(value = {"id", "latencyMeasurement"}, allowGetters = true)
    interface IdMixIn {
        @JsonProperty("id")
        String id();

        @JsonProperty("latencyMeasurement")
        LatencyMeasurement latencyMeasurement();
    }

    private static SimpleModule planModule() {
        SimpleModule module = new SimpleModule("slsbench-plan");
        module.addSerializer(BenchmarkPlan.class, new JsonSerializer<>() {
            @Override
            public void serialize(BenchmarkPlan plan, JsonGenerator gen, SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(PlanDocument.from(plan), gen);
            }
        });
        module.addDeserializer(BenchmarkPlan.class, new JsonDeserializer<>() {
            @Override
            public BenchmarkPlan deserialize(JsonParser p, DeserializationContext context) throws IOException {
                return context.readValue(p, PlanDocument.class).toPlan();
            }
        });
        return module;
    }
}
