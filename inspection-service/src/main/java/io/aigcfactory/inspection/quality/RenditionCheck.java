package io.aigcfactory.inspection.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import org.springframework.stereotype.Service;

/**
 * Checks that every file of an asset is stored, unaltered (its SHA-256 matches), for
 * images (PNG, JPEG, WebP) readable as an image of its declared size, for MP4 videos of
 * their declared frame size and duration, and for HTML pages well-formed: a broken file
 * must never reach a channel.
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
			else if (rendition.mediaType().startsWith("video/mp4") && !playsAsDeclared(content, rendition)) {
				findings.add(finding("UNDECODABLE_VIDEO", "视频无法解析，或尺寸不是 %d×%d、时长不是 %d 毫秒".formatted(rendition.width(),
						rendition.height(), rendition.durationMillis()), rendition));
			}
			else if (rendition.mediaType().startsWith("text/html") && !wellFormed(content)) {
				findings.add(finding("MALFORMED_HTML", "详情页 HTML 结构不完整", rendition));
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

	/**
	 * Reads the MP4's boxes: the frame size must be the declared one and the duration
	 * within half a second of it (encoders round the last frame and audio packet).
	 */
	private static boolean playsAsDeclared(byte[] content, Rendition rendition) {
		return Mp4Header.read(content)
			.filter((header) -> header.width() == rendition.width() && header.height() == rendition.height())
			.filter((header) -> Math.abs(header.durationMillis() - rendition.durationMillis()) <= 500)
			.isPresent();
	}

	/** Parses the page as HTML5 and accepts it only without a single parse error. */
	private static boolean wellFormed(byte[] content) {
		Parser parser = Parser.htmlParser().setTrackErrors(1);
		Document page = Jsoup.parse(new String(content, StandardCharsets.UTF_8), "", parser);
		return parser.getErrors().isEmpty() && page.body() != null && !page.title().isBlank();
	}

	private static Finding finding(String code, String detail, Rendition rendition) {
		return new Finding(Finding.Stage.QUALITY, code, detail, rendition.name());
	}

}
