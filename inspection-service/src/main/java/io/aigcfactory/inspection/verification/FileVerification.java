package io.aigcfactory.inspection.verification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.aigcfactory.inspection.verification.Verification.FileFacts;
import io.aigcfactory.inspection.verification.Verification.LabelFinding;
import io.aigcfactory.inspection.verification.Verification.Owner;
import io.aigcfactory.inspection.verification.Verification.WatermarkFinding;
import io.aigcfactory.inspection.verification.Verification.WatermarkStatus;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.watermark.WatermarkDetector;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.WatermarkReading;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Verifies a file: its label (by the standard's rules, with the deployment's signature),
 * and for images and videos its watermark, read only after the header's dimensions (a
 * video's frame size) pass the pixel limit; a video's watermark is read from the mean of
 * frames spread over it. The asset is named only when it is one of the caller's: by the
 * label's {@code ProduceID} when its signature holds, else by the watermark's payload.
 * Nothing about the file can make this throw; every failure is a verdict.
 */
@Service
@EnableConfigurationProperties(VerificationSettings.class)
public class FileVerification {

	private final Labels labels;

	private final WatermarkDetector detector;

	private final MarkedAssets marks;

	private final VerificationSettings settings;

	FileVerification(Labels labels, WatermarkDetector detector, MarkedAssets marks, VerificationSettings settings) {
		this.labels = labels;
		this.detector = detector;
		this.marks = marks;
		this.settings = settings;
	}

	/**
	 * @param name the file's name as uploaded
	 * @param file its bytes
	 * @param sidecar a label sidecar sent with a text, or null
	 * @param tenantId the caller's tenant
	 */
	public Verification verify(String name, byte[] file, byte @Nullable [] sidecar, String tenantId) {
		LabelVerdict verdict = (sidecar != null) ? this.labels.verifySidecar(sidecar, file) : this.labels.verify(file);
		String format = this.labels.carrierFor(file).map((carrier) -> carrier.format()).orElse("UNKNOWN");
		WatermarkReading reading = null;
		WatermarkFinding watermark;
		if (format.equals("PNG") || format.equals("JPEG")) {
			ImageRead read = readImage(file);
			reading = (read.image() != null) ? this.detector.read(read.image()) : null;
			watermark = (reading == null) ? WatermarkFinding.of(WatermarkStatus.UNREADABLE, read.problem())
					: finding(reading);
		}
		else if (format.equals("MP4")) {
			Mp4Frames.Read read = Mp4Frames.average(file, this.settings.maxPixels());
			reading = (read.frames() != null) ? this.detector.read(read.frames()) : null;
			watermark = (reading == null) ? WatermarkFinding.of(WatermarkStatus.UNREADABLE, read.problem())
					: finding(reading);
		}
		else {
			watermark = WatermarkFinding.of(WatermarkStatus.NOT_APPLICABLE, null);
		}
		LabelFinding label = new LabelFinding(verdict.status(),
				(verdict.label() != null) ? verdict.label().fields() : null, verdict.places(), verdict.problems(),
				verdict.signature());
		return new Verification(new FileFacts(name, format, file.length, ContentDigests.sha256(file)), label, watermark,
				owner(verdict, reading, tenantId));
	}

	private @Nullable Owner owner(LabelVerdict verdict, @Nullable WatermarkReading reading, String tenantId) {
		if (verdict.label() != null && verdict.signature() == LabelVerdict.Signature.VALID) {
			Optional<UUID> asset = uuid(verdict.label().produceId());
			if (asset.isPresent() && this.marks.inspected(tenantId, asset.get())) {
				return new Owner(asset.get().toString(), tenantId, "LABEL");
			}
		}
		if (reading != null && reading.payload() != null
				&& reading.payload().tenantHash() == WatermarkPayload.tenantHash(tenantId)) {
			return this.marks.find(tenantId, reading.payload())
				.map((asset) -> new Owner(asset.toString(), tenantId, "WATERMARK"))
				.orElse(null);
		}
		return null;
	}

	private static WatermarkFinding finding(WatermarkReading reading) {
		WatermarkPayload payload = reading.payload();
		if (payload == null) {
			return WatermarkFinding.of(WatermarkStatus.NOT_FOUND, null);
		}
		return new WatermarkFinding(WatermarkStatus.FOUND, payload.hex(), payload.tenantHash(), reading.confidence(),
				null);
	}

	/**
	 * The image, decoded only once its header's dimensions are within the pixel limit.
	 */
	private ImageRead readImage(byte[] file) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return new ImageRead(null, "no image reader for this file");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > this.settings.maxPixels()) {
					return new ImageRead(null, "the header declares " + pixels + " pixels, over the limit of "
							+ this.settings.maxPixels() + "; not decoded");
				}
				BufferedImage image = reader.read(0);
				return new ImageRead(image, null);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return new ImageRead(null, "the image cannot be decoded: " + ex.getMessage());
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private record ImageRead(@Nullable BufferedImage image, @Nullable String problem) {
	}

}
