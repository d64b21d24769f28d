package io.aigcfactory.creative.brand;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.aigcfactory.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Accepts a logo only if it is a PNG that really decodes: the signature, then the size
 * its header declares (checked before any pixel is decoded, so a small file cannot claim
 * a huge image), then the whole image.
 */
final class LogoCheck {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final BrandSettings settings;

	LogoCheck(BrandSettings settings) {
		this.settings = settings;
	}

	/**
	 * The decoded logo.
	 * @param field the request field the bytes came in, as problems name it
	 * @throws InvalidInput when the bytes are no PNG, too large, or do not decode
	 */
	BufferedImage check(String field, byte @Nullable [] png) {
		if (png == null || png.length == 0) {
			throw InvalidInput.of(field, "is missing: send the logo as an image/png body or a multipart part 'file'");
		}
		if (png.length > this.settings.maxLogoSize().toBytes()) {
			throw InvalidInput.of(field, "is larger than " + this.settings.maxLogoSize().toKilobytes() + " KB");
		}
		if (png.length < 33 || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
			throw InvalidInput.of(field, "is not a PNG file (its signature is missing)");
		}
		ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
		long width = Integer.toUnsignedLong(header.getInt());
		long height = Integer.toUnsignedLong(header.getInt());
		int side = this.settings.maxLogoSide();
		if (width == 0 || height == 0 || width > side || height > side) {
			throw InvalidInput.of(field,
					"is " + width + "×" + height + " pixels; a logo is 1 to " + side + " pixels on each side");
		}
		BufferedImage image = decode(png);
		if (image == null) {
			throw InvalidInput.of(field, "is not a decodable PNG");
		}
		return image;
	}

	private static @Nullable BufferedImage decode(byte[] png) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
			if (input == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
