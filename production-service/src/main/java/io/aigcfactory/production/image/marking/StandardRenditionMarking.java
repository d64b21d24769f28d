package io.aigcfactory.production.image.marking;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.RenditionMarking;
import io.aigcfactory.production.image.marking.MarkingSettings.ChannelMarks;
import io.aigcfactory.trust.boot.TrustSettings;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.AigcLabel;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.Watermarker;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Marks images in three layers, in this order: the visible mark (drawn over the rendered
 * pixels, clear of the keep-out areas), the watermark (over everything, the mark
 * included), and the implicit label, signed over the encoded file. Labels name the
 * deployment's producer code and the asset id as {@code ProduceID}; the propagator fields
 * start as the producer's, until distribution writes its own per channel.
 */
@Component
@EnableConfigurationProperties(MarkingSettings.class)
class StandardRenditionMarking implements RenditionMarking {

	private static final float JPEG_QUALITY = 0.92f;

	private final MarkingSettings settings;

	private final TrustSettings trust;

	private final Labels labels;

	private final Watermarker watermarker;

	private final VisibleMark visible;

	StandardRenditionMarking(MarkingSettings settings, TrustSettings trust, Labels labels, Watermarker watermarker) {
		this.settings = settings;
		this.trust = trust;
		this.labels = labels;
		this.watermarker = watermarker;
		this.visible = new VisibleMark(Glyphs.bundled().bold());
	}

	@Override
	public RenderedImage image(RenderedImage rendered, MarkingSubject subject) {
		ChannelMarks marks = this.settings.forChannels(subject.channels());
		BufferedImage image = decode(rendered.bytes());
		this.visible.draw(image, marks.image(), rendered.keepOut());
		BufferedImage marked = this.watermarker.embed(image,
				WatermarkPayload.of(subject.tenantId(), subject.assetId()));
		byte[] encoded = encode(marked, rendered.mediaType());
		return rendered.withBytes(this.labels.stamp(encoded, label(subject)));
	}

	@Override
	public MarkedText text(byte[] text, MarkingSubject subject) {
		MarkingSettings.TextMark mark = this.settings.forChannels(subject.channels()).text();
		String body = new String(text, StandardCharsets.UTF_8);
		String trailing = body.endsWith("\n") ? "\n" : "";
		String labelled = mark.prefix() + body.substring(0, body.length() - trailing.length()) + mark.suffix()
				+ trailing;
		byte[] bytes = labelled.getBytes(StandardCharsets.UTF_8);
		return new MarkedText(bytes, this.labels.sidecar(bytes, label(subject)));
	}

	@Override
	public byte[] file(byte[] file, MarkingSubject subject) {
		return this.labels.stamp(file, label(subject));
	}

	private AigcLabel label(MarkingSubject subject) {
		return AigcLabel.generated(this.trust.producer(), subject.assetId());
	}

	private static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new IllegalArgumentException("The rendered image cannot be decoded");
			}
			BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			rgb.createGraphics().drawImage(image, 0, 0, null);
			return rgb;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot decode a rendered image in memory", ex);
		}
	}

	private static byte[] encode(BufferedImage image, String mediaType) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			if ("image/jpeg".equals(mediaType)) {
				ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
					writer.setOutput(stream);
					writer.write(null, new IIOImage(image, null, null), param);
				}
				finally {
					writer.dispose();
				}
			}
			else if ("image/png".equals(mediaType)) {
				ImageIO.write(image, "png", out);
			}
			else {
				throw new IllegalArgumentException("Cannot mark a " + mediaType + " image: PNG and JPEG only");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode an image in memory", ex);
		}
		return out.toByteArray();
	}

}
