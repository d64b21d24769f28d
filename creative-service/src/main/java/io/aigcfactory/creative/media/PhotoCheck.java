package io.aigcfactory.creative.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Tells whether bytes are a photo the service keeps: a PNG, JPEG or WebP by its
 * signature, within the size limit, at most the allowed pixels by its header, and
 * decodable. The header is read before any pixel is decoded, so a small file that claims
 * a huge picture costs nothing; the decode that proves the file intact reads every pixel
 * but keeps only a sample of them.
 */
public final class PhotoCheck {

	/** About how many pixels the proving decode keeps. */
	private static final long SAMPLE_PIXELS = 512 * 512;

	private final long maxBytes;

	private final long maxPixels;

	public PhotoCheck(long maxBytes, long maxPixels) {
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
	}

	public static PhotoCheck of(MediaSettings settings) {
		return new PhotoCheck(settings.maxBytes().toBytes(), settings.maxPixels());
	}

	/**
	 * @throws UnacceptablePhoto saying what is wrong with it
	 */
	public PhotoFacts check(byte[] content) {
		if (content.length == 0) {
			throw new UnacceptablePhoto("is empty");
		}
		if (content.length > this.maxBytes) {
			throw new UnacceptablePhoto("is larger than " + this.maxBytes + " bytes");
		}
		ImageFormat format = ImageFormat.sniff(content)
			.orElseThrow(() -> new UnacceptablePhoto("is not a PNG, JPEG or WebP image"));
		ImageReader reader = reader(format);
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw new UnacceptablePhoto("has no pixels");
			}
			if ((long) width * height > this.maxPixels) {
				throw new UnacceptablePhoto(
						"has " + width + "×" + height + " pixels, more than the " + this.maxPixels + " allowed");
			}
			prove(reader, width, height);
			return new PhotoFacts(format, width, height);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnacceptablePhoto unacceptable) {
				throw unacceptable;
			}
			throw new UnacceptablePhoto("cannot be decoded as " + format.name() + ": " + ex.getMessage(), ex);
		}
		finally {
			reader.dispose();
		}
	}

	private static void prove(ImageReader reader, int width, int height) throws IOException {
		ImageReadParam param = reader.getDefaultReadParam();
		int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / SAMPLE_PIXELS)));
		param.setSourceSubsampling(step, step, 0, 0);
		BufferedImage sample = reader.read(0, param);
		if (sample == null) {
			throw new UnacceptablePhoto("cannot be decoded");
		}
	}

	private static ImageReader reader(ImageFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format + " on the classpath");
		}
		return readers.next();
	}

}
