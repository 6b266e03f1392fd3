package dev.slsbench.payload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvocationTest {

    @Test
    void comparesBodiesByContent() {
        Invocation a = Invocation.ofBytes(new byte[] {1, 2, 3}, "application/octet-stream");
        Invocation b = Invocation.ofBytes(new byte[] {1, 2, 3}, "application/octet-stream");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Invocation.ofBytes(new byte[] {1, 2, 4}, "application/octet-stream"));
    }

    @Test
    void cannotBeChangedThroughTheArrayItWasMadeFromOrReturns() {
        byte[] bytes = {1, 2, 3};
        Invocation invocation = Invocation.ofBytes(bytes, null);
        bytes[0] = 9;
        invocation.body()[1] = 9;

        assertThat(invocation.body()).containsExactly(1, 2, 3);
        assertThat(invocation.bodyBuffer().isReadOnly()).isTrue();
    }

    @Test
    void exposesOptionalFieldsAsNullOrOptional() {
        Invocation invocation = Invocation.of("x", "text/csv");

        assertThat(invocation.accept()).isNull();
        assertThat(invocation.acceptIfPresent()).isEmpty();
        assertThat(invocation.contentTypeIfPresent()).contains("text/csv");
        assertThat(invocation.withAccept("application/json").acceptIfPresent()).contains("application/json");
    }

    @Test
    void rejectsHeadersOutsideTheServiceModel() {
        assertThatThrownBy(() -> Invocation.of("x", "text/\u00e9")).hasMessageStartingWith("ContentType: ");
        assertThatThrownBy(() -> Invocation.of("x", null).withInferenceId("x".repeat(65)))
                .hasMessageStartingWith("InferenceId: ");
        assertThatThrownBy(() -> Invocation.of("x", null).withCustomAttributes("a".repeat(1025)))
                .hasMessageStartingWith("CustomAttributes: ");
    }
}
