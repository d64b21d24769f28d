package io.aigcfactory.inspection.quality;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RenditionCheckTests {

	@TempDir
	Path root;

	@Test
	void passesIntactFilesOfTheDeclaredSize() throws IOException {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		assertThat(new RenditionCheck(blobs).check(List.of(image(blobs, "a.png", png(800, 800), 800, 800)))).isEmpty();
	}

	@Test
	void flagsAnImageOfAnotherSizeOrNoImageAtAll() throws IOException {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		List<Finding> findings = new RenditionCheck(blobs).check(List.of(image(blobs, "a.png", png(640, 800), 800, 800),
				image(blobs, "b.png", "not a png".getBytes(), 800, 800)));
		assertThat(findings).extracting(Finding::code).containsExactly("UNDECODABLE_IMAGE", "UNDECODABLE_IMAGE");
		assertThat(findings).extracting(Finding::evidence).containsExactly("a.png", "b.png");
	}

	@Test
	void flagsMissingAndAlteredFiles() throws IOException {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		Rendition intact = image(blobs, "a.png", png(10, 10), 10, 10);
		Rendition altered = new Rendition(RenditionKind.MAIN_IMAGE, "a.png", intact.uri(), "image/png", 10, 10,
				intact.bytes(), "0".repeat(64));
		Rendition missing = new Rendition(RenditionKind.COPY, "copy.txt", "blob:nowhere/copy.txt", "text/plain", 0, 0,
				1, "0".repeat(64));
		assertThat(new RenditionCheck(blobs).check(List.of(altered, missing))).extracting(Finding::code)
			.containsExactly("CORRUPT_FILE", "MISSING_FILE");
	}

	@Test
	void checksAVideosFrameSizeAndDurationFromItsBoxes() {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		byte[] mp4 = mp4(720, 1280, 15_040);
		List<Finding> findings = new RenditionCheck(blobs).check(List.of(video(blobs, "a.mp4", mp4, 720, 1280, 15_000),
				video(blobs, "b.mp4", mp4, 1080, 1920, 15_000), video(blobs, "c.mp4", mp4, 720, 1280, 12_000),
				video(blobs, "d.mp4", "not a video".getBytes(StandardCharsets.UTF_8), 720, 1280, 15_000)));
		assertThat(findings).extracting(Finding::evidence).containsExactly("b.mp4", "c.mp4", "d.mp4");
		assertThat(findings).extracting(Finding::code).containsOnly("UNDECODABLE_VIDEO");
	}

	@Test
	void passesAWellFormedPageAndFlagsABrokenOne() {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		String good = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>详情</title></head>"
				+ "<body><section><table><tbody><tr><th>品牌</th><td>暖暖</td></tr></tbody></table></section></body></html>";
		String broken = "<!DOCTYPE html><html><head><title>详情</title></head><body><table><tr><td>暖暖</div></td>"
				+ "</tr></table></body></html>";
		List<Finding> findings = new RenditionCheck(blobs)
			.check(List.of(page(blobs, "detail-750.html", good), page(blobs, "broken.html", broken)));
		assertThat(findings).extracting(Finding::code).containsExactly("MALFORMED_HTML");
		assertThat(findings).extracting(Finding::evidence).containsExactly("broken.html");
	}

	private static Rendition video(FilesystemBlobStore blobs, String name, byte[] content, int width, int height,
			long durationMillis) {
		StoredBlob blob = blobs.put("assets/x/" + name, content, "video/mp4");
		return new Rendition(RenditionKind.VIDEO, name, blob.uri(), "video/mp4", width, height, blob.bytes(),
				blob.sha256(), durationMillis, List.of("douyin"));
	}

	private static Rendition page(FilesystemBlobStore blobs, String name, String html) {
		StoredBlob blob = blobs.put("assets/x/" + name, html.getBytes(StandardCharsets.UTF_8), "text/html");
		return new Rendition(RenditionKind.DETAIL_PAGE, name, blob.uri(), "text/html;charset=UTF-8", 750, 0,
				blob.bytes(), blob.sha256());
	}

	/**
	 * The boxes of an MP4 header as ISO/IEC 14496-12 lays them out: ftyp, moov(mvhd,
	 * trak(tkhd)).
	 */
	private static byte[] mp4(int width, int height, long durationMillis) {
		ByteBuffer mvhd = ByteBuffer.allocate(100);
		mvhd.putInt(0).putInt(0).putInt(0).putInt(1000).putInt((int) durationMillis);
		ByteBuffer tkhd = ByteBuffer.allocate(84);
		tkhd.putInt(0).putInt(0).putInt(0).putInt(1).putInt(0).putInt((int) durationMillis);
		tkhd.position(76);
		tkhd.putInt(width << 16).putInt(height << 16);
		byte[] trak = box("trak", box("tkhd", tkhd.array()));
		byte[] audio = box("trak", box("tkhd", new byte[84]));
		byte[] moov = box("moov", concat(box("mvhd", mvhd.array()), concat(audio, trak)));
		return concat(box("ftyp", "isomiso2avc1mp41".getBytes(StandardCharsets.US_ASCII)), moov);
	}

	private static byte[] box(String type, byte[] payload) {
		return ByteBuffer.allocate(8 + payload.length)
			.putInt(8 + payload.length)
			.put(type.getBytes(StandardCharsets.US_ASCII))
			.put(payload)
			.array();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
	}

	private static Rendition image(FilesystemBlobStore blobs, String name, byte[] content, int width, int height) {
		StoredBlob blob = blobs.put("assets/x/" + name, content, "image/png");
		return new Rendition(RenditionKind.MAIN_IMAGE, name, blob.uri(), "image/png", width, height, blob.bytes(),
				blob.sha256());
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
