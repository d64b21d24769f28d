package io.aigcfactory.creative.media;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoCheckTests {

	private final PhotoCheck check = new PhotoCheck(20 * 1024 * 1024, 40_000_000);

	@Test
	void readsFormatAndSizeOfPngAndJpeg() {
		assertThat(this.check.check(TestPhotos.png(64, 48))).isEqualTo(new PhotoFacts(ImageFormat.PNG, 64, 48));
		assertThat(this.check.check(TestPhotos.jpeg(40, 30))).isEqualTo(new PhotoFacts(ImageFormat.JPEG, 40, 30));
	}

	@Test
	void refusesAHeaderOverFortyMegapixelsWithoutDecoding() {
		byte[] lie = TestPhotos.pngHeaderOnly(8000, 5001);
		assertThat(lie).hasSizeLessThan(64);
		assertThatExceptionOfType(UnacceptablePhoto.class).isThrownBy(() -> this.check.check(lie))
			.withMessageContaining("8000×5001")
			.withMessageContaining("more than the 40000000");
	}

	@Test
	void aHeaderWithinTheCapButNoPixelsIsUndecodable() {
		assertThatExceptionOfType(UnacceptablePhoto.class)
			.isThrownBy(() -> this.check.check(TestPhotos.pngHeaderOnly(100, 100)))
			.withMessageContaining("cannot be decoded");
	}

	@Test
	void refusesWhatIsNotAPhotoByItsFirstBytes() {
		byte[] gif = "GIF89a\1\0\1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		assertThatExceptionOfType(UnacceptablePhoto.class).isThrownBy(() -> this.check.check(gif))
			.withMessage("is not a PNG, JPEG or WebP image");
		byte[] html = "<html>photo</html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		assertThatExceptionOfType(UnacceptablePhoto.class).isThrownBy(() -> this.check.check(html));
	}

	@Test
	void refusesATruncatedJpeg() {
		byte[] jpeg = TestPhotos.jpeg(200, 200);
		byte[] truncated = Arrays.copyOf(jpeg, 40);
		assertThatExceptionOfType(UnacceptablePhoto.class).isThrownBy(() -> this.check.check(truncated));
	}

	@Test
	void refusesAFileOverTheByteLimit() {
		PhotoCheck small = new PhotoCheck(100, 40_000_000);
		assertThatExceptionOfType(UnacceptablePhoto.class).isThrownBy(() -> small.check(TestPhotos.png(64, 64)))
			.withMessageContaining("larger than 100 bytes");
	}

	@Test
	void readsAWebpThroughTheTwelveMonkeysReader() {
		byte[] webp = java.util.Base64.getDecoder().decode(TestPhotos.WEBP_1X1);
		assertThat(ImageFormat.sniff(webp)).contains(ImageFormat.WEBP);
		assertThat(this.check.check(webp)).isEqualTo(new PhotoFacts(ImageFormat.WEBP, 1, 1));
	}

}
