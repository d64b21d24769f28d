package io.aigcfactory.gateway.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.aigcfactory.glyphs.Glyphs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's string tables: Chinese and English name the same keys, and every key
 * the page and its modules name literally is in them.
 */
class DashboardStringsTests {

	static final Path DASHBOARD = Path.of("src/main/resources/static/dashboard");

	static final Pattern ENTRY = Pattern.compile("^\\t\\t'?([\\w.]+)'?: '", Pattern.MULTILINE);

	static final Pattern USE = Pattern.compile("\\bt\\('([\\w.]+)'\\)|data-i18n=\"([\\w.]+)\"");

	@Test
	void bothLanguagesNameTheSameKeys() throws IOException {
		String tables = Files.readString(DASHBOARD.resolve("i18n.js"));
		int chinese = tables.indexOf("\tzh: {");
		assertThat(chinese).isPositive();
		Set<String> english = keys(tables.substring(0, chinese));
		assertThat(english).hasSizeGreaterThan(50);
		assertThat(keys(tables.substring(chinese))).isEqualTo(english);
	}

	@Test
	void everyKeyInUseIsInTheTables() throws IOException {
		String tables = Files.readString(DASHBOARD.resolve("i18n.js"));
		Set<String> english = keys(tables.substring(0, tables.indexOf("\tzh: {")));
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(DASHBOARD)) {
			for (Path file : files
				.filter((path) -> path.toString().endsWith(".js") || path.toString().endsWith(".html"))
				.toList()) {
				Matcher use = USE.matcher(Files.readString(file));
				while (use.find()) {
					used.add((use.group(1) != null) ? use.group(1) : use.group(2));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(30);
		assertThat(english).containsAll(used);
	}

	/**
	 * The page falls back to the bundled Noto Sans SC subset where no installed font has
	 * Chinese, so the subset must hold every character of the Chinese table.
	 */
	@Test
	void theBundledFontDrawsEveryCharacterOfTheChineseTable() throws IOException {
		String tables = Files.readString(DASHBOARD.resolve("i18n.js"));
		Glyphs bundledOnly = new Glyphs(Glyphs.bundled().regular(), Glyphs.bundled().bold(), List::of);
		assertThat(Glyphs.describe(bundledOnly.undrawable(tables.substring(tables.indexOf("\tzh: {"))))).isEmpty();
	}

	private static Set<String> keys(String table) {
		Set<String> keys = new TreeSet<>();
		Matcher entry = ENTRY.matcher(table);
		while (entry.find()) {
			keys.add(entry.group(1));
		}
		return keys;
	}

}
