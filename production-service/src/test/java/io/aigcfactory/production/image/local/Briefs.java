package io.aigcfactory.production.image.local;

import java.math.BigDecimal;
import java.util.List;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.production.image.ImageBrief;

/** Briefs as the creative service writes them. */
final class Briefs {

	static final List<String> STYLES = List.of("bold", "fresh", "premium", "warm", "minimal");

	private Briefs() {
	}

	static ImageBrief headphones(String style) {
		return new ImageBrief(new ProductSummary("SJ-AIR-PRO", "【官方正品】声悦 Air Pro 主动降噪蓝牙耳机", "声悦 SoundJoy", "数码/耳机"),
				new BigDecimal("299.00"),
				new Copy("降噪黑科技，通勤更安静", "40dB深度降噪，地铁里也能安静听歌；单次续航8小时。", "立即抢购", List.of("40dB深度降噪", "8小时长续航", "轻至4.5g")),
				Angle.FUNCTION, style);
	}

	static ImageBrief tea() {
		return new ImageBrief(new ProductSummary("TEA-250", "明前龙井 250g 礼盒装", "山间茶舍", "食品饮料/茶叶"),
				new BigDecimal("168.90"),
				new Copy("一口春天的鲜爽", "明前头采，豆香浓郁，送礼自饮两相宜。", "马上品鉴", List.of("明前头采", "独立小包装", "礼盒装")), Angle.GIFTING,
				"fresh");
	}

	/** Copy far longer than any image has room for, in every field. */
	static ImageBrief overlong() {
		return new ImageBrief(
				new ProductSummary("MC-IH-3L", "超长标题测试商品名称非常非常长的一款多功能家用电饭煲智能预约（2025新款）",
						"美厨MeiChu Home Appliances Flagship Store", "厨房电器/电饭煲"),
				new BigDecimal("12999.99"),
				new Copy("智能预约一键煮饭，米饭香甜软糯，全家人都爱吃的好味道就在每一天的餐桌上（限时优惠）",
						"采用IH电磁加热技术，3L大容量满足3到5人家庭日常所需，24小时智能预约，下班回家就能吃上热腾腾的米饭，还支持煲汤、煮粥、蒸蛋糕等多种功能。",
						"立即抢购享受会员专属优惠价格，数量有限先到先得",
						List.of("IH电磁加热技术让米饭受热更均匀口感更好", "3L大容量", "24小时智能预约", "多种烹饪功能一机搞定", "第五条亮点")),
				Angle.PRICE, "warm");
	}

	/** No highlights at all, and a Latin brand. */
	static ImageBrief bare() {
		return new ImageBrief(new ProductSummary("AK-PB-10", "Anker 10000mAh 磁吸充电宝", "anker", "数码配件"),
				new BigDecimal("149"), new Copy("随手一吸，电量满格", "磁吸即充，薄至1.6厘米。", "去看看", List.of()), Angle.SCENARIO,
				"fresh");
	}

	static ImageBrief withHeadline(String headline) {
		ImageBrief brief = headphones("minimal");
		return new ImageBrief(brief.product(), brief.price(),
				new Copy(headline, brief.copy().body(), brief.copy().callToAction(), brief.copy().highlights()),
				brief.angle(), brief.style());
	}

}
