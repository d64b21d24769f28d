package io.aigcfactory.trust.carrier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.aigcfactory.trust.label.AigcLabel;
import io.aigcfactory.trust.label.LabelSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An independent reader, ExifTool ({@code libimage-exiftool-perl}, installed by
 * {@code .ci/run}), reads the labels this module writes back as the AIGC field.
 */
class ExiftoolTests {

	private final Labels labels = new Labels(new LabelSigner(LabelsTests.KEY));

	private final AigcLabel label = AigcLabel.generated("001191110102MAD55U9H0F10002", "asset-42");

	@TempDir
	Path dir;

	@BeforeAll
	static void exiftoolIsInstalled() {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/exiftool")),
				"exiftool is not installed (apt-get install libimage-exiftool-perl, as .ci/run does)");
	}

	@Test
	void readsTheLabelOfAPngFromTextAndXmp() throws Exception {
		String out = exiftool("a.png", labels.stamp(LabelsTests.image("png"), label));
		assertThat(out).containsPattern("\\[PNG\\]\\s+AIGC\\s+: \\{\"Label\":\"1\",.*\"ProduceID\":\"asset-42\"")
			.containsPattern("\\[XMP-TC260\\]\\s+Aigc\\s+: \\{\"Label\":\"1\",.*\"ProduceID\":\"asset-42\"");
	}

	@Test
	void readsTheLabelOfAJpegFromXmp() throws Exception {
		String out = exiftool("a.jpg", labels.stamp(LabelsTests.image("jpeg"), label));
		assertThat(out).containsPattern("\\[XMP-TC260\\]\\s+Aigc\\s+: \\{\"Label\":\"1\",.*\"ProduceID\":\"asset-42\"");
	}

	@Test
	void readsTheLabelOfAnMp4FromItsMetadataKeys() throws Exception {
		String out = exiftool("a.mp4", labels.stamp(Mp4Files.mp4(true), label));
		assertThat(out).containsPattern("AIGC\\s+: \\{\"Label\":\"1\",.*\"ProduceID\":\"asset-42\"");
	}

	private String exiftool(String name, byte[] file) throws IOException, InterruptedException {
		Path path = this.dir.resolve(name);
		Files.write(path, file);
		Process process = new ProcessBuilder("exiftool", "-a", "-G1", "-s", path.toString()).redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(out).doesNotContain("Warning");
		return out;
	}

}
