package dev.slsbench.emulator;

import dev.slsbench.emulator.images.BuiltInImage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageMappingTest {

    @Test
    void aCommandNamingABuiltInImageRunsThatImage() {
        assertThat(ImageMapping.parse("m=slsbench/echo").command()).isEqualTo(BuiltInImage.ECHO.command());
        assertThat(ImageMapping.of("my/model", " slsbench/cpu ").command()).isEqualTo(BuiltInImage.CPU.command());
        assertThat(EmulatorOptions.builder().image("m=slsbench/memory").build().images())
                .containsEntry("m", BuiltInImage.MEMORY.command());
    }

    @Test
    void anyOtherCommandIsSplitAtWhitespace() {
        assertThat(ImageMapping.parse(" my/model = python3  serve.py --workers 1")).isEqualTo(
                new ImageMapping("my/model", List.of("python3", "serve.py", "--workers", "1")));
        assertThat(ImageMapping.parse("a=b=c").command()).containsExactly("b=c");
    }

    @Test
    void refusesAMappingWithoutNameOrCommandByName() {
        assertThatThrownBy(() -> ImageMapping.parse("no-equals")).hasMessageContaining("NAME=COMMAND, got: no-equals");
        assertThatThrownBy(() -> ImageMapping.parse("=cmd")).hasMessageContaining("NAME=COMMAND");
        assertThatThrownBy(() -> ImageMapping.parse("m=  ")).hasMessageContaining("image m needs a command");
        assertThatThrownBy(() -> ImageMapping.of("two words", "cmd")).hasMessageContaining("'two words'");
    }
}
