package io.aigcfactory.glyphs;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The fonts text is drawn with: the bundled Noto Sans CJK SC subset (regular and bold)
 * first, then, for the few characters it lacks, the installed fonts. A character is
 * drawable when the bundled font of both weights or one of the installed fonts has it;
 * white space and invisible format characters need no glyph.
 */
public final class Glyphs {

	private static final Set<String> LOGICAL_FAMILIES = Set.of("Dialog", "DialogInput", "Serif", "SansSerif",
			"Monospaced");

	private final Font regular;

	private final Font bold;

	private final Supplier<List<Font>> fallbacks;

	/**
	 * @param regular the font of regular text
	 * @param bold the font of bold text
	 * @param fallbacks the fonts to try, in order, for characters the first two lack
	 */
	public Glyphs(Font regular, Font bold, Supplier<List<Font>> fallbacks) {
		this.regular = regular;
		this.bold = bold;
		this.fallbacks = fallbacks;
	}

	/** The bundled fonts with the installed ones behind them, loaded once. */
	public static Glyphs bundled() {
		return Bundled.GLYPHS;
	}

	public Font regular() {
		return this.regular;
	}

	public Font bold() {
		return this.bold;
	}

	/** The fonts tried, in order, for characters the bundled ones lack. */
	public List<Font> fallbacks() {
		return this.fallbacks.get();
	}

	/**
	 * The characters of text, after {@linkplain #clean(String) cleaning}, that no font
	 * can draw in one of the two weights, each once, in order of appearance; empty when
	 * every one can.
	 */
	public List<Integer> undrawable(String text) {
		return clean(text).codePoints()
			.filter((codePoint) -> !drawable(codePoint, this.regular) || !drawable(codePoint, this.bold))
			.distinct()
			.boxed()
			.toList();
	}

	private boolean drawable(int codePoint, Font primary) {
		return primary.canDisplay(codePoint) || fallbacks().stream().anyMatch((font) -> font.canDisplay(codePoint));
	}

	/**
	 * Names code points as people read them, e.g. {@code 𠀀 (U+20000), 𪚥 (U+2A6A5)}.
	 */
	public static String describe(Collection<Integer> codePoints) {
		return codePoints.stream()
			.map((codePoint) -> Character.toString(codePoint) + " (U+"
					+ Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + ")")
			.collect(Collectors.joining(", "));
	}

	/**
	 * Collapses every run of white space into one space and drops invisible format
	 * characters (joiners, variation selectors): they have no glyph of their own.
	 */
	public static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		boolean space = false;
		for (int codePoint : text.codePoints().toArray()) {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				space = !clean.isEmpty();
			}
			else if (!invisible(codePoint)) {
				if (space) {
					clean.append(' ');
					space = false;
				}
				clean.appendCodePoint(codePoint);
			}
		}
		return clean.toString();
	}

	private static boolean invisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.FORMAT || type == Character.CONTROL || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
	}

	/**
	 * Loads a font from the classpath, e.g. {@code /fonts/NotoSansSC-Regular.otf}. The
	 * font is read from a file that this class, not the JDK, owns: the copy that
	 * {@link Font#createFont(int, InputStream)} makes is deleted by a JDK shutdown hook
	 * while a stopping service may still be drawing text, and a font whose file has gone
	 * can no longer draw a single character.
	 */
	public static Font load(String resource) {
		URL url = Glyphs.class.getResource(resource);
		if (url == null) {
			throw new IllegalStateException("Bundled font " + resource + " is missing from the classpath");
		}
		return load(resource, url);
	}

	static Font load(String resource, URL url) {
		try {
			Path file = "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : extracted(resource, url);
			return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bundled font " + resource, ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Bundled font " + resource + " is not a font", ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Bundled font " + resource + " has no usable location " + url, ex);
		}
	}

	/**
	 * Copies a font out of its jar once, to a file named for its content in this user's
	 * folder under the temporary directory, where later starts find it.
	 */
	private static Path extracted(String resource, URL url) throws IOException {
		byte[] bytes;
		try (InputStream in = url.openStream()) {
			bytes = in.readAllBytes();
		}
		String name = resource.substring(resource.lastIndexOf('/') + 1);
		Path folder = Path.of(System.getProperty("java.io.tmpdir"),
				"aigc-factory-fonts-" + System.getProperty("user.name", "user"));
		Path file = folder.resolve(sha256(bytes).substring(0, 16) + "-" + name);
		if (Files.isRegularFile(file) && Files.size(file) == bytes.length) {
			return file;
		}
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, ".font-", ".part");
		try {
			Files.write(partial, bytes);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		return file;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	/** Installed fonts, physical ones first, in a stable order so that output is too. */
	private static List<Font> installed() {
		return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
			.sorted(Comparator.comparing((Font font) -> LOGICAL_FAMILIES.contains(font.getFamily(Locale.ROOT)))
				.thenComparing((font) -> font.getFontName(Locale.ROOT)))
			.toList();
	}

	private static final class Bundled {

		static final Glyphs GLYPHS = new Glyphs(load("/fonts/NotoSansSC-Regular.otf"),
				load("/fonts/NotoSansSC-Bold.otf"), () -> Installed.FONTS);

	}

	/** Enumerating installed fonts takes a while, so it happens only when needed. */
	private static final class Installed {

		static final List<Font> FONTS = installed();

	}

}
