package io.aigcfactory.trust.watermark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * An image's pixels as packed ARGB, the values {@link BufferedImage#getRGB} gives, read
 * from the raster where the image stores packed integers or 3-byte BGR (what ImageIO
 * decodes an RGB PNG or JPEG to), rather than pixel by pixel through its colour model;
 * and written back the same way.
 */
public final class Pixels {

	private Pixels() {
	}

	/** Every pixel as ARGB, row-major; opaque where the image has no alpha. */
	public static int[] argb(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int type = image.getType();
		if (type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_RGB) {
			int[] pixels = (int[]) image.getRaster().getDataElements(0, 0, width, height, null);
			if (type == BufferedImage.TYPE_INT_RGB) {
				for (int i = 0; i < pixels.length; i++) {
					pixels[i] |= 0xFF000000;
				}
			}
			return pixels;
		}
		if (type == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
				&& buffer.getData().length == 3 * width * height) {
			byte[] bgr = buffer.getData();
			int[] pixels = new int[width * height];
			for (int i = 0, c = 0; i < pixels.length; i++, c += 3) {
				pixels[i] = 0xFF000000 | ((bgr[c + 2] & 0xFF) << 16) | ((bgr[c + 1] & 0xFF) << 8) | (bgr[c] & 0xFF);
			}
			return pixels;
		}
		return image.getRGB(0, 0, width, height, null, 0, width);
	}

	/** A new opaque RGB image of these pixels (their alpha ignored). */
	static BufferedImage rgbImage(int[] argb, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < rgb.length; i++) {
			rgb[i] = argb[i] & 0xFFFFFF;
		}
		return image;
	}

}
