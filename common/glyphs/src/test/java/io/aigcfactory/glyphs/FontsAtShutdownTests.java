package io.aigcfactory.glyphs;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stopping service still draws the text of its last records, so the bundled fonts must
 * keep working while the JVM runs its shutdown hooks, and fonts served from a jar are
 * read from a file of their own.
 */
class FontsAtShutdownTests {

	@TempDir
	Path folder;

	@Test
	void theBundledFontsStillDrawChineseWhileTheJvmShutsDown() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp",
				System.getProperty("java.class.path"), DrawsAtShutdown.class.getName())
			.redirectErrorStream(true)
			.start();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(output).as(output).contains("undrawable=[] inked=true");
	}

	@Test
	void aFontInAJarIsReadFromAFileNamedForItsContent() throws IOException {
		Path jar = this.folder.resolve("fonts.jar");
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream entries = new JarOutputStream(out);
				InputStream font = Glyphs.class.getResourceAsStream("/fonts/NotoSansSC-Regular.otf")) {
			entries.putNextEntry(new JarEntry("fonts/NotoSansSC-Regular.otf"));
			font.transferTo(entries);
		}
		URI inJar = URI.create("jar:" + jar.toUri() + "!/fonts/NotoSansSC-Regular.otf");

		Font first = Glyphs.load("/fonts/NotoSansSC-Regular.otf", inJar.toURL());
		Font second = Glyphs.load("/fonts/NotoSansSC-Regular.otf", inJar.toURL());

		assertThat(first.canDisplay('加')).isTrue();
		assertThat(second.getFontName()).isEqualTo(first.getFontName());
		Path extracted = Path.of(System.getProperty("java.io.tmpdir"),
				"aigc-factory-fonts-" + System.getProperty("user.name"));
		try (var files = Files.list(extracted)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.filteredOn((name) -> name.endsWith("-NotoSansSC-Regular.otf"))
				.singleElement()
				.satisfies((name) -> assertThat(name).matches("[0-9a-f]{16}-NotoSansSC-Regular.otf"));
		}
	}

	/** Loads the fonts, then draws with them from a shutdown hook. */
	static final class DrawsAtShutdown {

		public static void main(String[] args) {
			Glyphs glyphs = Glyphs.bundled();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					// Let the JDK's own hooks (which close and delete font copies) run
					// first.
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				String text = "加入日常";
				List<Integer> undrawable = glyphs.undrawable(text);
				BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
				Graphics2D graphics = image.createGraphics();
				graphics.setFont(glyphs.regular().deriveFont(40f));
				graphics.drawString(text, 5, 45);
				graphics.dispose();
				boolean inked = false;
				for (int x = 0; x < image.getWidth() && !inked; x++) {
					for (int y = 0; y < image.getHeight() && !inked; y++) {
						inked = image.getRGB(x, y) != 0xFF000000;
					}
				}
				System.out.println("undrawable=" + undrawable + " inked=" + inked);
			}));
			System.exit(0);
		}

	}

}
