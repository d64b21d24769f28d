package io.aigcfactory.inspection.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;

import org.springframework.stereotype.Service;

/**
 * Checks that every file of an asset is stored, unaltered (its SHA-256 matches), and for
 * images is readable as an image of its declared size: a broken file must never reach a
 * channel.
 */
@Service
public class RenditionCheck {

	private final BlobStore blobs;

	RenditionCheck(BlobStore blobs) {
		this.blobs = blobs;
	}

	public List<Finding> check(List<Rendition> renditions) {
		List<Finding> findings = new ArrayList<>();
		for (Rendition rendition : renditions) {
			byte[] content;
			try {
				content = this.blobs.read(rendition.uri());
			}
			catch (BlobNotFound ex) {
				findings.add(finding("MISSING_FILE", "素材文件缺失", rendition));
				continue;
			}
			if (!ContentDigests.sha256(content).equals(rendition.sha256())) {
				findings.add(finding("CORRUPT_FILE", "素材文件内容与登记的摘要不符", rendition));
			}
			else if (rendition.mediaType().startsWith("image/") && !decodesAsDeclared(content, rendition)) {
				findings.add(finding("UNDECODABLE_IMAGE",
						"图片无法解码或尺寸不是 %d×%d".formatted(rendition.width(), rendition.height()), rendition));
			}
		}
		return findings;
	}

	/**
	 * Reads the image's header with a reader for its format. The digest already proved
	 * the bytes are the ones production wrote, so decoding every pixel again would add
	 * nothing but time.
	 */
	private static boolean decodesAsDeclared(byte[] content, Rendition rendition) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return reader.getWidth(0) == rendition.width() && reader.getHeight(0) == rendition.height();
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static Finding finding(String code, String detail, Rendition rendition) {
		return new Finding(Finding.Stage.QUALITY, code, detail, rendition.name());
	}

}
