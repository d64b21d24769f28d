package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductPhotosTests {

	@TempDir
	Path root;

	@Test
	void preparesTheFirstPhotoOnceAndThenServesItFromMemory() throws IOException {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(PhotoCutoutTests.onBackground(java.awt.Color.WHITE, 0), "png", png);
		String first = blobs.put("media/default/a", png.toByteArray(), "image/png").uri();
		ProductPhotos photos = new ProductPhotos(blobs);
		BufferedImage prepared = photos.mainPhoto(List.of(first, "blob:media/default/missing"));
		assertThat(prepared).isNotNull();
		assertThat(prepared.getRGB(0, 0) >>> 24).isZero();
		assertThat(photos.mainPhoto(List.of(first))).isSameAs(prepared);
		assertThat(photos.mainPhoto(List.of())).isNull();
	}

	@Test
	void decodesWebp() {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		String webp = blobs.put("media/default/w",
				java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="), "image/webp")
			.uri();
		assertThat(new ProductPhotos(blobs).mainPhoto(List.of(webp))).isNotNull();
	}

	@Test
	void failsClearlyOnAMissingOrBrokenPhoto() {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root);
		String broken = blobs.put("media/default/b", new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 }, "image/png")
			.uri();
		ProductPhotos photos = new ProductPhotos(blobs);
		assertThatExceptionOfType(UnusablePhoto.class)
			.isThrownBy(() -> photos.mainPhoto(List.of("blob:media/default/gone")))
			.withMessageContaining("blob:media/default/gone");
		assertThatExceptionOfType(UnusablePhoto.class).isThrownBy(() -> photos.mainPhoto(List.of(broken)))
			.withMessageContaining(broken);
	}

}
