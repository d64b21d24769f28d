package io.aigcfactory.trust.watermark;

import java.awt.image.BufferedImage;

/**
 * An image's pixels as packed ARGB, the values {@link BufferedImage#getRGB} gives, read
 * row by row from the raster where the image stores packed integers, rather than pixel by
 * pixel through its colour model; and written back the same way.
 */
final class Pixels {

	private Pixels() {
	}

	/** Every pixel as ARGB, row-major; opaque where the image has no alpha. */
	static int[] argb(BufferedImage image) {
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
		return image.getRGB(0, 0, width, height, null, 0, width);
	}

	/** A new opaque RGB image of these pixels (their alpha ignored). */
	static BufferedImage rgbImage(int[] argb, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] rgb = new int[argb.length];
		for (int i = 0; i < rgb.length; i++) {
			rgb[i] = argb[i] & 0xFFFFFF;
		}
		image.getRaster().setDataElements(0, 0, width, height, rgb);
		return image;
	}

}
