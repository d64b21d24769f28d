package io.aigcfactory.inspection.verification;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import io.aigcfactory.inspection.InspectionApplication;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.carrier.JpegCarrier;
import io.aigcfactory.trust.label.AigcLabel;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.FrameWatermarker;
import io.aigcfactory.trust.watermark.Watermarker;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/verifications} against real PostgreSQL: a marked image is traced to
 * its asset by its signed label and, once re-encoded at JPEG quality 50, by its
 * watermark; another tenant learns nothing of the asset; oversized, truncated and
 * pixel-bomb uploads get a verdict or a problem, never an error.
 */
@SpringBootTest(classes = InspectionApplication.class,
		properties = { "spring.config.name=inspection-service", "aigc.inspection.verification.max-bytes=2MB" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class VerificationIntegrationTests {

	static final Path ROOT = temporary();

	static final UUID ASSET = UUID.randomUUID();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "inspection");
		registry.add("aigc.storage.root", () -> ROOT.resolve("blobs").toString());
		registry.add("aigc.inspection.originality.index-directory", () -> ROOT.resolve("index").toString());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Labels labels;

	@Autowired
	JdbcClient jdbc;

	static byte[] marked;

	@BeforeAll
	static void markAnImage() {
		BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(200, 80, 60), 800, 800, new Color(40, 120, 200)));
		g.fillRect(0, 0, 800, 800);
		g.setColor(new Color(250, 240, 200));
		g.fillOval(200, 250, 400, 400);
		g.dispose();
		marked = encode(new Watermarker().embed(image, WatermarkPayload.of("acme", ASSET.toString())), "png", 1f);
	}

	@Test
	void tracesAMarkedImageByItsSignedLabelAndItsWatermark() throws Exception {
		inspected();
		byte[] png = this.labels.stamp(marked, AigcLabel.generated("factory", ASSET.toString()));
		this.mvc.perform(multipart("/api/v1/verifications").file(file("main.png", png)).headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file.format").value("PNG"))
			.andExpect(jsonPath("$.label.status").value("COMPLIANT"))
			.andExpect(jsonPath("$.label.signature").value("VALID"))
			.andExpect(jsonPath("$.label.fields.ProduceID").value(ASSET.toString()))
			.andExpect(jsonPath("$.watermark.status").value("FOUND"))
			.andExpect(jsonPath("$.watermark.payload").value(WatermarkPayload.of("acme", ASSET.toString()).hex()))
			.andExpect(jsonPath("$.asset.assetId").value(ASSET.toString()))
			.andExpect(jsonPath("$.asset.by").value("LABEL"));

		this.mvc.perform(multipart("/api/v1/verifications").file(file("main.png", png)).headers(tenantHeaders("other")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asset").doesNotExist());
	}

	@Test
	void findsLabelAndWatermarkAfterAJpegQuality50ReEncode() throws Exception {
		inspected();
		byte[] png = this.labels.stamp(marked, AigcLabel.generated("factory", ASSET.toString()));
		LabelVerdict original = this.labels.verify(png);
		byte[] jpeg = encode(ImageIO.read(new java.io.ByteArrayInputStream(png)), "jpeg", 0.5f);
		byte[] reencoded = new JpegCarrier().write(jpeg, original.label());
		this.mvc
			.perform(multipart("/api/v1/verifications").file(file("reencoded.jpg", reencoded))
				.headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file.format").value("JPEG"))
			.andExpect(jsonPath("$.label.status").value("COMPLIANT"))
			.andExpect(jsonPath("$.label.signature").value("INVALID"))
			.andExpect(jsonPath("$.watermark.status").value("FOUND"))
			.andExpect(jsonPath("$.asset.assetId").value(ASSET.toString()))
			.andExpect(jsonPath("$.asset.by").value("WATERMARK"));
	}

	@Test
	void findsTheLabelAndTheWatermarkOfAVideo() throws Exception {
		inspected();
		byte[] mp4 = this.labels.stamp(markedVideo(), AigcLabel.generated("factory", ASSET.toString()));
		this.mvc.perform(multipart("/api/v1/verifications").file(file("promo.mp4", mp4)).headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file.format").value("MP4"))
			.andExpect(jsonPath("$.label.status").value("COMPLIANT"))
			.andExpect(jsonPath("$.label.signature").value("VALID"))
			.andExpect(jsonPath("$.label.places[0]").value("MP4 moov/udta/meta AIGC"))
			.andExpect(jsonPath("$.watermark.status").value("FOUND"))
			.andExpect(jsonPath("$.watermark.payload").value(WatermarkPayload.of("acme", ASSET.toString()).hex()))
			.andExpect(jsonPath("$.asset.assetId").value(ASSET.toString()));
		this.mvc
			.perform(multipart("/api/v1/verifications").file(file("cut.mp4", Arrays.copyOf(mp4, mp4.length / 2)))
				.headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label.status").value("UNREADABLE"))
			.andExpect(jsonPath("$.watermark.status").value("UNREADABLE"));
	}

	/**
	 * Two seconds of a shape moving over a gradient, every frame watermarked, in H.264.
	 */
	private static byte[] markedVideo() throws Exception {
		int width = 360;
		int height = 640;
		FrameWatermarker watermark = new Watermarker().frames(WatermarkPayload.of("acme", ASSET.toString()), width,
				height);
		Path file = ROOT.resolve("promo.mp4");
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			recorder.setFormat("mp4");
			recorder.setVideoCodecName("libopenh264");
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
			recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			recorder.setFrameRate(25);
			recorder.setVideoBitrate(600_000);
			recorder.start();
			for (int index = 0; index < 50; index++) {
				BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
				Graphics2D g = frame.createGraphics();
				g.setPaint(new GradientPaint(0, 0, new Color(200, 80, 60), width, height, new Color(40, 120, 200)));
				g.fillRect(0, 0, width, height);
				g.setColor(new Color(250, 240, 200));
				g.fillOval(40 + 2 * index, 200, 240, 240);
				g.dispose();
				watermark.embed(frame);
				recorder.record(converter.convert(frame));
			}
			recorder.stop();
		}
		return Files.readAllBytes(file);
	}

	@Test
	void truncatedFilesAndPixelBombsGetAVerdict() throws Exception {
		byte[] png = this.labels.stamp(marked, AigcLabel.generated("factory", ASSET.toString()));
		this.mvc
			.perform(multipart("/api/v1/verifications").file(file("cut.png", Arrays.copyOf(png, png.length / 2)))
				.headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label.status").value("UNREADABLE"))
			.andExpect(jsonPath("$.label.problems[0]").value(startsWith("truncated PNG")))
			.andExpect(jsonPath("$.watermark.status").value("UNREADABLE"));
		this.mvc
			.perform(multipart("/api/v1/verifications").file(file("bomb.png", bomb())).headers(tenantHeaders("acme")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label.status").value("NOT_FOUND"))
			.andExpect(jsonPath("$.watermark.status").value("UNREADABLE"))
			.andExpect(jsonPath("$.watermark.detail").value(startsWith("the header declares 2500000000 pixels")));
	}

	@Test
	void refusesUploadsOverTheCapAndMissingFiles() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/verifications").file(file("big.bin", new byte[3 * 1024 * 1024]))
				.headers(tenantHeaders("acme")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(multipart("/api/v1/verifications").headers(tenantHeaders("acme")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("file")));
	}

	private void inspected() {
		this.jdbc
			.sql("insert into inspections (asset_id, tenant_id, requirement_id, verdict, findings_json, inspected_at) "
					+ "select ?, ?, ?, 'APPROVED', '[]', ? where not exists "
					+ "(select 1 from inspections where asset_id = ?)")
			.params(ASSET, "acme", UUID.randomUUID(), Timestamp.from(Instant.now()), ASSET)
			.update();
	}

	private static HttpHeaders tenantHeaders(String tenant) {
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-Tenant-Id", tenant);
		return headers;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	/** A 1×1 PNG whose header claims 50,000 × 50,000 pixels. */
	private static byte[] bomb() {
		byte[] png = encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", 1f);
		ByteBuffer header = ByteBuffer.wrap(png);
		header.putInt(16, 50_000).putInt(20, 50_000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		header.putInt(29, (int) crc.getValue());
		return png;
	}

	private static byte[] encode(BufferedImage image, String format, float quality) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(quality);
			}
			try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			writer.dispose();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("verification-it");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
