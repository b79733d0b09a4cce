package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

/**
 * Invents realistic customers for the demo and for benchmarks: Chinese names (with 多音字
 * and compound surnames), companies, mobiles {@code 1[3-9]…}, landlines with their area
 * code, addresses, birth dates (some lunar), grades, statuses, classifications and
 * profiles filled to varying degrees, keyed as in {@code mackay66.md}.
 * <p>
 * Customer {@code n} depends only on the seed and {@code n}: the same customers every
 * run, and any slice can be generated on its own (the bulk loader fills a million rows in
 * parallel slices). Dates fall within the two years before {@code today}.
 */
public final class CustomerDataGenerator {

	/** The seed of the demo data. */
	public static final long DEMO_SEED = 20261123L;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
			"袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
			"陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫",
			"段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔",
			"向", "汤" };

	/** Surnames read differently from their everyday reading, and compound surnames. */
	private static final String[] RARE_SURNAMES = { "单", "解", "区", "仇", "朴", "查", "盖", "乐", "翟", "缪", "召", "尉迟", "欧阳",
			"司马", "上官", "诸葛", "长孙", "万俟", "令狐", "皇甫" };

	private static final String[] MALE = { "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
			"飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "阳", "建", "国", "志", "文", "东", "海", "兵",
			"亮", "峰", "成", "晨", "长", "乐", "庆", "荣", "德", "永", "忠", "振", "兴", "家" };

	private static final String[] FEMALE = { "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "英", "慧", "婷", "玉", "兰", "萍",
			"红", "玲", "雪", "琳", "洁", "梅", "莉", "倩", "晶", "燕", "颖", "佳", "怡", "欣", "悦", "璐", "琴", "云", "凤", "丹", "薇",
			"月", "菲", "蓉", "彤" };

	/** City, area code, districts, province. */
	private static final String[][] CITIES = { { "北京", "010", "朝阳区,海淀区,丰台区", "北京" },
			{ "上海", "021", "浦东新区,徐汇区,闵行区", "上海" }, { "天津", "022", "和平区,南开区,河西区", "天津" },
			{ "重庆", "023", "渝中区,江北区,南岸区", "重庆" }, { "广州", "020", "天河区,越秀区,白云区", "广东" },
			{ "深圳", "0755", "福田区,南山区,宝安区", "广东" }, { "杭州", "0571", "西湖区,拱墅区,滨江区", "浙江" },
			{ "宁波", "0574", "海曙区,鄞州区,江北区", "浙江" }, { "温州", "0577", "鹿城区,瓯海区,龙湾区", "浙江" },
			{ "南京", "025", "鼓楼区,玄武区,建邺区", "江苏" }, { "苏州", "0512", "姑苏区,吴中区,工业园区", "江苏" },
			{ "无锡", "0510", "梁溪区,滨湖区,新吴区", "江苏" }, { "武汉", "027", "江汉区,武昌区,洪山区", "湖北" },
			{ "成都", "028", "锦江区,武侯区,青羊区", "四川" }, { "西安", "029", "雁塔区,碑林区,未央区", "陕西" },
			{ "郑州", "0371", "金水区,二七区,中原区", "河南" }, { "长沙", "0731", "岳麓区,芙蓉区,天心区", "湖南" },
			{ "济南", "0531", "历下区,市中区,槐荫区", "山东" }, { "青岛", "0532", "市南区,市北区,崂山区", "山东" },
			{ "沈阳", "024", "和平区,沈河区,皇姑区", "辽宁" }, { "合肥", "0551", "蜀山区,包河区,庐阳区", "安徽" },
			{ "福州", "0591", "鼓楼区,台江区,仓山区", "福建" }, { "厦门", "0592", "思明区,湖里区,集美区", "福建" },
			{ "昆明", "0871", "五华区,盘龙区,官渡区", "云南" }, { "南昌", "0791", "东湖区,西湖区,青山湖区", "江西" } };

	private static final String[] ROADS = { "人民路", "解放路", "中山路", "建设路", "文化路", "新华路", "和平路", "胜利路", "长江路", "黄河路", "东风路",
			"青年路", "友谊路", "朝阳路", "光明路", "幸福路" };

	private static final String[] BRANDS = { "鑫源", "恒通", "宏达", "盛世", "金桥", "华联", "永辉", "天福", "兴隆", "百姓", "佳和", "瑞丰",
			"万家", "福满", "聚鑫", "德隆", "顺发", "利民", "嘉禾", "裕丰", "和润", "新亚", "同福", "祥瑞" };

	/** Classification (综合分类) and the trade words of its companies. */
	private static final String[][] KINDS = { { "商超", "超市,购物广场,百货" }, { "便利店", "便利店,便民超市" }, { "批发", "副食品批发,商贸,贸易" },
			{ "餐饮", "餐饮管理,酒楼,饭店" }, { "烟酒店", "烟酒商行,名烟名酒" }, { "食杂店", "食杂店,副食店" }, { "娱乐服务", "KTV,茶楼,会所" },
			{ "其他", "实业,科技,物流" } };

	private static final String[] SUFFIXES = { "有限公司", "有限责任公司", "商行", "经营部", "店" };

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "134", "135", "136", "137", "138",
			"139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176",
			"177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199" };

	private static final String[] JOB_TITLES = { "总经理", "店长", "采购经理", "老板", "副总经理", "销售总监", "财务主管", "业务经理", "合伙人",
			"董事长" };

	private static final String[] COLLEGES = { "浙江大学", "复旦大学", "南京大学", "武汉大学", "中山大学", "四川大学", "山东大学", "厦门大学", "浙江工商大学",
			"郑州大学", "湖南大学", "杭州电子科技大学", "江西财经大学", "西南财经大学" };

	private static final String[] DEGREES = { "学士", "硕士", "大专", "MBA" };

	private static final String[] HONOURS = { "优秀学生干部", "三好学生", "一等奖学金", "校篮球赛冠军", "全国大学生数学建模竞赛二等奖" };

	private static final String[] SOCIETIES = { "学生会", "校辩论队", "摄影协会", "登山社", "书法协会", "吉他社" };

	private static final String[] SPORTS = { "篮球", "乒乓球", "羽毛球", "长跑", "游泳", "足球", "网球" };

	private static final String[] EXTRACURRICULARS = { "学生会外联部部长，组织过校园招聘会", "参加志愿者协会，支教一个暑假", "校报记者，写过多篇专访",
			"创业社团骨干，大学时就在校内开过小卖部" };

	private static final String[] OTHER_EDUCATION = { "参加过商学院总裁研修班", "自学会计，取得会计从业资格", "参加过行业协会组织的零售管理培训" };

	private static final String[] BRANCHES = { "陆军", "海军", "空军", "武警" };

	private static final String[] RANKS = { "上士", "中士", "下士", "中尉", "上尉" };

	private static final String[] MILITARY_ATTITUDES = { "认为当兵最锻炼人，常提起部队生活", "对兵役态度一般，很少谈起", "很自豪，每年参加战友聚会" };

	private static final String[] MARITAL = { "MARRIED", "MARRIED", "MARRIED", "SINGLE", "DIVORCED", "WIDOWED" };

	private static final String[] EDUCATION = { "高中", "大专", "本科", "硕士" };

	private static final String[] SPOUSE_INTERESTS = { "瑜伽、烘焙", "广场舞、旅游", "读书会、插花", "打麻将", "跑步、摄影", "钢琴" };

	private static final String[] CHILD_EDUCATION = { "幼儿园", "小学", "初中", "高中", "大学在读", "已参加工作" };

	private static final String[] CHILD_INTERESTS = { "钢琴", "足球", "绘画", "编程", "舞蹈", "围棋", "游泳", "乐高" };

	private static final String[] STATUS_SYMBOLS = { "办公室挂着与领导的合影", "红木大班台和书法作品", "茶台和收藏的普洱茶", "墙上挂满行业奖牌", "车库里的新款奔驰" };

	private static final String[] ASSOCIATIONS = { "市商会", "烟酒行业协会", "个体劳动者协会", "食品行业协会", "温州商会" };

	private static final String[] ASSOCIATION_OFFICES = { "理事", "副会长", "会员", "秘书长" };

	private static final String[] STAFF_RELATIONS = { "与物流部张主管是老乡", "和我司财务经理是大学同学", "与前任客户经理关系密切", "无" };

	private static final String[] GOOD_REASONS = { "多年合作，彼此信任", "曾帮他解决过急单", "曾因回款问题闹过不愉快" };

	private static final String[] STAFF_KNOWLEDGE = { "财务部知道其付款习惯较好", "物流部了解其仓库位置和收货习惯", "老板见过一次，印象不错" };

	private static final String[] CONTACT_KINDS = { "业务往来", "同学", "老乡", "朋友介绍" };

	private static final String[] RELATIONSHIP = { "合作伙伴", "朋友", "一般业务关系" };

	private static final String[] OWN_COMPANY = { "很有归属感，视公司为毕生事业", "觉得公司发展遇到瓶颈", "对公司前景很乐观" };

	private static final String[] LONG_GOALS = { "五年内开到十家连锁店", "做成区域最大的批发商", "转型做品牌代理", "把生意交给子女打理" };

	private static final String[] SHORT_GOALS = { "今年销售额增长百分之二十", "年底前再开一家分店", "降低库存，改善资金周转", "上线线上商城" };

	private static final String[] CHIEF_CONCERN = { "COMPANY", "PERSONAL", "UNKNOWN" };

	private static final String[] TIME_ORIENTATION = { "PRESENT", "FUTURE" };

	private static final String[] TIME_WHY = { "生意讲究眼前的现金流", "常说要为下一代打算", "关注行业趋势，愿意投入" };

	private static final String[] CLUBS = { "高尔夫俱乐部", "车友会", "钓鱼协会", "登山俱乐部", "企业家读书会" };

	private static final String[] COMMUNITY_HOW = { "参加社区志愿服务", "每年给小区老人送节礼", "赞助社区运动会" };

	private static final String[] OPINIONS = { "食品安全", "孩子教育", "房价", "医疗改革", "网购冲击实体店" };

	private static final String[] DRINKS = { "白酒半斤", "红酒", "啤酒两瓶", "黄酒", "只喝茶" };

	private static final String[] LUNCH = { "楼下的面馆", "公司食堂", "附近的快餐店", "常去的沙县小吃" };

	private static final String[] DINNER = { "外婆家", "海底捞", "酒店中餐厅", "老字号本帮菜馆", "海鲜大排档" };

	private static final String[] DISHES = { "杭帮菜", "川菜", "粤菜", "海鲜", "东北菜", "湘菜" };

	private static final String[] HOBBIES = { "钓鱼", "书法", "登山", "收藏紫砂壶", "打高尔夫", "下象棋", "摄影" };

	private static final String[] READING = { "《三国演义》", "财经杂志", "历史类书籍", "《孙子兵法》", "商业人物传记" };

	private static final String[] VACATION = { "自驾游", "海岛度假", "回老家", "出国旅游", "带孩子去游乐园" };

	private static final String[] WATCHING = { "足球", "CBA 篮球", "乒乓球", "F1", "NBA" };

	private static final String[] CARS = { "奔驰", "宝马", "奥迪", "丰田", "比亚迪", "大众", "别克", "理想" };

	private static final String[] TOPICS = { "孩子教育", "投资理财", "体育赛事", "养生", "家乡变化" };

	private static final String[] ATTENTION = { "行业协会领导", "上游供应商", "同行", "家人" };

	private static final String[] REGARDED = { "讲诚信的生意人", "有眼光的老板", "靠得住的朋友" };

	private static final String[] DESCRIPTIONS = { "爽快、讲义气", "精打细算，重细节", "稳重，说话算数", "热情健谈", "谨慎多疑，需要多次沟通" };

	private static final String[] ACHIEVEMENTS = { "白手起家开了三家分店", "拿下区域总代理", "孩子考上重点大学", "被评为诚信经营户" };

	private static final String[] PERSONAL_LONG = { "让孩子出国留学", "五十岁前退休", "回老家盖房子养老" };

	private static final String[] PERSONAL_NOW = { "换一套大房子", "减肥十斤", "学会打高尔夫", "买辆新车" };

	private static final String[] ETHICS = { "无明显顾虑", "偶尔提出要返点", "对账时需仔细核对" };

	private static final String[] OBLIGATION = { "我司曾在困难时给予账期支持", "与竞品经销商有亲戚关系" };

	private static final String[] HABITS = { "需要调整进货节奏", "需要改变付款方式", "无需改变" };

	private static final String[] PROBLEMS = { "资金周转", "库存积压", "人员流动大", "房租上涨", "同行压价" };

	private static final String[] MANAGEMENT = { "利润", "规模扩张", "现金流", "品牌形象" };

	private static final String[] RESOLVE = { "协调账期，缓解资金压力", "帮助做促销活动清库存", "引荐行业协会资源" };

	private static final String[] COMPETITOR_ANSWERS = { "暂无", "竞品返利政策更灵活", "竞品配送更及时" };

	private static final String[] SPECIALITY = { "以中高端名酒为主", "社区生鲜做得好", "团购渠道强", "夜宵生意火爆" };

	private static final String[] STANDING = { "区域龙头", "中等规模", "新进入者" };

	private static final String[] CAPACITY = { "覆盖全市二百家终端", "自有配送车队五辆", "仅门店零售" };

	private static final String[] STRENGTH = { "资金雄厚", "资金一般", "资金偏紧" };

	private static final String[] CREDIT = { "回款及时", "偶有拖欠", "信誉良好" };

	private static final String[] WILLINGNESS = { "合作意愿强", "观望中", "有意扩大合作" };

	private static final String[] PHYSICAL = { "略胖", "戴眼镜", "腰椎不好", "身材高大", "无明显特征" };

	private static final String[] PARTY = { "中共党员", "群众", "民盟盟员", "民建会员" };

	private static final String[] RELIGION = { "无", "无", "佛教", "基督教" };

	private static final String[] MEDICAL = { "健康", "高血压", "糖尿病", "痛风", "颈椎病" };

	private final long seed;

	private final LocalDate today;

	private final ZoneId zone;

	public CustomerDataGenerator(long seed, LocalDate today, ZoneId zone) {
		this.seed = seed;
		this.today = today;
		this.zone = zone;
	}

	/** Customer number {@code index}, owned by one of {@code owners} managers. */
	public GeneratedCustomer customer(long index, int owners) {
		SplittableRandom random = new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
		boolean male = random.nextInt(100) < 62;
		String surname = (random.nextInt(100) < 6) ? pick(random, RARE_SURNAMES) : pick(random, SURNAMES);
		if (index < RARE_SURNAMES.length) {
			// every rare surname is there even in a small data set
			surname = RARE_SURNAMES[(int) index];
		}
		String name = surname + givenName(random, male);
		String[] city = pick(random, CITIES);
		String[] kind = pick(random, KINDS);
		String company = (random.nextInt(100) < 92) ? company(random, city, kind) : null;
		String mobile = (random.nextInt(100) < 95) ? mobile(random) : null;
		String office = (random.nextInt(100) < 55) ? landline(random, city[1]) : null;
		String home = (random.nextInt(100) < 20) ? landline(random, city[1]) : null;
		LocalDate birth = (random.nextInt(100) < 88)
				? LocalDate.of(1955 + random.nextInt(46), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
		boolean lunar = birth != null && random.nextInt(100) < 28;
		Grade grade = grade(random);
		DealStatus status = status(random, grade);
		int ownerSlot = random.nextInt(Math.max(1, owners));
		// created within two years; the last real change since then, most of them recent
		int age = random.nextInt(730);
		LocalDate createdDay = today.minusDays(age);
		int sinceChange = (int) Math.min(age, Math.round(Math.pow(random.nextDouble(), 2) * age));
		Instant createdAt = instant(random, createdDay);
		Instant updatedAt = (sinceChange == age) ? createdAt : instant(random, today.minusDays(sinceChange));
		if (updatedAt.isBefore(createdAt)) {
			updatedAt = createdAt;
		}
		Map<String, Object> answers = answers(random, name, surname, male, city, birth, status);
		return new GeneratedCustomer(index, name, company, mobile, office, home, birth, lunar, grade, status, kind[0],
				ownerSlot, createdAt, updatedAt, answers);
	}

	private Instant instant(SplittableRandom random, LocalDate day) {
		LocalTime time = LocalTime.of(8 + random.nextInt(11), random.nextInt(60), random.nextInt(60));
		return day.atTime(time).atZone(zone).toInstant();
	}

	private static String givenName(SplittableRandom random, boolean male) {
		String[] pool = male ? MALE : FEMALE;
		return (random.nextInt(100) < 30) ? pick(random, pool) : pick(random, pool) + pick(random, pool);
	}

	private static String company(SplittableRandom random, String[] city, String[] kind) {
		String trade = pick(random, kind[1].split(","));
		String suffix = pick(random, SUFFIXES);
		return city[0] + pick(random, BRANDS) + trade + (trade.endsWith("店") && suffix.equals("店") ? "" : suffix);
	}

	private static String mobile(SplittableRandom random) {
		return pick(random, MOBILE_PREFIXES) + digits(random, 8);
	}

	private static String landline(SplittableRandom random, String areaCode) {
		int length = (areaCode.length() == 3) ? 8 : 7 + random.nextInt(2);
		return areaCode + "-" + (2 + random.nextInt(8)) + digits(random, length - 1);
	}

	private static String address(SplittableRandom random, String[] city) {
		return city[0] + "市" + pick(random, city[2].split(",")) + pick(random, ROADS) + (1 + random.nextInt(999)) + "号";
	}

	private static Grade grade(SplittableRandom random) {
		int r = random.nextInt(100);
		return (r < 8) ? Grade.A : (r < 23) ? Grade.B : (r < 45) ? Grade.C : (r < 80) ? Grade.D : Grade.E;
	}

	private static DealStatus status(SplittableRandom random, Grade grade) {
		int r = random.nextInt(100);
		if (grade == Grade.E) {
			return (r < 30) ? DealStatus.CLOSED : DealStatus.POTENTIAL;
		}
		return (r < 45) ? DealStatus.CLOSED : (r < 75) ? DealStatus.NEGOTIATING : DealStatus.POTENTIAL;
	}

	/**
	 * The profile answers, all of them (sensitive ones included, and each child's custody
	 * inside the child), keyed as in {@code mackay66.md}. How many questions are answered
	 * varies from customer to customer.
	 */
	private Map<String, Object> answers(SplittableRandom random, String name, String surname, boolean male,
			String[] city, LocalDate birth, DealStatus status) {
		Map<String, Object> a = new LinkedHashMap<>();
		// a few archives hold almost nothing, most are half full, some nearly complete
		double fill = Math.min(1.0, Math.max(0.0, 0.15 + random.nextDouble() * 0.75 + random.nextGaussian() * 0.1));
		int birthYear = (birth != null) ? birth.getYear() : 1975;
		String given = name.substring(surname.length());
		if (has(random, fill)) {
			a.put("nickname", (random.nextBoolean() ? "老" + surname : "小" + given.substring(0, 1)));
		}
		put(a, random, fill, "jobTitle", JOB_TITLES);
		if (has(random, fill)) {
			a.put("companyAddress", address(random, city));
		}
		if (has(random, fill)) {
			String[] home = pick(random, CITIES);
			a.put("birthplace", home[3] + home[0]);
			a.put("nativePlace", home[3]);
		}
		if (has(random, fill * 0.8)) {
			a.put("heightCm", (male ? 165 : 152) + random.nextInt(20));
			a.put("weightKg", (male ? 60 : 45) + random.nextInt(30));
			put(a, random, 0.5, "physicalFeatures", PHYSICAL);
		}
		if (has(random, fill)) {
			a.put("college", pick(random, COLLEGES));
			a.put("graduationDate", LocalDate.of(birthYear + 22, 7, 1).toString());
			a.put("degree", pick(random, DEGREES));
		}
		if (has(random, fill * 0.6)) {
			a.put("collegeHonours", pick(random, HONOURS));
		}
		if (has(random, fill * 0.6)) {
			a.put("collegeSociety", pick(random, SOCIETIES));
			a.put("sportsExcelledAt", pick(random, SPORTS));
		}
		put(a, random, fill * 0.6, "extracurriculars", EXTRACURRICULARS);
		if (has(random, fill * 0.5)) {
			a.put("mindsNoDegree", yesNo(random));
			a.put("otherEducation", pick(random, OTHER_EDUCATION));
		}
		if (has(random, fill * 0.4)) {
			a.put("militaryBranch", pick(random, BRANCHES));
			a.put("dischargeRank", pick(random, RANKS));
			a.put("militaryAttitude", pick(random, MILITARY_ATTITUDES));
		}
		String marital = pick(random, MARITAL);
		if (has(random, fill)) {
			a.put("maritalStatus", marital);
			if (!"SINGLE".equals(marital)) {
				a.put("spouseName", pick(random, SURNAMES) + givenName(random, !male));
			}
		}
		if (!"SINGLE".equals(marital)) {
			put(a, random, fill * 0.8, "spouseEducation", EDUCATION);
			put(a, random, fill * 0.7, "spouseInterests", SPOUSE_INTERESTS);
			LocalDate wedding = LocalDate.of(birthYear + 24 + random.nextInt(6), 1 + random.nextInt(12),
					1 + random.nextInt(28));
			if (has(random, fill * 0.8) && !wedding.isAfter(today)) {
				a.put("weddingAnniversary", wedding.toString());
				a.put("weddingAnniversaryLunar", random.nextInt(100) < 20);
			}
			List<Map<String, Object>> children = children(random, surname, birthYear, fill);
			if (has(random, fill) && !children.isEmpty()) {
				a.put("children", children);
			}
		}
		if (has(random, fill * 0.7)) {
			String[] other = pick(random, CITIES);
			a.put("prevEmployer", other[0] + pick(random, BRANDS) + "贸易有限公司");
			a.put("prevEmployerAddress", address(random, other));
			int from = Math.min(birthYear + 22 + random.nextInt(5), today.getYear() - 3);
			a.put("prevEmploymentFrom", LocalDate.of(from, 3, 1).toString());
			a.put("prevEmploymentTo",
					LocalDate.of(Math.min(from + 2 + random.nextInt(6), today.getYear() - 1), 12, 31).toString());
			a.put("prevTitle", pick(random, JOB_TITLES));
		}
		if (has(random, fill * 0.6)) {
			a.put("prevTitleHere", pick(random, JOB_TITLES));
			a.put("prevTitleHereDate", today.minusYears(2 + random.nextInt(8)).withDayOfMonth(1).toString());
		}
		put(a, random, fill * 0.6, "officeStatusSymbols", STATUS_SYMBOLS);
		if (has(random, fill * 0.7)) {
			a.put("associations", pick(random, ASSOCIATIONS));
			a.put("associationOffices", pick(random, ASSOCIATION_OFFICES));
		}
		yesNo(a, random, fill * 0.7, "usesConsultants");
		put(a, random, fill * 0.8, "relationsWithOurStaff", STAFF_RELATIONS);
		if (has(random, fill * 0.8)) {
			a.put("relationsGood", (random.nextInt(100) < 80) ? "YES" : "NO");
			a.put("relationsGoodReason", pick(random, GOOD_REASONS));
		}
		put(a, random, fill * 0.7, "ourStaffKnowledge", STAFF_KNOWLEDGE);
		if (has(random, fill * 0.8)) {
			a.put("contactKind", pick(random, CONTACT_KINDS));
			a.put("relationshipNature", pick(random, RELATIONSHIP));
		}
		put(a, random, fill * 0.8, "attitudeToOwnCompany", OWN_COMPANY);
		put(a, random, fill * 0.9, "longTermBusinessGoals", LONG_GOALS);
		put(a, random, fill * 0.9, "shortTermBusinessGoals", SHORT_GOALS);
		put(a, random, fill * 0.8, "chiefConcern", CHIEF_CONCERN);
		if (has(random, fill * 0.7)) {
			a.put("timeOrientation", pick(random, TIME_ORIENTATION));
			a.put("timeOrientationWhy", pick(random, TIME_WHY));
		}
		put(a, random, fill * 0.6, "privateClubs", CLUBS);
		if (has(random, fill * 0.4)) {
			a.put("politicalActivities", "曾任区人大代表");
			a.put("politicalParty", pick(random, PARTY));
			a.put("politicsImportance", "一般");
		}
		if (has(random, fill * 0.7)) {
			a.put("communityActive", yesNo(random));
			a.put("communityHow", pick(random, COMMUNITY_HOW));
		}
		if (has(random, fill * 0.5)) {
			a.put("religion", pick(random, RELIGION));
			a.put("religionDevout", "NO");
		}
		if (has(random, fill * 0.2)) {
			a.put("confidentialMatters", "离异，忌谈家庭");
		}
		put(a, random, fill * 0.7, "strongOpinions", OPINIONS);
		put(a, random, fill * 0.6, "medicalHistory", MEDICAL);
		if (has(random, fill)) {
			boolean drinks = random.nextInt(100) < 65;
			a.put("drinks", drinks ? "YES" : "NO");
			if (drinks) {
				a.put("drinkPreferences", pick(random, DRINKS));
			}
			else {
				a.put("objectsToDrinking", yesNo(random));
			}
		}
		if (has(random, fill)) {
			boolean smokes = random.nextInt(100) < 40;
			a.put("smokes", smokes ? "YES" : "NO");
			if (!smokes) {
				a.put("objectsToSmoking", yesNo(random));
			}
		}
		if (has(random, fill * 0.9)) {
			a.put("favouriteLunchPlace", pick(random, LUNCH));
			a.put("favouriteDinnerPlace", pick(random, DINNER));
		}
		put(a, random, fill * 0.9, "favouriteDishes", DISHES);
		yesNo(a, random, fill * 0.8, "mindsBeingTreated");
		if (has(random, fill)) {
			a.put("hobbies", pick(random, HOBBIES));
			a.put("favouriteReading", pick(random, READING));
		}
		put(a, random, fill * 0.8, "vacationStyle", VACATION);
		put(a, random, fill * 0.8, "spectatorSports", WATCHING);
		put(a, random, fill, "carMake", CARS);
		put(a, random, fill * 0.8, "favouriteTopics", TOPICS);
		put(a, random, fill * 0.6, "seeksAttentionOf", ATTENTION);
		put(a, random, fill * 0.6, "wantsToBeRegardedAs", REGARDED);
		put(a, random, fill, "yourDescription", DESCRIPTIONS);
		put(a, random, fill * 0.7, "proudestAchievement", ACHIEVEMENTS);
		put(a, random, fill * 0.6, "longTermPersonalGoals", PERSONAL_LONG);
		put(a, random, fill * 0.6, "immediatePersonalGoals", PERSONAL_NOW);
		put(a, random, fill * 0.6, "ethicalConcerns", ETHICS);
		if (has(random, fill * 0.6)) {
			boolean obliged = random.nextBoolean();
			a.put("feelsObligation", obliged ? "YES" : "NO");
			if (obliged) {
				a.put("obligationWhat", pick(random, OBLIGATION));
			}
		}
		put(a, random, fill * 0.6, "mustChangeHabits", HABITS);
		yesNo(a, random, fill * 0.7, "caresAboutOpinions");
		if (has(random, fill * 0.7)) {
			a.put("selfCentred", yesNo(random));
			a.put("strongEthics", yesNo(random));
		}
		put(a, random, fill * 0.8, "keyProblems", PROBLEMS);
		if (has(random, fill * 0.6)) {
			a.put("managementPriorities", pick(random, MANAGEMENT));
			a.put("conflictWithSuperior", "NO");
		}
		if (has(random, fill * 0.6)) {
			a.put("canHelpResolve", "YES");
			a.put("howToResolve", pick(random, RESOLVE));
		}
		put(a, random, fill * 0.6, "competitorsBetterAnswers", COMPETITOR_ANSWERS);
		// the business facts beyond the 66 questions
		put(a, random, fill, "businessSpeciality", SPECIALITY);
		put(a, random, fill, "industryStanding", STANDING);
		put(a, random, fill, "distributionCapacity", CAPACITY);
		put(a, random, fill, "financialStrength", STRENGTH);
		put(a, random, fill, "commercialCredit", CREDIT);
		put(a, random, fill, "cooperationWillingness", WILLINGNESS);
		if (has(random, fill * 0.5)) {
			a.put("tradingStatus", (status == DealStatus.CLOSED) ? "月均进货稳定，回款正常" : "尚在洽谈首批订单");
		}
		return a;
	}

	private List<Map<String, Object>> children(SplittableRandom random, String surname, int parentBirthYear,
			double fill) {
		List<Map<String, Object>> out = new ArrayList<>();
		int count = 1 + ((random.nextInt(100) < 30) ? 1 : 0);
		for (int i = 0; i < count; i++) {
			Map<String, Object> child = new LinkedHashMap<>();
			boolean boy = random.nextBoolean();
			LocalDate born = LocalDate.of(parentBirthYear + 25 + i * 3 + random.nextInt(4), 1 + random.nextInt(12),
					1 + random.nextInt(28));
			child.put("name", surname + givenName(random, boy));
			child.put("birthDate", born.toString());
			child.put("birthDateLunar", random.nextInt(100) < 15);
			if (has(random, fill)) {
				child.put("education", pick(random, CHILD_EDUCATION));
			}
			if (has(random, fill)) {
				child.put("interests", pick(random, CHILD_INTERESTS));
			}
			if (has(random, fill * 0.3)) {
				child.put("custody", "YES");
			}
			if (!born.isAfter(today)) {
				out.add(child);
			}
		}
		return out;
	}

	private static boolean has(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

	private static void put(Map<String, Object> a, SplittableRandom random, double probability, String key,
			String[] pool) {
		if (has(random, probability)) {
			a.put(key, pick(random, pool));
		}
	}

	private static void yesNo(Map<String, Object> a, SplittableRandom random, double probability, String key) {
		if (has(random, probability)) {
			a.put(key, yesNo(random));
		}
	}

	private static String yesNo(SplittableRandom random) {
		int r = random.nextInt(100);
		return (r < 45) ? "YES" : (r < 90) ? "NO" : "UNKNOWN";
	}

	private static String digits(SplittableRandom random, int count) {
		StringBuilder out = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			out.append((char) ('0' + random.nextInt(10)));
		}
		return out.toString();
	}

	private static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** Stafford's mix13: spreads consecutive indexes over unrelated seeds. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * One invented customer. {@code ownerSlot} picks one of the managers the caller
	 * passed; {@code answers} holds every profile answer, sensitive ones included.
	 */
	public record GeneratedCustomer(long index, String name, String companyName, String mobilePhone, String officePhone,
			String homePhone, LocalDate birthDate, boolean birthLunar, Grade grade, DealStatus dealStatus,
			String classification, int ownerSlot, Instant createdAt, Instant updatedAt, Map<String, Object> answers) {
	}

}
