package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;

/**
 * The one place a drawn image becomes a file: PNG, or JPEG at the highest quality that
 * keeps within the byte limit. Every image rendition passes through here, so a step that
 * must touch every encoded image belongs here.
 */
public final class ImageEncoding {

	/** JPEG qualities tried in turn until the file is small enough. */
	private static final float[] QUALITIES = { 0.92f, 0.85f, 0.75f, 0.6f };

	private ImageEncoding() {
	}

	/** Encodes an image as PNG, whatever its size. */
	public static RenderedImage png(DrawnImage image) {
		return encode(image, ImageFormat.PNG, Long.MAX_VALUE);
	}

	/**
	 * Encodes an image.
	 * @param image the drawn image
	 * @param format the format
	 * @param maxBytes the largest file allowed
	 * @return the file
	 * @throws OversizeImage when no quality brings it within {@code maxBytes}
	 */
	public static RenderedImage encode(DrawnImage image, ImageFormat format, long maxBytes) {
		return RenderedImage.of(image, format, encode(image.pixels(), format, maxBytes, UnaryOperator.identity()));
	}

	/**
	 * Encodes pixels as {@link #encode(DrawnImage, ImageFormat, long)} does, each JPEG
	 * quality's file finished (labelled) before its size is checked, so the finished file
	 * keeps within the limit.
	 * @param finish what is done to the encoded file, e.g. writing its label
	 * @throws OversizeImage when no quality brings the finished file within
	 * {@code maxBytes}
	 */
	public static byte[] encode(BufferedImage pixels, ImageFormat format, long maxBytes, UnaryOperator<byte[]> finish) {
		byte[] bytes = switch (format) {
			case PNG -> finish.apply(png(pixels));
			case JPEG -> smallestJpeg(pixels, maxBytes, finish);
		};
		if (bytes.length > maxBytes) {
			throw new OversizeImage("%s %d×%d is %d bytes, over the limit of %d".formatted(format, pixels.getWidth(),
					pixels.getHeight(), bytes.length, maxBytes));
		}
		return bytes;
	}

	private static byte[] smallestJpeg(BufferedImage pixels, long maxBytes, UnaryOperator<byte[]> finish) {
		byte[] bytes = new byte[0];
		for (float quality : QUALITIES) {
			bytes = finish.apply(jpeg(pixels, quality));
			if (bytes.length <= maxBytes) {
				break;
			}
		}
		return bytes;
	}

	private static byte[] png(BufferedImage pixels) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			ImageIO.write(pixels, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode a PNG in memory", ex);
		}
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage pixels, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(rgb(pixels), null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode a JPEG in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** JPEG has no alpha: images are flattened to RGB first. */
	private static BufferedImage rgb(BufferedImage pixels) {
		if (pixels.getType() == BufferedImage.TYPE_INT_RGB) {
			return pixels;
		}
		BufferedImage rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.createGraphics().drawImage(pixels, 0, 0, java.awt.Color.WHITE, null);
		return rgb;
	}

}
