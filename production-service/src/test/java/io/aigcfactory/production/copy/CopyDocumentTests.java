package io.aigcfactory.production.copy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.aigcfactory.events.Copy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyDocumentTests {

	@Test
	void laysOutHeadlineBodyHighlightsAndCallToAction() {
		byte[] document = CopyDocument
			.render(new Copy("通勤路上，世界安静下来", "40dB 主动降噪。", "立即选购", List.of("40dB 主动降噪", "30 小时续航")));
		assertThat(new String(document, StandardCharsets.UTF_8))
			.isEqualTo("通勤路上，世界安静下来\n\n40dB 主动降噪。\n\n· 40dB 主动降噪\n· 30 小时续航\n\n立即选购\n");
	}

}
