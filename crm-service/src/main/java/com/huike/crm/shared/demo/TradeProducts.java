package com.huike.crm.shared.demo;

import java.math.BigDecimal;
import java.util.List;

import com.huike.crm.shared.demo.TradeProduct.Tier;

/**
 * The product list of the demo: cigarettes a tobacco company sells to its retailers, with
 * wholesale and suggested retail prices per carton as they are in the trade (rounded).
 * The archive's transactions, returns and discounts, the demand registrations and the
 * follow-up notes of the demo all name these.
 */
public final class TradeProducts {

	private static final String HARD = "硬盒 84mm 20支/包";

	private static final String SOFT = "软盒 84mm 20支/包";

	private static final String SLIM = "硬盒 细支 20支/包";

	private static final String MIDDLE = "硬盒 中支 20支/包";

	private static final String CARTON = "条装 10包/条";

	/** Every product, the dearest first. */
	public static final List<TradeProduct> ALL = List.of(product("南京(雨花石)", HARD, "890.00", "1000", Tier.HIGH, true),
			product("中华(软)", SOFT, "594.00", "650", Tier.HIGH, true),
			product("中华(硬)", HARD, "381.60", "450", Tier.HIGH, false),
			product("钻石(荷花)", HARD, "222.60", "250", Tier.MIDDLE, true),
			product("贵烟(跨越)", MIDDLE, "222.00", "250", Tier.MIDDLE, true),
			product("芙蓉王(硬)", HARD, "220.50", "250", Tier.MIDDLE, false),
			product("玉溪(软)", SOFT, "201.40", "230", Tier.MIDDLE, false),
			product("娇子(宽窄好运)", HARD, "176.00", "200", Tier.MIDDLE, false),
			product("苏烟(五星红杉树)", HARD, "194.00", "220", Tier.MIDDLE, false),
			product("黄鹤楼(软蓝)", SOFT, "169.60", "190", Tier.MIDDLE, false),
			product("南京(炫赫门)", SLIM, "159.00", "180", Tier.MIDDLE, false),
			product("黄山(红方印)", HARD, "131.40", "150", Tier.ORDINARY, false),
			product("利群(新版)", HARD, "123.00", "140", Tier.ORDINARY, false),
			product("云烟(紫)", HARD, "96.00", "110", Tier.ORDINARY, false),
			product("泰山(红将军)", HARD, "96.50", "110", Tier.ORDINARY, false),
			product("白沙(精品)", HARD, "87.00", "100", Tier.ORDINARY, false),
			product("红塔山(硬经典)", HARD, "86.00", "100", Tier.ORDINARY, false),
			product("双喜(硬经典)", HARD, "65.20", "75", Tier.ORDINARY, false));

	private TradeProducts() {
	}

	/** The products of a price class. */
	public static List<TradeProduct> of(Tier tier) {
		return ALL.stream().filter(p -> p.tier() == tier).toList();
	}

	/** The 紧俏 products, which retailers often register as wanted. */
	public static List<TradeProduct> scarce() {
		return ALL.stream().filter(TradeProduct::scarce).toList();
	}

	private static TradeProduct product(String name, String model, String wholesale, String retail, Tier tier,
			boolean scarce) {
		return new TradeProduct(name, model, CARTON, new BigDecimal(wholesale), new BigDecimal(retail), tier, scarce);
	}

}
