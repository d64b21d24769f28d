package io.aigcfactory.test.images;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** What platforms do to an image on its way: re-encode, resize, crop, brighten. */
public final class ImageAttacks {

	private ImageAttacks() {
	}

	/** Re-encoded as a JPEG of this quality (0-1) and decoded again. */
	public static BufferedImage jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(quality);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		try {
			return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Resized by this factor with area averaging. */
	public static BufferedImage scaled(BufferedImage image, double factor) {
		int width = (int) Math.round(image.getWidth() * factor);
		int height = (int) Math.round(image.getHeight() * factor);
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		out.createGraphics().drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
		return out;
	}

	/**
	 * This fraction of the width and of the height cut away, a third of it from the left
	 * and top, the rest from the right and bottom.
	 */
	public static BufferedImage cropped(BufferedImage image, double fraction) {
		int width = (int) Math.round(image.getWidth() * (1 - fraction));
		int height = (int) Math.round(image.getHeight() * (1 - fraction));
		int left = (image.getWidth() - width) / 3;
		int top = (image.getHeight() - height) / 3;
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		out.createGraphics().drawImage(image, -left, -top, null);
		return out;
	}

	/** Every channel multiplied by this factor, clipped at 255. */
	public static BufferedImage brightened(BufferedImage image, double factor) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
		for (int i = 0; i < rgb.length; i++) {
			int r = (int) Math.min(255, Math.round(((rgb[i] >> 16) & 0xFF) * factor));
			int g = (int) Math.min(255, Math.round(((rgb[i] >> 8) & 0xFF) * factor));
			int b = (int) Math.min(255, Math.round((rgb[i] & 0xFF) * factor));
			rgb[i] = (r << 16) | (g << 8) | b;
		}
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		out.setRGB(0, 0, width, height, rgb, 0, width);
		return out;
	}

}
