package io.aigcfactory.bench.originality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.Product;

/**
 * A catalog of look-alike products in one tenant, as a marketplace seller's catalog is:
 * 20 product families, each sold under many brands in a few sizes, the variants of a
 * family sharing their category and audience and differing in brand, size, price and
 * which three of the family's eight selling points they list first (56 combinations), as
 * models of one kind differ in what their sellers stress.
 */
final class LookAlikeCatalog {

	private static final String[] BRANDS = { "暖暖", "热乎乎", "暖心", "恒温家", "北极熊", "山野", "小米粒", "柚子", "青禾", "木森", "晴空", "南风",
			"白鹭", "云朵", "星河", "松果", "橙意", "麦穗", "鲸鱼", "竹影", "石榴", "蓝岛", "雪松", "和光", "拾光", "知暖", "悦享", "简然", "禾田", "初见",
			"沐光", "凡几", "半山", "听雨", "小熊", "一木", "方寸", "良辰", "素简", "栖木", "岚山", "西柚", "暮色", "清欢", "时光", "若水", "远山", "青柠",
			"予心", "安蓝" };

	private static final String[] SIZES = { "标准款", "升级款", "大号", "小号" };

	private static final Family[] FAMILIES = {
			new Family("家居/杯具", "316 不锈钢保温杯 500ml", "上班族", "12 小时长效保温", "一键开盖单手喝", "316 不锈钢内胆", "杯盖可拆洗", "防漏硅胶圈",
					"磨砂防滑杯身", "轻至 260 克", "附赠杯套"),
			new Family("数码/耳机", "主动降噪蓝牙耳机", "通勤上班族", "40dB 主动降噪", "30 小时长续航", "蓝牙 5.3 低延迟", "双麦通话降噪", "IPX5 防水",
					"佩戴轻盈无感", "支持无线充电", "通透模式听清环境"),
			new Family("数码/充电", "20000mAh 移动电源", "经常出差的商务人士", "65W 双向快充", "同时为三台设备充电", "可带上飞机", "数显电量精确到 1%", "自带双线免带线",
					"支持笔记本充电", "铝合金外壳", "小巧可放口袋"),
			new Family("家居/灯具", "护眼台灯", "学生", "无可视频闪", "四档色温可调", "触控调光", "国 AA 级照度", "可折叠收纳", "定时自动关灯", "USB 接口充电",
					"夜灯模式"),
			new Family("运动/跑鞋", "轻量透气跑步鞋", "跑步爱好者", "透气网面鞋身", "轻至 210 克", "防滑橡胶大底", "回弹缓震中底", "宽楦不挤脚", "反光条夜跑更安全",
					"鞋垫可拆洗", "一脚蹬设计"),
			new Family("母婴/童装", "有机棉婴儿连体衣", "新手爸妈", "A 类有机棉", "无荧光剂", "柔软亲肤", "按扣开合换尿布方便", "无骨缝制不磨皮", "四季可穿", "机洗不变形",
					"新生儿尺码齐全"),
			new Family("厨房/锅具", "不粘煎锅 28cm", "爱做早餐的人", "不粘涂层", "六档火力适配", "燃气电磁炉通用", "少油也能煎", "手柄防烫", "锅底导热均匀", "可用金属铲",
					"易清洗"),
			new Family("家居/绿植", "苔藓微景观", "办公室白领", "免浇水", "玻璃罩内自循环", "桌面小巧不占地", "附赠养护工具", "真苔藓制作", "送人有心意", "可做生日礼物",
					"一年四季常绿"),
			new Family("个护/牙刷", "声波电动牙刷", "注重口腔护理的人", "每分钟 31000 次振动", "两分钟智能定时", "续航 30 天", "五种清洁模式", "软毛护龈",
					"IPX7 全身水洗", "磁吸快充", "附赠两支刷头"),
			new Family("家电/风扇", "静音落地扇", "怕热的家庭", "直流变频电机", "12 档风速", "夜间 22 分贝", "遥控操作", "八小时定时", "可左右摇头 120 度",
					"可拆洗网罩", "自然风模式"),
			new Family("箱包/双肩包", "通勤双肩包", "上班族", "独立电脑隔层", "防泼水面料", "减压肩带", "可放 15.6 寸电脑", "拉杆箱固定带", "USB 充电口",
					"隐藏防盗口袋", "大容量多分区"),
			new Family("家居/床品", "全棉四件套", "注重睡眠的人", "100% 长绒棉", "60 支高密织造", "亲肤透气", "A 类标准", "不起球不褪色", "四季通用", "可机洗",
					"多色可选"),
			new Family("数码/键盘", "机械键盘 87 键", "程序员", "热插拔轴座", "PBT 键帽", "三模连接", "RGB 背光", "全键无冲", "Gasket 结构手感柔和",
					"4000mAh 大电池", "Mac 和 Windows 双系统"),
			new Family("厨房/电水壶", "保温电水壶 1.7L", "爱喝茶的人", "六段控温", "304 不锈钢内胆", "24 小时保温", "一键泡茶模式", "防干烧保护", "无缝内胆易清洁",
					"静音烧水", "断电记忆"),
			new Family("户外/帐篷", "自动速开帐篷", "露营新手", "一秒速开", "双层防雨", "可容纳 3 到 4 人", "UPF50+ 防晒", "收纳只有 3 公斤", "通风窗防蚊网",
					"加粗玻纤杆", "附赠地钉和风绳"),
			new Family("宠物/猫砂", "豆腐猫砂 6L", "养猫家庭", "结团快不粘底", "可冲厕所", "低尘配方", "原味无香精", "吸水量是自重三倍", "颗粒细不带砂", "植物原料",
					"一包可用一个月"),
			new Family("美妆/面霜", "保湿面霜 50g", "干皮女生", "含神经酰胺", "质地轻盈", "滋润不油腻", "敏感肌可用", "无酒精无香精", "早晚都能用", "24 小时持续保湿",
					"吸收快"),
			new Family("文具/笔记本", "A5 方格笔记本", "学生", "100g 道林纸", "不透墨", "平摊装订", "护眼米黄纸", "硬质封面", "附赠书签带", "每本 160 页",
					"页码和日期栏"),
			new Family("家电/吸尘器", "无线手持吸尘器", "有宠物的家庭", "18000Pa 大吸力", "续航 45 分钟", "一键倒尘", "LED 照明吸头", "五层过滤", "可洗滤网",
					"整机仅 1.3 公斤", "除螨刷头"),
			new Family("食品/坚果", "每日坚果 750g", "办公室白领", "六种坚果搭配", "独立小包装", "低温烘焙", "无添加蔗糖", "每包 25 克", "氮气保鲜", "含蔓越莓干",
					"一天一包刚刚好") };

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
					points(family.points(), variant), family.audience(), null, List.of()));
		}
		return products;
	}

	/** The variant's three selling points: the n-th 3-subset of the family's points. */
	private static List<String> points(String[] points, int variant) {
		List<int[]> subsets = new ArrayList<>();
		for (int a = 0; a < points.length; a++) {
			for (int b = a + 1; b < points.length; b++) {
				for (int c = b + 1; c < points.length; c++) {
					subsets.add(new int[] { a, b, c });
				}
			}
		}
		int[] chosen = subsets.get(variant % subsets.size());
		return List.of(points[chosen[0]], points[chosen[1]], points[chosen[2]]);
	}

	private record Family(String category, String title, String audience, String... points) {
	}

}
