package io.aigcfactory.production.image.local;

import java.awt.geom.Rectangle2D;
import java.util.List;

import io.aigcfactory.events.Copy;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.local.Layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutTests {

	/** Anti-aliasing and float geometry: a hundredth of a pixel is not an overlap. */
	private static final double TOLERANCE = 0.01;

	private final LayoutImageRenderer renderer = new LayoutImageRenderer();

	@ParameterizedTest
	@CsvSource({ "800, 800", "750, 1000", "1280, 720", "400, 400", "1080, 1920", "1200, 600" })
	void overlongCopyStaysInsideItsRegions(int width, int height) {
		assertFits(this.renderer.layout(Briefs.overlong(), new ImageSpec("test", width, height)));
	}

	@ParameterizedTest
	@CsvSource({ "800, 800", "750, 1000", "1280, 720" })
	void realisticCopyStaysInsideItsRegions(int width, int height) {
		assertFits(this.renderer.layout(Briefs.tea(), new ImageSpec("test", width, height)));
		assertFits(this.renderer.layout(Briefs.headphones("bold"), new ImageSpec("test", width, height)));
	}

	@Test
	void realisticCopyIsShownWhole() {
		Layout layout = this.renderer.layout(Briefs.tea(), ImageSpec.MAIN_800);

		assertThat(shown(layout.headline())).isEqualTo("一口春天的鲜爽");
		assertThat(layout.subline()).isNotNull();
		assertThat(shown(layout.subline())).isEqualTo("明前头采，豆香浓郁，送礼自饮两相宜。");
		assertThat(layout.highlights()).extracting((badge) -> shown(badge.label()))
			.containsExactly("明前头采", "独立小包装", "礼盒装");
		assertThat(shown(layout.deal().action().label())).isEqualTo("马上品鉴");
		assertThat(layout.deal().price()).extracting((part) -> part.text().text()).containsExactly("¥", "168", ".90");
		assertThat(shown(layout.header().brand())).isEqualTo("山间茶舍");
		assertThat(layout.header().tag()).isNotNull();
		assertThat(shown(layout.header().tag().label())).isEqualTo("茶叶");
		assertThat(layout.stage().glyph().text().text()).isEqualTo("茶");
	}

	@ParameterizedTest
	@CsvSource({ "800, 800", "750, 1000" })
	void withoutHighlightsTheStageTakesTheirRoom(int width, int height) {
		ImageSpec spec = new ImageSpec("test", width, height);
		ImageBrief brief = Briefs.bare();
		ImageBrief highlighted = new ImageBrief(brief.product(), brief.price(), new Copy(brief.copy().headline(),
				brief.copy().body(), brief.copy().callToAction(), List.of("磁吸即充", "薄至1.6厘米", "自带支架")), brief.angle(),
				brief.style());

		Layout bare = this.renderer.layout(brief, spec);

		assertFits(bare);
		assertThat(bare.highlights()).isEmpty();
		assertThat(shown(bare.header().initial())).isEqualTo("A");
		assertThat(bare.stage().box().getWidth()).isEqualTo(bare.deal().box().getWidth());
		assertThat(this.renderer.layout(highlighted, spec).stage().box().getWidth())
			.isLessThan(bare.stage().box().getWidth());
	}

	@Test
	void aLongerHeadlineIsSetSmaller() {
		TextBlock terse = this.renderer.layout(Briefs.withHeadline("安静"), ImageSpec.MAIN_800).headline();
		TextBlock wordy = this.renderer.layout(Briefs.withHeadline("降噪黑科技让每一次通勤都安静下来，地铁公交都能好好听歌"), ImageSpec.MAIN_800)
			.headline();

		assertThat(wordy.size()).isLessThan(terse.size());
		assertThat(wordy.lines()).hasSizeGreaterThan(1);
	}

	@Test
	void overlongCopyIsCutOrLeftOutButThePriceIsWhole() {
		Layout layout = this.renderer.layout(Briefs.overlong(), ImageSpec.MAIN_800);

		assertThat(layout.headline().lines()).hasSizeLessThanOrEqualTo(3);
		assertThat(layout.subline()).isNull();
		assertThat(layout.highlights()).hasSizeBetween(1, Content.MAX_HIGHLIGHTS);
		assertThat(layout.deal().action().label().lines()).singleElement()
			.satisfies((line) -> assertThat(line.ellipsis()).isTrue());
		assertThat(layout.deal().price()).extracting((part) -> part.text().text()).containsExactly("¥", "12999", ".99");
	}

	private static void assertFits(Layout layout) {
		List<Region> regions = layout.regions();
		for (Region region : regions) {
			assertThat(inside(region.box(), layout.canvas())).as("%s inside the canvas", region.name()).isTrue();
			for (TextBlock text : region.texts()) {
				assertThat(inside(text.bounds(), region.box())).as("text '%s' inside %s", text.text(), region.name())
					.isTrue();
				assertThat(text.lines()).allSatisfy((line) -> assertThat(line.width()).as("a line of '%s'", text.text())
					.isLessThanOrEqualTo(text.width() + (float) TOLERANCE));
			}
		}
		Layout.Stage stage = layout.stage();
		for (Rectangle2D drawn : List.of(stage.ring().getBounds2D(), stage.podiumShadow().getBounds2D(),
				stage.podiumSide().getBounds2D(), stage.tile())) {
			assertThat(inside(drawn, stage.box())).as("%s inside the stage %s", drawn, stage.box()).isTrue();
		}
		for (int one = 0; one < regions.size(); one++) {
			for (int other = one + 1; other < regions.size(); other++) {
				Rectangle2D overlap = regions.get(one).box().createIntersection(regions.get(other).box());
				assertThat(overlap.isEmpty() || overlap.getWidth() < TOLERANCE || overlap.getHeight() < TOLERANCE)
					.as("%s overlaps %s", regions.get(one).name(), regions.get(other).name())
					.isTrue();
			}
		}
	}

	private static boolean inside(Rectangle2D inner, Rectangle2D outer) {
		return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
				&& inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
	}

	/** The text a block shows, its lines joined. */
	private static String shown(TextBlock block) {
		StringBuilder shown = new StringBuilder();
		for (Line line : block.lines()) {
			shown.append(block.text().text(), line.start(), line.end());
		}
		return shown.toString();
	}

}
