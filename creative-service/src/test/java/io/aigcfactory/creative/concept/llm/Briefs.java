package io.aigcfactory.creative.concept.llm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;

/** Briefs for the writer's tests. */
final class Briefs {

	static final Product EARBUDS = new Product("SKU-EAR-01", "声悦 Pro2 真无线蓝牙耳机 主动降噪 长续航", "声悦", "数码/耳机",
			new BigDecimal("299"), List.of("主动降噪", "30小时续航", "蓝牙5.3低延迟"), "通勤上班族、学生党", "入耳式设计，佩戴稳固。");

	static final String VALID = """
			{"angle":"FUNCTION","headline":"声悦降噪 通勤更安静","body":"主动降噪加30小时续航，通勤路上只听想听的。",
			"highlights":["主动降噪","30小时续航"],"callToAction":"立即选购","hashtags":["声悦","#降噪耳机"],
			"scenePrompt":"minimal desk with soft morning light, empty podium","negativePrompt":"text, people"}""";

	private Briefs() {
	}

	static ConceptBrief function() {
		return of(EARBUDS, Set.of(), null);
	}

	static ConceptBrief of(Product product, Set<String> avoid, BrandKit brand) {
		return new ConceptBrief("acme", RequirementId.next(), product, Direction.of(Angle.FUNCTION, 0), 0, avoid,
				brand);
	}

}
