package io.aigcfactory.trust.carrier;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import io.aigcfactory.trust.carrier.LabelVerdict.Signature;
import io.aigcfactory.trust.carrier.LabelVerdict.Status;
import io.aigcfactory.trust.label.AigcLabel;
import io.aigcfactory.trust.label.LabelSigner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTests {

	static final byte[] KEY = "a-test-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.US_ASCII);

	private final Labels labels = new Labels(new LabelSigner(KEY));

	private final AigcLabel label = AigcLabel.generated("001191110102MAD55U9H0F10002", "0192f3a4-asset");

	@Test
	void pngCarriesOneSignedLabelInTextAndXmp() throws IOException {
		byte[] png = labels.stamp(image("png"), label);
		LabelVerdict verdict = labels.verify(png);
		assertThat(verdict.status()).isEqualTo(Status.COMPLIANT);
		assertThat(verdict.places()).containsExactly("PNG tEXt AIGC", "PNG iTXt XMP TC260:AIGC");
		assertThat(verdict.signature()).isEqualTo(Signature.VALID);
		assertThat(verdict.label().produceId()).isEqualTo("0192f3a4-asset");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(png))).isNotNull();
	}

	@Test
	void rewritingReplacesTheLabelAndPropagatorsKeepTheSignature() throws IOException {
		byte[] png = labels.stamp(image("png"), label);
		AigcLabel read = labels.verify(png).label();
		byte[] passedOn = new PngCarrier().write(png, read.propagatedBy("taobao", "pub-1"));
		LabelVerdict verdict = labels.verify(passedOn);
		assertThat(verdict.status()).isEqualTo(Status.COMPLIANT);
		assertThat(verdict.places()).hasSize(2);
		assertThat(verdict.label().contentPropagator()).isEqualTo("taobao");
		assertThat(verdict.signature()).isEqualTo(Signature.VALID);
	}

	@Test
	void propagatingSetsThePropagatorFieldsOfFilesAndSidecars() throws IOException {
		byte[] jpeg = labels.propagated(labels.stamp(image("jpeg"), label), "jd", "pub-7");
		LabelVerdict verdict = labels.verify(jpeg);
		assertThat(verdict.label().contentPropagator()).isEqualTo("jd");
		assertThat(verdict.label().propagateId()).isEqualTo("pub-7");
		assertThat(verdict.signature()).isEqualTo(Signature.VALID);
		byte[] text = "AI生成的文案".getBytes(StandardCharsets.UTF_8);
		byte[] sidecar = labels.propagated(labels.sidecar(text, label), "jd", "pub-7");
		LabelVerdict side = labels.verifySidecar(sidecar, text);
		assertThat(side.label().contentPropagator()).isEqualTo("jd");
		assertThat(side.signature()).isEqualTo(Signature.VALID);
		byte[] unlabelled = image("png");
		assertThat(labels.propagated(unlabelled, "jd", "pub-7")).isSameAs(unlabelled);
	}

	@Test
	void changedPixelsBreakTheSignature() throws IOException {
		byte[] signed = labels.stamp(image("png"), label);
		AigcLabel read = labels.verify(signed).label();
		byte[] other = new PngCarrier().write(image("png", Color.RED), read);
		assertThat(labels.verify(other).signature()).isEqualTo(Signature.INVALID);
	}

	@Test
	void jpegCarriesTheLabelInApp1Xmp() throws IOException {
		byte[] jpeg = labels.stamp(image("jpeg"), label);
		LabelVerdict verdict = labels.verify(jpeg);
		assertThat(verdict.status()).isEqualTo(Status.COMPLIANT);
		assertThat(verdict.places()).containsExactly("JPEG APP1 XMP TC260:AIGC");
		assertThat(verdict.signature()).isEqualTo(Signature.VALID);
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(64);
		assertThat(labels.verify(labels.stamp(jpeg, label)).places()).hasSize(1);
	}

	@Test
	void mp4WithMoovFirstKeepsItsChunkOffsetsPointingAtTheSamples() {
		byte[] mp4 = Mp4Files.mp4(true);
		byte[] labelled = labels.stamp(mp4, label);
		int offset = Mp4Files.chunkOffset(labelled);
		assertThat(Arrays.copyOfRange(labelled, offset, offset + Mp4Files.SAMPLE.length)).isEqualTo(Mp4Files.SAMPLE);
		LabelVerdict verdict = labels.verify(labelled);
		assertThat(verdict.status()).isEqualTo(Status.COMPLIANT);
		assertThat(verdict.places()).containsExactly("MP4 moov/udta/meta AIGC");
		assertThat(verdict.signature()).isEqualTo(Signature.VALID);
		byte[] relabelled = labels.stamp(labelled, label);
		assertThat(relabelled).hasSameSizeAs(labelled);
		int again = Mp4Files.chunkOffset(relabelled);
		assertThat(Arrays.copyOfRange(relabelled, again, again + Mp4Files.SAMPLE.length)).isEqualTo(Mp4Files.SAMPLE);
	}

	@Test
	void mp4WithMoovLastIsLabelledToo() {
		byte[] labelled = labels.stamp(Mp4Files.mp4(false), label);
		assertThat(Mp4Files.chunkOffset(labelled)).isEqualTo(Mp4Files.chunkOffset(Mp4Files.mp4(false)));
		assertThat(labels.verify(labelled).status()).isEqualTo(Status.COMPLIANT);
	}

	@Test
	void htmlCarriesAMetaElementInTheHead() {
		byte[] page = "<!DOCTYPE html><html><head><title>杯</title></head><body>AI生成</body></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] labelled = labels.stamp(labels.stamp(page, label), label);
		String html = new String(labelled, StandardCharsets.UTF_8);
		assertThat(html).containsOnlyOnce("<meta name=\"AIGC\" content=\"{&quot;Label&quot;:&quot;1&quot;");
		LabelVerdict verdict = labels.verify(labelled);
		assertThat(verdict.status()).isEqualTo(Status.COMPLIANT);
		assertThat(verdict.signature()).isEqualTo(Signature.VALID);
	}

	@Test
	void textCarriesFrontMatterOrASidecar() {
		byte[] text = "【AI生成】暖暖保温杯，12 小时保温。\n".getBytes(StandardCharsets.UTF_8);
		byte[] labelled = labels.stamp(text, label);
		assertThat(new String(labelled, StandardCharsets.UTF_8)).startsWith("---\nAIGC: {\"Label\":\"1\"")
			.endsWith("---\n【AI生成】暖暖保温杯，12 小时保温。\n");
		assertThat(labels.verify(labelled).signature()).isEqualTo(Signature.VALID);
		byte[] sidecar = labels.sidecar(text, label);
		assertThat(labels.verifySidecar(sidecar, text).signature()).isEqualTo(Signature.VALID);
		assertThat(labels.verifySidecar(sidecar, "changed".getBytes(StandardCharsets.UTF_8)).signature())
			.isEqualTo(Signature.INVALID);
	}

	@Test
	void twoLabelsInOneFileAreNonCompliant() throws IOException {
		byte[] png = labels.stamp(image("png"), label);
		byte[] doubled = withSecondTextChunk(png);
		LabelVerdict verdict = labels.verify(doubled);
		assertThat(verdict.status()).isEqualTo(Status.NON_COMPLIANT);
		assertThat(verdict.problems()).anyMatch((problem) -> problem.startsWith("more than one label"));
	}

	@Test
	void forbiddenCharactersAreNonCompliant() {
		String page = "<html><head><meta name=\"AIGC\" content=\"{&quot;Label&quot;:&quot;1&quot;,"
				+ "&quot;ContentProducer&quot;:&quot;暖暖科技&quot;,&quot;ProduceID&quot;:&quot;a b&quot;,"
				+ "&quot;ReservedCode1&quot;:&quot;&quot;,&quot;ContentPropagator&quot;:&quot;&quot;,"
				+ "&quot;PropagateID&quot;:&quot;&quot;,&quot;ReservedCode2&quot;:&quot;&quot;}\"></head></html>";
		LabelVerdict verdict = labels.verify(page.getBytes(StandardCharsets.UTF_8));
		assertThat(verdict.status()).isEqualTo(Status.NON_COMPLIANT);
		assertThat(verdict.problems()).contains(
				"ContentProducer holds a character outside 0x21-0x7E, or a quote or backslash",
				"ProduceID holds a character outside 0x21-0x7E, or a quote or backslash");
		assertThat(verdict.signature()).isEqualTo(Signature.INVALID);
	}

	@Test
	void truncatedAndCorruptFilesGetAVerdictNotAnException() throws IOException {
		byte[] png = labels.stamp(image("png"), label);
		byte[] jpeg = labels.stamp(image("jpeg"), label);
		byte[] mp4 = labels.stamp(Mp4Files.mp4(true), label);
		for (byte[] file : new byte[][] { png, jpeg, mp4 }) {
			for (int cut : new int[] { 9, 30, file.length / 2, file.length - 1 }) {
				LabelVerdict verdict = labels.verify(Arrays.copyOf(file, cut));
				assertThat(verdict.status()).as("cut at %d", cut)
					.isIn(Status.UNREADABLE, Status.NOT_FOUND, Status.NON_COMPLIANT);
			}
		}
		byte[] corrupt = png.clone();
		corrupt[40] ^= 0x55;
		assertThat(labels.verify(corrupt).status()).isEqualTo(Status.UNREADABLE);
		assertThat(labels.verify(Arrays.copyOf(png, png.length - 3)).problems().get(0)).startsWith("truncated PNG");
	}

	@Test
	void unlabelledFilesAreNotFound() throws IOException {
		assertThat(labels.verify(image("png")).status()).isEqualTo(Status.NOT_FOUND);
		assertThat(labels.verify(image("jpeg")).status()).isEqualTo(Status.NOT_FOUND);
		assertThat(labels.verify(Mp4Files.mp4(true)).status()).isEqualTo(Status.NOT_FOUND);
		assertThat(labels.verify(new byte[] { 0, 1, 2, (byte) 0xFF, (byte) 0xFE }).status())
			.isEqualTo(Status.UNREADABLE);
	}

	private static byte[] withSecondTextChunk(byte[] png) {
		var chunks = PngCarrier.chunks(png);
		PngCarrier.Chunk text = chunks.stream()
			.filter((chunk) -> chunk.type().equals("tEXt"))
			.findFirst()
			.orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, text.end());
		out.write(png, text.start(), text.end() - text.start());
		out.write(png, text.end(), png.length - text.end());
		return out.toByteArray();
	}

	static byte[] image(String format) throws IOException {
		return image(format, new Color(40, 120, 200));
	}

	static byte[] image(String format, Color colour) throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(10, 10, 30, 20);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
