package io.aigcfactory.bench.originality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.Product;

/**
 * A catalog of look-alike products in one tenant, as a marketplace seller's catalog is:
 * 20 product families, each sold under many brands in a few sizes, the variants of a
 * family sharing their category, selling points and audience and differing in brand, size
 * and price.
 */
final class LookAlikeCatalog {

	private static final String[] BRANDS = { "暖暖", "热乎乎", "暖心", "恒温家", "北极熊", "山野", "小米粒", "柚子", "青禾", "木森", "晴空", "南风",
			"白鹭", "云朵", "星河", "松果", "橙意", "麦穗", "鲸鱼", "竹影", "石榴", "蓝岛", "雪松", "和光", "拾光", "知暖", "悦享", "简然", "禾田", "初见",
			"沐光", "凡几", "半山", "听雨", "小熊", "一木", "方寸", "良辰", "素简", "栖木", "岚山", "西柚", "暮色", "清欢", "时光", "若水", "远山", "青柠",
			"予心", "安蓝" };

	private static final String[] SIZES = { "标准款", "升级款", "大号", "小号" };

	private static final Family[] FAMILIES = {
			new Family("家居/杯具", "316 不锈钢保温杯 500ml", "上班族", "12 小时长效保温", "一键开盖单手喝", "316 不锈钢内胆"),
			new Family("数码/耳机", "主动降噪蓝牙耳机", "通勤上班族", "40dB 主动降噪", "30 小时长续航", "蓝牙 5.3 低延迟"),
			new Family("数码/充电", "20000mAh 移动电源", "经常出差的商务人士", "65W 双向快充", "同时为三台设备充电", "可带上飞机"),
			new Family("家居/灯具", "护眼台灯", "学生", "无可视频闪", "四档色温可调", "触控调光"),
			new Family("运动/跑鞋", "轻量透气跑步鞋", "跑步爱好者", "透气网面鞋身", "轻至 210 克", "防滑橡胶大底"),
			new Family("母婴/童装", "有机棉婴儿连体衣", "新手爸妈", "A 类有机棉", "无荧光剂", "柔软亲肤"),
			new Family("厨房/锅具", "不粘煎锅 28cm", "爱做早餐的人", "不粘涂层", "六档火力适配", "燃气电磁炉通用"),
			new Family("家居/绿植", "苔藓微景观", "办公室白领", "免浇水", "玻璃罩内自循环", "桌面小巧不占地"),
			new Family("个护/牙刷", "声波电动牙刷", "注重口腔护理的人", "每分钟 31000 次振动", "两分钟智能定时", "续航 30 天"),
			new Family("家电/风扇", "静音落地扇", "怕热的家庭", "直流变频电机", "12 档风速", "夜间 22 分贝"),
			new Family("箱包/双肩包", "通勤双肩包", "上班族", "独立电脑隔层", "防泼水面料", "减压肩带"),
			new Family("家居/床品", "全棉四件套", "注重睡眠的人", "100% 长绒棉", "60 支高密织造", "亲肤透气"),
			new Family("数码/键盘", "机械键盘 87 键", "程序员", "热插拔轴座", "PBT 键帽", "三模连接"),
			new Family("厨房/电水壶", "保温电水壶 1.7L", "爱喝茶的人", "六段控温", "304 不锈钢内胆", "24 小时保温"),
			new Family("户外/帐篷", "自动速开帐篷", "露营新手", "一秒速开", "双层防雨", "可容纳 3 到 4 人"),
			new Family("宠物/猫砂", "豆腐猫砂 6L", "养猫家庭", "结团快不粘底", "可冲厕所", "低尘配方"),
			new Family("美妆/面霜", "保湿面霜 50g", "干皮女生", "含神经酰胺", "质地轻盈", "滋润不油腻"),
			new Family("文具/笔记本", "A5 方格笔记本", "学生", "100g 道林纸", "不透墨", "平摊装订"),
			new Family("家电/吸尘器", "无线手持吸尘器", "有宠物的家庭", "18000Pa 大吸力", "续航 45 分钟", "一键倒尘"),
			new Family("食品/坚果", "每日坚果 750g", "办公室白领", "六种坚果搭配", "独立小包装", "低温烘焙") };

	private LookAlikeCatalog() {
	}

	/**
	 * The first {@code count} products: family by family, each under brand after brand,
	 * in each size.
	 */
	static List<Product> products(int count) {
		List<Product> products = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Family family = FAMILIES[i % FAMILIES.length];
			int variant = i / FAMILIES.length;
			String brand = BRANDS[variant % BRANDS.length];
			String size = SIZES[(variant / BRANDS.length) % SIZES.length];
			String sku = "LA-%02d-%04d".formatted(i % FAMILIES.length, variant);
			BigDecimal price = BigDecimal.valueOf(49 + (variant * 7) % 200).setScale(2);
			products.add(new Product(sku, brand + " " + family.title() + " " + size, brand, family.category(), price,
					List.of(family.points()), family.audience(), null, List.of()));
		}
		return products;
	}

	private record Family(String category, String title, String audience, String... points) {
	}

}
