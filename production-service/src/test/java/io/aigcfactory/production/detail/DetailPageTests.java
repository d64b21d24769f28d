package io.aigcfactory.production.detail;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.glyphs.Glyphs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DetailPageTests {

	private static final ConceptCreated CONCEPT = new ConceptCreated(EventMetadata.now("acme"), RequirementId.next(),
			ConceptId.next(), 1, Angle.FUNCTION, "fresh",
			new Copy("一杯热水，暖一整天", "316 不锈钢内胆，12 小时保温，通勤路上随手一杯热水。", "马上入手", List.of("12 小时保温", "一键开盖")),
			new Product("CUP-3003", "暖暖 316 不锈钢保温杯 500ml <script>alert(1)</script>", "暖暖", "家居/杯具",
					new BigDecimal("89.90"), List.of("12 小时保温", "316 医用级不锈钢内胆", "一键开盖单手喝"), "上班族和学生",
					"容量 500ml & 重量 280g"),
			List.of("taobao"));

	private static final List<String> PROMISES = List.of("7 天无理由退货", "48 小时内发货");

	@Test
	void thePageIsWellFormedHtmlWithEverySection() {
		DetailSections sections = DetailSections.of(CONCEPT, PROMISES);
		String html = new String(new DetailPageHtml().render(sections, 750, "main-800x800.png", "detail-750.jpg"),
				StandardCharsets.UTF_8);

		Parser parser = Parser.htmlParser().setTrackErrors(50);
		Document page = Jsoup.parse(html, "", parser);

		assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
		assertThat(page.select("section")).extracting(Element::id)
			.containsExactly("hero", "selling-points", "specs", "scenes", "promises");
		assertThat(page.select("#hero img").attr("src")).isEqualTo("main-800x800.png");
		assertThat(page.select("#hero h1").text()).isEqualTo("一杯热水，暖一整天");
		assertThat(page.select("#selling-points li")).extracting(Element::text)
			.containsExactly("12 小时保温", "316 医用级不锈钢内胆", "一键开盖单手喝", "一键开盖");
		assertThat(page.select("#specs tr"))
			.extracting((row) -> row.select("th").text() + "=" + row.select("td").text())
			.contains("品牌=暖暖", "货号=CUP-3003", "价格=¥89.90", "适用人群=上班族和学生", "说明=容量 500ml & 重量 280g");
		assertThat(page.select("#promises li")).extracting(Element::text).containsExactlyElementsOf(PROMISES);
		assertThat(page.select("script")).as("product text is escaped, never markup").isEmpty();
		assertThat(page.title()).contains("<script>");
	}

	@Test
	void theLongImageIsThePagesWidthAndTallEnoughForEverySection() {
		DetailSections sections = DetailSections.of(CONCEPT, PROMISES);
		BufferedImage hero = new BufferedImage(750, 750, BufferedImage.TYPE_INT_RGB);
		BufferedImage longImage = new LongImage(Glyphs.bundled()).render(sections, hero, 750);
		DetailSections more = DetailSections.of(CONCEPT, List.of("一", "二", "三", "四", "五", "六"));

		assertThat(longImage.getWidth()).isEqualTo(750);
		assertThat(longImage.getHeight()).isGreaterThan(2 * 750);
		assertThat(new LongImage(Glyphs.bundled()).render(more, hero, 750).getHeight())
			.as("more promises, a longer image")
			.isGreaterThan(longImage.getHeight());
		assertThat(longImage.getRGB(375, 750 + 40)).as("below the hero: the white page").isEqualTo(0xFFFFFFFF);
	}

}
