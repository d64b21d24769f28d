package io.aigcfactory.creative.concept.template;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import io.aigcfactory.events.Product;

/** Realistic products across categories, and the absolute terms no copy may contain. */
final class Products {

	/** Kept apart from the writer's own list on purpose: the tests must not trust it. */
	static final List<String> FORBIDDEN = List.of("最", "第一", "第1", "no1", "top1", "唯一", "首选", "首家", "独家", "国家级", "世界级",
			"顶级", "顶尖", "极品", "极致", "终极", "王牌", "金牌", "名牌", "绝对", "永久", "万能", "100%", "百分百", "彻底", "独一无二", "冠军", "领先",
			"至尊", "治疗", "根治", "特供", "专供", "驰名商标", "招财", "开光", "包过", "无副作用", "稳赚");

	static final Product EARBUDS = new Product("SKU-EAR-01", "声悦 Pro2 真无线蓝牙耳机 主动降噪 长续航", "声悦", "数码/耳机",
			new BigDecimal("299"), List.of("主动降噪", "30小时续航", "蓝牙5.3低延迟"), "通勤上班族、学生党", "入耳式设计，佩戴稳固。支持快充，充电10分钟听歌2小时。");

	static final Product PILLOW = new Product("SKU-HOME-02", "棉眠 慢回弹记忆棉枕头 护颈枕 单只装", "棉眠", "家居/枕头",
			new BigDecimal("159.00"), List.of("慢回弹记忆棉", "人体工学曲线", "可拆洗枕套"), "久坐办公、睡眠浅的人", null);

	static final Product CREAM = new Product("SKU-BEAUTY-03", "清研 玻尿酸保湿面霜 50g 补水滋润", "清研", "美妆/面霜",
			new BigDecimal("128"), List.of("玻尿酸保湿", "质地清爽不黏腻", "敏感肌可用"), "25-35岁干皮女性", "温和配方，早晚可用。");

	static final Product NUTS = new Product("SKU-FOOD-04", "山果记 每日坚果 750g/30袋 混合果仁", "山果记", "食品/坚果",
			new BigDecimal("89.90"), List.of("6种坚果果干搭配", "独立小包装", "低温烘焙"), "上班族、学生", null);

	static final Product SCARF = new Product("SKU-WEAR-05", "北绒 羊毛混纺围巾 男女通用 秋冬保暖", "北绒", "服饰/围巾", new BigDecimal("129"),
			List.of("羊毛混纺", "柔软亲肤", "多色可选"), "怕冷的上班族", null);

	static final Product BABY_SHOES = new Product("SKU-BABY-06", "小芽 婴儿学步鞋 软底防滑 春秋款", "小芽", "母婴/童鞋",
			new BigDecimal("99"), List.of("软底防滑", "宽楦设计", "魔术贴穿脱方便"), "8-24个月学步宝宝", null);

	static final Product CAMP_CHAIR = new Product("SKU-OUT-07", "野径 超轻折叠露营椅 户外便携", "野径", "运动户外/露营椅",
			new BigDecimal("169"), List.of("重量仅1.2kg", "承重120kg", "一秒收纳"), "露营和钓鱼爱好者", null);

	static final Product CAT_FOOD = new Product("SKU-PET-08", "喵觅 冻干双拼猫粮 全价成猫粮 2kg", "喵觅", "宠物/猫粮",
			new BigDecimal("139"), List.of("含冻干颗粒", "高蛋白配方", "无谷配方"), "挑食的成年猫", null);

	static final Product CAR_DIFFUSER = new Product("SKU-CAR-09", "木语 车载香薰 出风口夹式", "木语", "汽车用品/车载香薰",
			new BigDecimal("59.5"), List.of("植物精油", "出风口夹式安装", "香味持续约60天"), "有车一族", null);

	/** A merchant's listing full of claims the writer must leave out. */
	static final Product BOASTFUL = new Product("SKU-EAR-10", "【旗舰款】声悦 顶级降噪耳机 No.1 国家级音质", "声悦", "数码/耳机",
			new BigDecimal("1299"), List.of("全网销量第一", "顶级音质", "100%纯棉耳罩", "主动降噪", "ＴＯＰ１人气", "长续航"), "最懂音乐的你",
			"绝对好用，永久保修。佩戴舒适，通话清晰。");

	/** Long facts with numbers where a careless cut would split them. */
	static final Product WORDY = new Product("SKU-KITCHEN-11", "厨趣 多功能电煮锅家用小型宿舍学生一人食电火锅 1.5L 双层蒸笼款", "厨趣", "家居/电煮锅",
			new BigDecimal("149.90"), List.of("1.5L容量适合1到2人使用，煮面炒菜涮火锅都可以", "双档火力800W与400W自由切换", "不粘涂层内胆，清洗只需30秒"),
			"25-35岁独居的年轻上班族和住校的大学生", "配蒸笼，一锅多用。");

	static List<Product> realistic() {
		return List.of(EARBUDS, PILLOW, CREAM, NUTS, SCARF, BABY_SHOES, CAMP_CHAIR, CAT_FOOD, CAR_DIFFUSER);
	}

	static List<Product> all() {
		return List.of(EARBUDS, PILLOW, CREAM, NUTS, SCARF, BABY_SHOES, CAMP_CHAIR, CAT_FOOD, CAR_DIFFUSER, BOASTFUL,
				WORDY);
	}

	/** Width and case folded, spaces and symbols dropped, as evasions of a term are. */
	static String folded(String text) {
		String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder();
		compatible.codePoints().filter((c) -> Character.isLetterOrDigit(c) || c == '%').forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private Products() {
	}

}
