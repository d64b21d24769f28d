package io.aigcfactory.platform;

import java.math.BigDecimal;
import java.util.List;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;

/** Events for the platform's tests. */
public final class Samples {

	private Samples() {
	}

	public static AssetProduced assetProduced(String headline) {
		return new AssetProduced(EventMetadata.now("acme"), RequirementId.next(), AssetId.next(), ConceptId.next(), 1,
				Angle.FUNCTION, new ProductSummary("SKU-1", "保温杯", "暖暖", "家居/杯具"),
				new Copy(headline, "一整天都是刚刚好的温度。", "立即选购", List.of("12 小时保温")),
				List.of(new Rendition(RenditionKind.COPY, "copy.txt", "blob:assets/x/copy.txt", "text/plain", 0, 0, 10,
						"00")),
				List.of("taobao"));
	}

	public static BigDecimal price(String value) {
		return new BigDecimal(value);
	}

}
