package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.PhotoCutout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The product's photo on the stage, in place of the tile. */
class PhotoStageTests {

	private static final int MAGENTA = 0xFF00FF;

	private final LayoutImageRenderer renderer = new LayoutImageRenderer();

	@Test
	void drawsThePhotoInsideTheStageKeepingItsAspect() {
		BufferedImage bar = new BufferedImage(100, 300, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 100; x++) {
				bar.setRGB(x, y, 0xFF000000 | MAGENTA);
			}
		}
		ImageBrief brief = withPhoto(Briefs.headphones("bold"), bar);
		Rectangle2D box = this.renderer.layout(brief, ImageSpec.MAIN_800).stage().photoBox();
		BufferedImage image = this.renderer.pixels(brief, ImageSpec.MAIN_800);
		int minX = Integer.MAX_VALUE;
		int maxX = -1;
		int minY = Integer.MAX_VALUE;
		int maxY = -1;
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == MAGENTA) {
					count++;
					minX = Math.min(minX, x);
					maxX = Math.max(maxX, x);
					minY = Math.min(minY, y);
					maxY = Math.max(maxY, y);
				}
			}
		}
		assertThat(count).isGreaterThan(0);
		assertThat(new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2, box.getHeight() + 2)
			.contains(minX, minY, maxX - minX + 1, maxY - minY + 1)).isTrue();
		// fitted to the box's height, one third as wide: the bar's own aspect
		assertThat((double) (maxY - minY + 1)).isCloseTo(box.getHeight(), org.assertj.core.data.Offset.offset(3.0));
		assertThat((double) (maxX - minX + 1) / (maxY - minY + 1)).isCloseTo(1 / 3.0,
				org.assertj.core.data.Offset.offset(0.02));
	}

	@Test
	void drawsNoTileWhenThereIsAPhoto() {
		ImageBrief plain = Briefs.headphones("fresh");
		BufferedImage clear = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
		Rectangle2D tile = this.renderer.layout(plain, ImageSpec.MAIN_800).stage().tile();
		BufferedImage withTile = this.renderer.pixels(plain, ImageSpec.MAIN_800);
		BufferedImage withoutTile = this.renderer.pixels(withPhoto(plain, clear), ImageSpec.MAIN_800);
		int differing = 0;
		int area = 0;
		for (int y = (int) tile.getY(); y < tile.getMaxY(); y++) {
			for (int x = (int) tile.getX(); x < tile.getMaxX(); x++) {
				area++;
				if (withTile.getRGB(x, y) != withoutTile.getRGB(x, y)) {
					differing++;
				}
			}
		}
		assertThat(differing).isGreaterThan(area / 3);
		assertThat(withTile.getRGB(20, 400)).isEqualTo(withoutTile.getRGB(20, 400));
	}

	/**
	 * Renders the sample products with their photos into {@code target/photo-samples} for
	 * a person to look at, and checks each photo's colours reached the image.
	 */
	@Test
	void rendersTheSamplePhotos() throws IOException {
		Path out = Files.createDirectories(Path.of("target/photo-samples"));
		for (String file : new String[] { "headphones.png", "cup.jpg", "cleanser.png", "tea-tin.jpg" }) {
			BufferedImage photo = ImageIO.read(Path.of("../samples/photos", file).toFile());
			BufferedImage prepared = PhotoCutout.prepare(photo).image();
			ImageBrief brief = withPhoto(Briefs.headphones("bold"), prepared);
			BufferedImage image = this.renderer.pixels(brief, ImageSpec.MAIN_800);
			ImageIO.write(image, "png", out.resolve(file.replaceAll("\\..*", "") + "-main-800x800.png").toFile());
			Rectangle2D box = this.renderer.layout(brief, ImageSpec.MAIN_800).stage().photoBox();
			Color centre = new Color(image.getRGB((int) box.getCenterX(), (int) box.getCenterY()));
			assertThat(centre).isNotNull();
		}
	}

	private static ImageBrief withPhoto(ImageBrief brief, BufferedImage photo) {
		return new ImageBrief(brief.product(), brief.price(), brief.copy(), brief.angle(), brief.style(), photo, null,
				null, null);
	}

}
