package io.aigcfactory.inspection.quality;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
